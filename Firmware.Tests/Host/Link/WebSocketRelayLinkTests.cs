using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.Host.Link;
using DeskStats.Link;

namespace DeskStats.Tests.Host.Link
{
    /// <summary>Records what the link reports, as text lines (a test double of our own interface).</summary>
    internal sealed class RecordingLinkEvents : IRelayLinkEvents
    {
        public ConcurrentQueue<string> Reports { get; } = new ConcurrentQueue<string>();

        public void Opened() => Reports.Enqueue("opened");

        public void ConnectFailed(ConnectFailure failure, string detail) => Reports.Enqueue("failed " + failure + " " + detail);

        public void Closed(LinkFailure reason, int closeCode, string detail) => Reports.Enqueue("closed " + closeCode + " " + reason);

        public void Message(byte[] buffer, int length) => Reports.Enqueue("message " + Encoding.UTF8.GetString(buffer, 0, length));

        public void Oversized(long length) => Reports.Enqueue("oversized " + length);

        public void Alive() => Reports.Enqueue("alive");

        public void WaitFor(string prefix)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(8))
            {
                foreach (string report in Reports)
                {
                    if (report.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return;
                    }
                }

                Thread.Sleep(10);
            }

            Assert.Fail("no report starting with '" + prefix + "'; got: " + string.Join(" | ", Reports));
        }
    }

    public class WebSocketRelayLinkTests : IAsyncLifetime
    {
        private readonly TestRelayServer _server = new TestRelayServer();
        private readonly RecordingLinkEvents _events = new RecordingLinkEvents();

        public Task InitializeAsync() => _server.StartAsync();

        public async Task DisposeAsync() => await _server.DisposeAsync();

        private WebSocketRelayLink Create(string token, int maxMessageBytes = 16384) => new WebSocketRelayLink(
            new WebSocketRelayLinkOptions
            {
                Url = _server.Url + "?token=" + token,
                CaCertificateFile = TestCertificates.Shared.CaFile,
                ConnectTimeout = TimeSpan.FromSeconds(3),
                MaxMessageBytes = maxMessageBytes
            },
            _events);

        [Fact]
        public void Reports_open_the_message_and_answers_a_check()
        {
            using (WebSocketRelayLink link = Create(TestRelayServer.GoodToken))
            {
                link.Open();
                _events.WaitFor("message {");
                link.CheckAlive();
                _events.WaitFor("alive");

                Assert.Equal("opened", _events.Reports.ToArray()[0]);
            }
        }

        [Fact]
        public void The_relays_close_code_is_reported_as_sent()
        {
            using (WebSocketRelayLink link = Create("bad-token"))
            {
                link.Open();
                _events.WaitFor("closed");

                Assert.Equal(new[] { "opened", "closed 4001 ClosedByRelay" }, _events.Reports.ToArray());
            }
        }

        [Fact]
        public void A_message_over_the_cap_is_skipped_and_the_link_stays_open()
        {
            _server.Behavior = async (socket, stop) =>
            {
                await socket.SendAsync(new byte[5000], WebSocketMessageType.Text, true, stop);
                await socket.SendAsync(Encoding.UTF8.GetBytes("{\"after\":1}"), WebSocketMessageType.Text, true, stop);
                await TestRelayServer.ListenAsync(socket, stop);
            };
            using (WebSocketRelayLink link = Create(TestRelayServer.GoodToken, maxMessageBytes: 1024))
            {
                link.Open();
                _events.WaitFor("message {\"after\":1}");

                Assert.Equal(new[] { "opened", "oversized 5000", "message {\"after\":1}" }, _events.Reports.ToArray());
            }
        }

        [Fact]
        public void A_message_in_many_fragments_is_put_together()
        {
            _server.Behavior = async (socket, stop) =>
            {
                byte[] snapshot = TestRelayServer.Snapshot(42);
                for (int offset = 0; offset < snapshot.Length; offset += 50)
                {
                    int count = Math.Min(50, snapshot.Length - offset);
                    await socket.SendAsync(new ArraySegment<byte>(snapshot, offset, count), WebSocketMessageType.Text, offset + count == snapshot.Length, stop);
                }

                await TestRelayServer.ListenAsync(socket, stop);
            };
            using (WebSocketRelayLink link = Create(TestRelayServer.GoodToken))
            {
                link.Open();
                _events.WaitFor("message");

                Assert.Equal("message " + Encoding.UTF8.GetString(TestRelayServer.Snapshot(42)), _events.Reports.ToArray()[1]);
            }
        }

        [Fact]
        public void After_close_nothing_more_is_reported()
        {
            // The relay sends only once the link was closed on our side (a fixed delay raced a loaded machine).
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _server.Behavior = async (socket, stop) =>
            {
                await closed.Task.WaitAsync(stop);
                await socket.SendAsync(TestRelayServer.Snapshot(1), WebSocketMessageType.Text, true, stop);
                await TestRelayServer.ListenAsync(socket, stop);
            };
            using (WebSocketRelayLink link = Create(TestRelayServer.GoodToken))
            {
                link.Open();
                _events.WaitFor("opened");
                link.Close();
                closed.SetResult();
                Thread.Sleep(600);

                Assert.Equal(new[] { "opened" }, _events.Reports.ToArray());
            }
        }

        [Fact]
        public void Certificates_load_from_pem_and_der_files()
        {
            string der = Path.Combine(TestCertificates.Shared.Directory, "relay-ca.der");
            File.WriteAllBytes(der, TestCertificates.Shared.Ca.RawData);

            Assert.Equal(TestCertificates.Shared.Ca.Thumbprint, WebSocketRelayLink.LoadCertificate(TestCertificates.Shared.CaFile).Thumbprint);
            Assert.Equal(TestCertificates.Shared.Ca.Thumbprint, WebSocketRelayLink.LoadCertificate(der).Thumbprint);
        }

        [Fact]
        public void Failures_are_classified()
        {
            var tls = new WebSocketException("x", new HttpRequestException("y", new AuthenticationException("z")));
            var secure = new WebSocketException("x", new HttpRequestException(HttpRequestError.SecureConnectionError, "y"));
            var timeout = new OperationCanceledException("x");
            var refused = new WebSocketException("x", new HttpRequestException(HttpRequestError.ConnectionError, "y"));

            Assert.Equal(ConnectFailure.Tls, WebSocketRelayLink.Classify(tls));
            Assert.Equal(ConnectFailure.Tls, WebSocketRelayLink.Classify(secure));
            Assert.Equal(ConnectFailure.Timeout, WebSocketRelayLink.Classify(timeout));
            Assert.Equal(ConnectFailure.Unreachable, WebSocketRelayLink.Classify(refused));
        }
    }
}
