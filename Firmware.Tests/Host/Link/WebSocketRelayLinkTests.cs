using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
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

        private WebSocketRelayLink Create(string token, int maxMessageBytes = 16384) =>
            CreateFor(_server.Url + "?token=" + token, TestCertificates.Shared.CaFile, maxMessageBytes);

        private WebSocketRelayLink CreateFor(string url, string caFile, int maxMessageBytes = 16384, int keepAliveMilliseconds = 30000) => new WebSocketRelayLink(
            new WebSocketRelayLinkOptions
            {
                Url = url,
                CaCertificateFile = caFile,
                ConnectTimeout = TimeSpan.FromSeconds(3),
                KeepAliveInterval = TimeSpan.FromMilliseconds(keepAliveMilliseconds),
                KeepAliveTimeout = TimeSpan.FromMilliseconds(keepAliveMilliseconds * 3),
                MaxMessageBytes = maxMessageBytes
            },
            _events);

        // Opens a link to url, waits for a report starting with expected, and returns all reports so far.
        private string[] OpenAndWaitFor(string url, string caFile, string expected, int keepAliveMilliseconds = 30000)
        {
            using (WebSocketRelayLink link = CreateFor(url, caFile, keepAliveMilliseconds: keepAliveMilliseconds))
            {
                link.Open();
                _events.WaitFor(expected);
                return _events.Reports.ToArray();
            }
        }

        [Fact]
        public void Nobody_answering_is_unreachable()
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            string[] reports = OpenAndWaitFor("wss://127.0.0.1:" + port + "/?token=t", TestCertificates.Shared.CaFile, "failed");

            Assert.StartsWith("failed Unreachable ", Assert.Single(reports));
        }

        [Theory]
        [InlineData("untrusted")]
        [InlineData("expired")]
        [InlineData("wrong-name")]
        public async Task A_certificate_the_client_does_not_accept_is_a_TLS_failure(string certificate)
        {
            TestCertificates certificates = TestCertificates.Shared;
            await using var relay = new TestRelayServer
            {
                Certificate = certificate == "expired" ? certificates.Expired.Server : certificate == "wrong-name" ? certificates.WrongName.Server : null,
            };
            await relay.StartAsync();
            string caFile = certificate == "expired" ? certificates.ExpiredCaFile : certificate == "wrong-name" ? certificates.WrongNameCaFile : certificates.OtherCaFile;

            string[] reports = OpenAndWaitFor(relay.Url + "?token=" + TestRelayServer.GoodToken, caFile, "failed");

            Assert.StartsWith("failed Tls ", Assert.Single(reports));
            Assert.Equal(0, relay.Connections);
        }

        [Theory]
        [InlineData(RawRelayBehavior.PlainHttp, "failed Tls ")]
        [InlineData(RawRelayBehavior.NotFoundInsteadOfUpgrade, "failed UpgradeRefused ")]
        [InlineData(RawRelayBehavior.ResetDuringUpgrade, "failed Reset ")]
        public void A_relay_address_that_answers_but_not_as_a_relay_is_named(RawRelayBehavior behavior, string expected)
        {
            using var relay = new RawRelayServer(behavior);

            string[] reports = OpenAndWaitFor(relay.Url, TestCertificates.Shared.CaFile, "failed");

            Assert.StartsWith(expected, Assert.Single(reports));
        }

        [Theory]
        [InlineData(RawRelayBehavior.ResetAfterUpgrade, "closed 1006 ConnectionReset")]
        [InlineData(RawRelayBehavior.ReservedOpcodeAfterUpgrade, "closed 1002 ProtocolError")]
        public void A_link_broken_right_after_the_upgrade_is_named(RawRelayBehavior behavior, string expected)
        {
            using var relay = new RawRelayServer(behavior);

            string[] reports = OpenAndWaitFor(relay.Url, TestCertificates.Shared.CaFile, "closed");

            Assert.Equal(new[] { "opened", expected }, reports);
        }

        [Fact]
        public void A_close_frame_is_reported_with_the_relays_code()
        {
            _server.Behavior = (socket, stop) => socket.CloseAsync(WebSocketCloseStatus.InternalServerError, "poll failed", stop);

            string[] reports = OpenAndWaitFor(_server.Url + "?token=" + TestRelayServer.GoodToken, TestCertificates.Shared.CaFile, "closed");

            Assert.Equal(new[] { "opened", "closed 1011 ClosedByRelay" }, reports);
        }

        [Fact]
        public void A_relay_that_stops_answering_pings_is_a_ping_timeout()
        {
            // Never reads again, so the client's pings go unanswered.
            _server.Behavior = (socket, stop) => Task.Delay(Timeout.Infinite, stop);

            string[] reports = OpenAndWaitFor(_server.Url + "?token=" + TestRelayServer.GoodToken, TestCertificates.Shared.CaFile, "closed", keepAliveMilliseconds: 200);

            Assert.Equal(new[] { "opened", "closed 1006 PingTimeout" }, reports);
        }

        [Fact]
        public void An_open_relay_that_sends_nothing_reports_only_the_open()
        {
            _server.Behavior = TestRelayServer.ListenAsync;
            using (WebSocketRelayLink link = Create(TestRelayServer.GoodToken))
            {
                link.Open();
                _events.WaitFor("opened");
                Thread.Sleep(500);
                link.CheckAlive();
                _events.WaitFor("alive");

                Assert.Equal(new[] { "opened", "alive" }, _events.Reports.ToArray());
            }
        }

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
            Assert.Equal(ConnectFailure.Unreachable, WebSocketRelayLink.Classify(new WebSocketException("x", new HttpRequestException(HttpRequestError.NameResolutionError, "y"))));
            Assert.Equal(ConnectFailure.Reset, WebSocketRelayLink.Classify(new WebSocketException("x", new HttpRequestException(HttpRequestError.ResponseEnded, "y"))));
            Assert.Equal(ConnectFailure.Reset, WebSocketRelayLink.Classify(new WebSocketException("x", new IOException("y", new SocketException((int)SocketError.ConnectionReset)))));
            Assert.Equal(ConnectFailure.UpgradeRefused, WebSocketRelayLink.Classify(new WebSocketException(WebSocketError.NotAWebSocket, "status 404")));
            Assert.Equal(ConnectFailure.UpgradeRefused, WebSocketRelayLink.Classify(new WebSocketException("x", new HttpRequestException(HttpRequestError.InvalidResponse, "y"))));
        }

        [Fact]
        public void Drops_are_classified()
        {
            var pingTimeout = new OperationCanceledException("Aborted", new AggregateException(new WebSocketException(WebSocketError.Faulted, "no pong")));
            var premature = new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
            var reset = new WebSocketException("x", new IOException("y", new SocketException((int)SocketError.ConnectionReset)));
            var protocol = new WebSocketException(WebSocketError.Faulted, "unknown opcode");

            Assert.Equal(LinkFailure.PingTimeout, WebSocketRelayLink.ClassifyDrop(pingTimeout));
            Assert.Equal(LinkFailure.ConnectionReset, WebSocketRelayLink.ClassifyDrop(premature));
            Assert.Equal(LinkFailure.ConnectionReset, WebSocketRelayLink.ClassifyDrop(reset));
            Assert.Equal(LinkFailure.ProtocolError, WebSocketRelayLink.ClassifyDrop(protocol));
            Assert.Equal(LinkFailure.ConnectionReset, WebSocketRelayLink.ClassifyDrop(new IOException("broken pipe")));
        }
    }
}
