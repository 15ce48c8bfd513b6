using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.App;
using DeskStats.Display;
using DeskStats.Host.App;
using DeskStats.Host.Link;
using DeskStats.Tests.Host.Link;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Settings;

namespace DeskStats.Tests.Host.App
{
    /// <summary>Counts what the main loop asks of the screen (a test double of our own interface), and runs a hook on each render.</summary>
    internal sealed class CountingScreen : IDashboardScreen
    {
        private int _dataRenders;

        public Action OnRender { get; set; }

        public int DataRenders => Volatile.Read(ref _dataRenders);

        public void Render(DashboardModel model, ChangedFields changes, ScreenStatus status)
        {
            if (changes != ChangedFields.None)
            {
                Interlocked.Increment(ref _dataRenders);
            }

            OnRender?.Invoke();
        }

        public ScreenPage Page { get; set; }

        public ScreenPage PageAt(int index) => (ScreenPage)index;

        public void Tick(int elapsedMilliseconds)
        {
        }

        public void SetBrightness(int percent)
        {
        }
    }

    /// <summary>
    /// End to end against a real TLS WebSocket relay on 127.0.0.1: the portable main loop with the host adapters
    /// (WebSocket link, supervisor, relay message pipeline, model and screen status), with short timings.
    /// </summary>
    public class HostMainLoopTests : IAsyncLifetime
    {
        private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

        private readonly TestRelayServer _server = new TestRelayServer();
        private readonly DashboardModel _model = new DashboardModel();
        private readonly ScreenStatus _status = new ScreenStatus();
        private readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();
        private readonly CountingScreen _screen = new CountingScreen();
        private HostMainLoop _connection;

        public Task InitializeAsync() => _server.StartAsync();

        public async Task DisposeAsync()
        {
            _connection?.Stop();
            await _server.DisposeAsync();
        }

        // Short timings, but with room for a loaded test machine (TLS handshakes and pongs can take a while there).
        private static HostMainLoopOptions FastOptions(ConcurrentQueue<string> log, int connectTimeoutMilliseconds = 4000) => new HostMainLoopOptions
        {
            Timings = new LinkTimings
            {
                InitialBackoffMilliseconds = 100,
                MaxBackoffMilliseconds = 400,
                JitterPercent = 0,
                RejectedBackoffMilliseconds = 60000,
                ConnectTimeoutMilliseconds = 5000,
                PingIntervalMilliseconds = 300,
                PongTimeoutMilliseconds = 1000
            },
            ConnectTimeout = TimeSpan.FromMilliseconds(connectTimeoutMilliseconds),
            KeepAliveInterval = TimeSpan.FromMilliseconds(200),
            KeepAliveTimeout = TimeSpan.FromMilliseconds(1500),
            PassMilliseconds = 20,
            RandomSeed = 1,
            Log = line => log.Enqueue(line)
        };

        private RelaySettings Settings(string url, string token, string caFile)
        {
            string json = "{\"version\":1,\"relayUrl\":\"" + url + "\",\"token\":\"" + token + "\",\"caCertificateFile\":\"" + caFile + "\",\"utcOffsetMinutes\":60}";
            byte[] data = Encoding.UTF8.GetBytes(json);
            var settings = new RelaySettings();
            SettingsProblem problem = RelaySettingsParser.Parse(data, data.Length, settings);
            Assert.True(problem.IsNone, problem.Kind + " " + problem.Setting);
            return settings;
        }

        private void Start(string token = TestRelayServer.GoodToken, string caFile = null, string url = null, int connectTimeoutMilliseconds = 4000)
        {
            _connection = new HostMainLoop(FastOptions(_log, connectTimeoutMilliseconds));
            _connection.Start(Settings(url ?? _server.Url, token, caFile ?? TestCertificates.Shared.CaFile), _model, _status, _screen);
        }

        // Polls the condition between the loop's passes (where the model and status are written).
        private void WaitUntil(Func<bool> condition, string what)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < WaitLimit)
            {
                bool met = false;
                _connection.Invoke(() => met = condition());
                if (met)
                {
                    return;
                }

                Thread.Sleep(20);
            }

