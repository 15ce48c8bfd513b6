using System;
using System.Net.Http;
using System.Net.Security;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator.DemoRelay
{
    public class DemoRelayServerTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        private static async Task<ClientWebSocket> ConnectAsync(DemoRelayServer server, string token)
        {
            var socket = new ClientWebSocket();
            X509TrustCheck(socket.Options, server);
            using var timeout = new CancellationTokenSource(Patience);
            await socket.ConnectAsync(new Uri("wss://127.0.0.1:" + server.Port + "/?token=" + token), timeout.Token);
            return socket;
        }

        private static void X509TrustCheck(ClientWebSocketOptions options, DemoRelayServer server)
        {
            options.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                DemoCertificates.IsTrustedBy(server.Certificates.Authority, certificate, "127.0.0.1");
        }

        /// <summary>The next text message, or null when none arrives within <paramref name="wait"/>.</summary>
        private static async Task<byte[]> ReceiveAsync(ClientWebSocket socket, TimeSpan wait)
        {
            using var timeout = new CancellationTokenSource(wait);
            var buffer = new byte[65536];
            int length = 0;
            try
            {
                while (true)
                {
                    WebSocketReceiveResult result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
                    length += result.Count;
                    if (result.MessageType == WebSocketMessageType.Close) return null;
                    if (result.EndOfMessage) return buffer.AsSpan(0, length).ToArray();
                }
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        [Fact]
        public async Task A_good_token_gets_the_latest_snapshot_at_once_then_only_changes()
        {
            await using DemoRelayServer server = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "good" });
            RelaySnapshot first = RelaySnapshotTests.Sample();
            Assert.True(server.Publish(first));
            using ClientWebSocket socket = await ConnectAsync(server, "good");

            Assert.Equal(first.ToMessage(), await ReceiveAsync(socket, Patience));

            // The same data again is not sent (the real relay sends only changes).
            Assert.False(server.Publish(RelaySnapshotTests.Sample()));
            var site = new DemoSite(3);
            Assert.True(server.Publish(site.Current));
            Assert.Equal(site.Current.ToMessage(), await ReceiveAsync(socket, Patience));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        [Fact]
        public async Task A_repeat_sends_the_same_bytes_again()
        {
            await using DemoRelayServer server = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "good" });
            server.Publish(RelaySnapshotTests.Sample());
            using ClientWebSocket socket = await ConnectAsync(server, "good");
            byte[] first = await ReceiveAsync(socket, Patience);

            server.RepeatLatest();

            Assert.Equal(first, await ReceiveAsync(socket, Patience));
        }

        [Fact]
        public async Task A_bad_token_is_accepted_then_closed_with_4001_and_a_UTF8_reason()
        {
            await using DemoRelayServer server = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "good" });
            server.Publish(RelaySnapshotTests.Sample());
            using ClientWebSocket socket = await ConnectAsync(server, "wrong");

            Assert.Null(await ReceiveAsync(socket, Patience));
            Assert.Equal(4001, (int)socket.CloseStatus);
            Assert.Equal(DemoRelayServer.BadTokenReason, socket.CloseStatusDescription);
            Assert.Equal(0, server.ConnectedClients);
        }

        [Fact]
        public async Task Debug_returns_the_latest_data_pretty_printed()
        {
            await using DemoRelayServer server = await DemoRelayServer.StartAsync(new DemoRelayOptions());
            RelaySnapshot snapshot = RelaySnapshotTests.Sample();
            server.Publish(snapshot);
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                    DemoCertificates.IsTrustedBy(server.Certificates.Authority, certificate, "127.0.0.1"),
            };
            using var client = new HttpClient(handler) { Timeout = Patience };

            string body = await client.GetStringAsync("https://127.0.0.1:" + server.Port + "/debug");

            Assert.Equal(snapshot.ToPrettyJson(), body);
            using JsonDocument document = JsonDocument.Parse(body);
            Assert.Equal(1203, document.RootElement.GetProperty("summary").GetProperty("today").GetProperty("visits").GetInt32());
        }

        [Fact]
        public async Task The_certificate_is_trusted_through_the_generated_CA_only()
        {
            await using DemoRelayServer server = await DemoRelayServer.StartAsync(new DemoRelayOptions());
            SslPolicyErrors systemVerdict = SslPolicyErrors.None;
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                {
                    systemVerdict = errors;
                    return false;
                },
            };
            using var client = new HttpClient(handler) { Timeout = Patience };

            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("https://127.0.0.1:" + server.Port + "/debug"));
            Assert.NotEqual(SslPolicyErrors.None, systemVerdict);
            Assert.DoesNotContain("BEGIN PRIVATE KEY", server.Certificates.AuthorityPem);
            Assert.StartsWith("-----BEGIN CERTIFICATE-----", server.Certificates.AuthorityPem);
        }

        [Fact]
        public async Task Played_fast_the_site_sends_changes_and_identical_repeats_over_the_wire()
        {
            await using DemoRelayServer server = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "good" });
            await using (var player = new DemoSitePlayer(new DemoSite(2026), server, speed: 200))
            {
                using ClientWebSocket socket = await ConnectAsync(server, "good");
                byte[] previous = await ReceiveAsync(socket, Patience);
                bool sawRepeat = false, sawChange = false, sawRollover = false;
                for (int index = 0; index < 60 && !(sawRepeat && sawChange && sawRollover); index++)
                {
                    byte[] message = await ReceiveAsync(socket, Patience);
                    Assert.NotNull(message);
                    if (message.AsSpan().SequenceEqual(previous)) sawRepeat = true;
                    else sawChange = true;
                    using JsonDocument document = JsonDocument.Parse(message);
                    if (document.RootElement.GetProperty("summary").GetProperty("today").GetProperty("visits").GetInt32() == 0) sawRollover = true;
                    previous = message;
                }

                Assert.True(sawRepeat, "no identical repeat");
                Assert.True(sawChange, "no change");
                Assert.True(sawRollover, "no rollover");
            }
        }
    }
}