            Assert.Fail("Timed out waiting for " + what + "; status " + _status.Kind + ", last failure " + _status.LastFailure + "; log: " + string.Join(" | ", _log));
        }

        private async Task RejectedAtLeastAsync(int count, CancellationToken stop)
        {
            while (Read(() => _status.RejectedMessages) < count)
            {
                await Task.Delay(10, stop);
            }
        }

        private T Read<T>(Func<T> read)
        {
            T value = default;
            _connection.Invoke(() => value = read());
            return value;
        }

        [Fact]
        public void Good_token_brings_the_data_and_online()
        {
            Start();
            WaitUntil(() => _status.Kind == ScreenKind.Online && _model.HasData, "online with data");

            Assert.Equal(1234, Read(() => _model.Today.Visits));
            Assert.Equal("Tokyo", Read(() => _model.LatestVisit.City));
            Assert.True(Read(() => _status.HasLastChange));
            Assert.True(Read(() => _status.ClockValid));
            Assert.False(Read(() => _status.Offline));
            Assert.False(Read(() => _status.InsecureLink));
            Assert.Equal(0, Read(() => _status.RejectedMessages));
            Assert.True(_screen.DataRenders >= 1);
            Assert.DoesNotContain(_log, line => line.Contains(TestRelayServer.GoodToken));
        }

        [Fact]
        public void Bad_token_close_4001_shows_rejected_with_the_long_retry()
        {
            Start(token: "wrong-token-123");
            WaitUntil(() => _status.Kind == ScreenKind.Rejected, "rejected");

            Assert.Equal(LinkFailure.Rejected, Read(() => _status.LastFailure));
            Assert.InRange(Read(() => _status.RetryInSeconds), 50, 60);
            Assert.False(Read(() => _model.HasData));
            int connections = _server.Connections;
            Thread.Sleep(500);
            Assert.Equal(connections, _server.Connections);
            Assert.Equal(ScreenKind.Rejected, Read(() => _status.Kind));
            Assert.Contains(_log, line => line.Contains("relay: closed (closed-by-relay 4001)"));
        }

        [Fact]
        public async Task Relay_restart_while_connected_reconnects_and_brings_new_data()
        {
            Start();
            WaitUntil(() => _status.Kind == ScreenKind.Online && _model.Today.Visits == 1234, "first data");

            _server.Behavior = TestRelayServer.SendSnapshotThenListen(1300);
            await _server.RestartAsync();
            WaitUntil(() => _model.Today.Visits == 1300, "data from the restarted relay");

            Assert.Equal(ScreenKind.Online, Read(() => _status.Kind));
            Assert.False(Read(() => _status.Offline));
            Assert.True(Read(() => _status.Reconnects) >= 1);
            Assert.NotEqual(LinkFailure.None, Read(() => _status.LastFailure));
        }

        [Fact]
        public void Silent_relay_stays_online()
        {
            Start();
            WaitUntil(() => _status.Kind == ScreenKind.Online && _model.HasData, "online");

            // Many ping intervals of silence (the relay answers pings, sends nothing).
            Thread.Sleep(2500);

            Assert.Equal(ScreenKind.Online, Read(() => _status.Kind));
            Assert.Equal(0, Read(() => _status.Reconnects));
            Assert.Equal(LinkFailure.None, Read(() => _status.LastFailure));
            Assert.Equal(1, _server.Connections);
        }

        [Fact]
        public void Relay_that_stops_answering_pings_is_dropped_and_reconnected()
        {
            // Sends the snapshot, then never reads again: pings go unanswered.
            _server.Behavior = async (socket, stop) =>
            {
                await socket.SendAsync(TestRelayServer.Snapshot(1234), WebSocketMessageType.Text, true, stop);
                await Task.Delay(Timeout.Infinite, stop);
            };
            Start();
            WaitUntil(() => _status.Kind == ScreenKind.Online && _model.HasData, "online");
            WaitUntil(() => _server.Connections >= 2, "a new connection after the dead one");

            Assert.Equal(1234, Read(() => _model.Today.Visits));
            Assert.True(Read(() => _model.HasData));
            Assert.Contains(_log, line => line.StartsWith("relay: closed (", StringComparison.Ordinal) && line.Contains(" 1006)"));
        }

        [Fact]
        public void Oversized_and_malformed_messages_are_counted_and_the_last_good_data_stays()
        {
            _server.Behavior = async (socket, stop) =>
            {
                await socket.SendAsync(TestRelayServer.Snapshot(1234), WebSocketMessageType.Text, true, stop);
                byte[] oversized = TestRelayServer.Snapshot(9999);
                Array.Resize(ref oversized, 20000);
                Array.Fill(oversized, (byte)' ', TestRelayServer.Snapshot(9999).Length, 20000 - TestRelayServer.Snapshot(9999).Length);
                // One at a time: a message still waiting when the next arrives is replaced by it (each is a whole
                // snapshot), and this test counts every rejection.
                await socket.SendAsync(oversized, WebSocketMessageType.Text, true, stop);
                await RejectedAtLeastAsync(1, stop);
                await socket.SendAsync(Encoding.UTF8.GetBytes("{\"summary\":{\"today\":{\"visits\":55"), WebSocketMessageType.Text, true, stop);
                await RejectedAtLeastAsync(2, stop);
                await socket.SendAsync(Encoding.UTF8.GetBytes("{\"summary\":{\"today\":{\"visits\":\"many\"}}}"), WebSocketMessageType.Text, true, stop);
                await TestRelayServer.ListenAsync(socket, stop);
            };
            Start();
            WaitUntil(() => _status.RejectedMessages == 3, "three rejected messages");

            Assert.Equal(1234, Read(() => _model.Today.Visits));
            Assert.Equal(ScreenKind.Online, Read(() => _status.Kind));
            Assert.Equal(0, Read(() => _status.Reconnects));
            Assert.Equal(1, _server.Connections);
            Assert.Contains(_log, line => line.Contains("20000 bytes refused"));
        }

        [Fact]
        public void Untrusted_certificate_shows_tls_failed_and_retries()
        {
            Start(caFile: TestCertificates.Shared.OtherCaFile);
            WaitUntil(() => _status.Kind == ScreenKind.TlsFailed, "TLS failed");

            Assert.Equal(LinkFailure.TlsFailed, Read(() => _status.LastFailure));
            Assert.False(Read(() => _model.HasData));
            WaitUntil(() => CountLines("connect failed (tls)") >= 2, "a second attempt");
            Assert.Equal(0, _server.Connections);
        }

        [Fact]
        public void Handshake_that_never_completes_times_out_as_unreachable_and_retries()
        {
            using (var listener = new TcpListener(IPAddress.Loopback, 0))
            {
                listener.Start();
                int accepted = 0;
                var held = new ConcurrentBag<TcpClient>();
                Task acceptLoop = Task.Run(async () =>
                {
                    try
                    {
                        while (true)
                        {
                            held.Add(await listener.AcceptTcpClientAsync());
                            Interlocked.Increment(ref accepted);
                        }
                    }
                    catch (Exception exception) when (exception is SocketException || exception is ObjectDisposedException)
                    {
                    }
                });

                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Start(url: "wss://127.0.0.1:" + port + "/", connectTimeoutMilliseconds: 500);
                WaitUntil(() => _status.LastFailure == LinkFailure.ConnectTimeout, "connect timeout");

                Assert.Equal(ScreenKind.Unreachable, Read(() => _status.Kind));
                WaitUntil(() => Volatile.Read(ref accepted) >= 2, "a retry");
                _connection.Stop();
                listener.Stop();
                foreach (TcpClient client in held)
                {
                    client.Dispose();
                }
            }
        }

        [Fact]
        public void Nothing_listening_is_unreachable()
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            Start(url: "wss://127.0.0.1:" + port + "/");
            WaitUntil(() => _status.LastFailure == LinkFailure.Unreachable, "unreachable");
            Assert.Equal(ScreenKind.Unreachable, Read(() => _status.Kind));
            Assert.InRange(Read(() => _status.RetryInSeconds), -1, 1);
        }

        [Theory]
        [InlineData(RawRelayBehavior.ResetAfterUpgrade, ScreenKind.Dropped, LinkFailure.ConnectionReset)]
        [InlineData(RawRelayBehavior.ReservedOpcodeAfterUpgrade, ScreenKind.Dropped, LinkFailure.ProtocolError)]
        [InlineData(RawRelayBehavior.ResetDuringUpgrade, ScreenKind.Dropped, LinkFailure.ConnectionReset)]
        [InlineData(RawRelayBehavior.NotFoundInsteadOfUpgrade, ScreenKind.Dropped, LinkFailure.UpgradeRefused)]
        [InlineData(RawRelayBehavior.PlainHttp, ScreenKind.TlsFailed, LinkFailure.TlsFailed)]
        public void A_relay_that_answers_and_then_breaks_the_link_is_named_not_unreachable(RawRelayBehavior behavior, ScreenKind kind, LinkFailure failure)
        {
            using var relay = new RawRelayServer(behavior);
            Start(url: "wss://127.0.0.1:" + relay.Port + "/");
            string word = kind == ScreenKind.Dropped ? "dropped " : "tls-failed ";

            // Named on the first failure, and still named after the retries (it keeps breaking).
            WaitUntil(() => _status.Kind == kind && _status.LastFailure == failure, kind + " " + failure);
            WaitUntil(() => relay.Connections >= 3, "two retries");
            WaitUntil(() => StatusLine.Format(_status).StartsWith(word, StringComparison.Ordinal), "the status line saying " + word);

            string line = Read(() => StatusLine.Format(_status));
            Assert.Contains(" last=" + StatusLine.FailureName(failure), line);
            Assert.Equal(kind, Read(() => _status.Kind));
            Assert.False(Read(() => _model.HasData));
        }

        [Fact]
        public void A_relay_that_keeps_closing_with_a_code_shows_dropped_with_the_code_and_keeps_the_last_data()
        {
            int connection = 0;
            _server.Behavior = async (socket, stop) =>
            {
                if (Interlocked.Increment(ref connection) == 1)
                {
                    await socket.SendAsync(TestRelayServer.Snapshot(1234), WebSocketMessageType.Text, true, stop);
                    await Task.Delay(300, stop);
                }

                await socket.CloseAsync(WebSocketCloseStatus.InternalServerError, "matomo down", stop);
            };
            Start();
            WaitUntil(() => _model.Today.Visits == 1234, "the first data");
            WaitUntil(() => _server.Connections >= 3 && _status.Kind == ScreenKind.Dropped, "dropped, twice more");

            Assert.Equal(1234, Read(() => _model.Today.Visits));
            Assert.True(Read(() => _status.Offline));
            Assert.Equal(LinkFailure.ClosedByRelay, Read(() => _status.LastFailure));
            Assert.Equal(1011, Read(() => _status.LastCloseCode));
            string line = Read(() => StatusLine.Format(_status));
            Assert.StartsWith("dropped ", line);
            Assert.Contains(" last=closed-by-relay close=1011", line);
            Assert.Contains(" offline", line);
        }

        [Fact]
        public void Connected_without_a_message_is_waiting_for_data_and_stays_connected()
        {
            _server.Behavior = TestRelayServer.ListenAsync;
            Start();
            WaitUntil(() => _status.Kind == ScreenKind.Online, "online");
            Thread.Sleep(1000);

            Assert.True(Read(() => _status.AwaitingFirstMessage));
            Assert.StartsWith("waiting-for-data ", Read(() => StatusLine.Format(_status)));
            Assert.False(Read(() => _model.HasData));
            Assert.Equal(1, _server.Connections);
            Assert.Equal(LinkFailure.None, Read(() => _status.LastFailure));
        }

        [Fact]
        public void Settings_problem_shows_setup_needed_and_connects_to_nothing()
        {
            _connection = new HostMainLoop(FastOptions(_log));
            var settings = new RelaySettings();
            _connection.Start(settings, new SettingsProblem(SettingsProblemKind.Missing, "token"), _model, _status, null);
            WaitUntil(() => _status.Kind == ScreenKind.SetupNeeded, "setup needed");

            Assert.Equal("token", Read(() => _status.SetupSetting));
            Assert.Equal("is missing", Read(() => _status.SetupProblem));
            Thread.Sleep(200);
            Assert.Equal(0, _server.Connections);
        }

        [Fact]
        public void The_screen_may_read_through_Invoke_and_Stop_is_idempotent()
        {
            int visitsSeen = 0;
            _connection = new HostMainLoop(FastOptions(_log));
            _screen.OnRender = () => _connection.Invoke(() => Volatile.Write(ref visitsSeen, _model.Today.Visits));
            _connection.Start(Settings(_server.Url, TestRelayServer.GoodToken, TestCertificates.Shared.CaFile), _model, _status, _screen);
            WaitUntil(() => Volatile.Read(ref visitsSeen) == 1234, "the callback's read");

            _connection.Stop();
            _connection.Stop();
            int afterStop = 0;
            _connection.Invoke(() => afterStop = _model.Today.Visits);
            Assert.Equal(1234, afterStop);
        }

        private int CountLines(string text)
        {
            int count = 0;
            foreach (string line in _log)
            {
                if (line.Contains(text))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
