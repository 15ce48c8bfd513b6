using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Simulator;
using DeskStats.Simulator.DemoRelay;
using DeskStats.Tests.Host.Link;
using DeskStats.Tests.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator
{
    /// <summary>The simulator against a demo relay, in process, through the real core and the real TLS WebSocket link.</summary>
    public class SimulatorSessionTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "deskstats-session-tests-" + Guid.NewGuid().ToString("N"));

        public SimulatorSessionTests()
        {
            Directory.CreateDirectory(_directory);
        }

        public void Dispose()
        {
            Directory.Delete(_directory, true);
        }

        internal sealed class RunResult
        {
            public int ExitCode { get; set; }
            public string Output { get; set; }
            public JsonElement Line { get; set; }
            public SimulatorSession Session { get; set; }
        }

        internal static async Task<RunResult> RunAsync(params string[] args)
        {
            SimulatorOptions options = SimulatorOptions.Parse(args, board => BoardProfiles.Find(board) != null, out string error);
            Assert.True(options != null, error);
            var output = new StringWriter();
            var session = new SimulatorSession(options, output, TextWriter.Null, outputIsTerminal: false);
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int exitCode = await session.RunAsync(guard.Token);
            string text = output.ToString();
            string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            return new RunResult { ExitCode = exitCode, Output = text, Line = JsonDocument.Parse(lines[0]).RootElement.Clone(), Session = session };
        }

        private string WriteCa(DemoCertificates certificates)
        {
            string path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".pem");
            File.WriteAllText(path, certificates.AuthorityPem);
            return path;
        }

        [Fact]
        public async Task Once_reports_the_data_screen_with_the_values_the_relay_sent()
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            relay.Publish(RelaySnapshotTests.Sample());
            string png = Path.Combine(_directory, "screen.png");

            RunResult result = await RunAsync("--relay", relay.UrlWithToken.ToString(), "--ca", WriteCa(relay.Certificates), "--once", "--headless", "--png", png);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("data", result.Line.GetProperty("screen").GetString());
            Assert.Equal(1203, result.Line.GetProperty("todayVisits").GetInt32());
            Assert.Equal("12:34:56", result.Line.GetProperty("todayTimeSpent").GetString());
            Assert.Equal(987, result.Line.GetProperty("yesterdayVisits").GetInt32());
            Assert.Equal("08:00:01", result.Line.GetProperty("yesterdayTimeSpent").GetString());
            Assert.Equal(1002, result.Line.GetProperty("dayBeforeVisits").GetInt32());
            Assert.Equal("101:10:11", result.Line.GetProperty("dayBeforeTimeSpent").GetString());
            Assert.Equal("Kraków", result.Line.GetProperty("latestCity").GetString());
            Assert.Equal("pl", result.Line.GetProperty("latestCountryCode").GetString());
            Assert.Equal("09:03", result.Line.GetProperty("latestTime").GetString());
            Assert.Equal("Kraków", result.Line.GetProperty("latestPlaceShown").GetString());
            Assert.Equal("dashboard", result.Line.GetProperty("page").GetString());
            Assert.True(File.Exists(png));
        }

        [Fact]
        public async Task A_city_the_fonts_cannot_draw_is_reported_as_sent_and_shown_as_its_country()
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            RelaySnapshot sample = RelaySnapshotTests.Sample();
            RelayVisit tokyo = sample.GetVisit(1);
            relay.Publish(new RelaySnapshot(new[] { tokyo, sample.GetVisit(0) }, sample.Today, sample.Yesterday, sample.DayBefore));

            RunResult result = await RunAsync("--relay", relay.UrlWithToken.ToString(), "--ca", WriteCa(relay.Certificates), "--once", "--headless", "--png", Path.Combine(_directory, "tokyo.png"));

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("東京", result.Line.GetProperty("latestCity").GetString());
            Assert.Equal("jp", result.Line.GetProperty("latestCountryCode").GetString());
            Assert.Equal("Japan", result.Line.GetProperty("latestPlaceShown").GetString());
            Assert.Equal("08:59", result.Line.GetProperty("latestTime").GetString());
        }

        [Theory]
        [InlineData("cyd")]
        [InlineData("cyd-st7789")]
        [InlineData("esp32-st7789-240")]
        [InlineData("t-display")]
        public async Task The_PNG_is_the_renderers_picture_of_the_same_data(string board)
        {
            await AssertPngIsTheRenderersPicture(board, ScreenPage.Dashboard);
        }

        [Theory]
        [InlineData("cyd")]
        [InlineData("t-display")]
        public async Task With_page_map_the_PNG_is_the_renderers_map_page_of_the_same_data(string board)
        {
            await AssertPngIsTheRenderersPicture(board, ScreenPage.Map);
        }

        [Theory]
        [InlineData("cyd")]
        [InlineData("esp32-st7789-240")]
        [InlineData("t-display")]
        public async Task With_page_visitors_the_PNG_is_the_renderers_visitors_page_of_the_same_data(string board)
        {
            await AssertPngIsTheRenderersPicture(board, ScreenPage.Visitors);
        }

        private async Task AssertPngIsTheRenderersPicture(string board, ScreenPage page)
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            byte[] message = RelaySnapshotTests.Sample().ToMessage();
            relay.Publish(RelaySnapshotTests.Sample());
            string png = Path.Combine(_directory, board + ".png");

            RunResult result = await RunAsync("--relay", relay.UrlWithToken.ToString(), "--ca", WriteCa(relay.Certificates), "--once", "--headless", "--png", png, "--board", board,
                "--page", ScreenReport.PageWord(page));

            // The same message through a fresh pipeline, drawn in one go by a fresh renderer with the same status.
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(ScreenReport.PageWord(page), result.Line.GetProperty("page").GetString());
            var model = new DashboardModel();
            Assert.Equal(MessageOutcome.Applied, new RelayMessageProcessor(model).Process(message, message.Length));
            BoardProfile profile = BoardProfiles.Find(board);
            var bus = new DecodingDisplayBus(profile);
            var renderer = new DashboardRenderer(profile, bus, ScreenPresenter.Fonts());
            renderer.UseVisitors();
            renderer.UseMap(DeskStats.Host.Display.Maps.MapFiles.ForWidth(DashboardRenderer.MapWidthFor(profile.Width, profile.Height)));
            renderer.Page = page;
            renderer.Initialize();
            renderer.SetBrightness(100);
            renderer.Render(model, ChangedFields.All, result.Session.Presenter.LastImageStatus);
            HostImage expected = bus.Snapshot();
            HostImage written = PngReader.ReadFile(png);
            Assert.Equal(expected.Width, written.Width);
            Assert.Equal(expected.Height, written.Height);
            Assert.True(expected.Pixels.AsSpan().SequenceEqual(written.Pixels), "the PNG differs from the renderer's picture");
        }

        [Fact]
        public async Task A_bad_token_gives_rejected_and_a_nonzero_exit()
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            relay.Publish(RelaySnapshotTests.Sample());

            RunResult result = await RunAsync("--relay", relay.Url.ToString(), "--token", "stolen", "--ca", WriteCa(relay.Certificates), "--once", "--headless", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("{\"screen\":\"rejected\"}", result.Output.Trim());
        }

        [Fact]
        public async Task A_relay_certificate_from_another_CA_gives_tls_failed()
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            relay.Publish(RelaySnapshotTests.Sample());
            using DemoCertificates stranger = DemoCertificates.Create();

            RunResult result = await RunAsync("--relay", relay.UrlWithToken.ToString(), "--ca", WriteCa(stranger), "--once", "--headless", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("tls-failed", result.Line.GetProperty("screen").GetString());
        }

        [Fact]
        public async Task A_port_nobody_listens_on_gives_unreachable_at_the_timeout()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            RunResult result = await RunAsync("--relay", "wss://127.0.0.1:" + port + "/?token=t", "--once", "--headless", "--timeout", "4", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("unreachable", result.Line.GetProperty("screen").GetString());
        }

        [Theory]
        [InlineData(RawRelayBehavior.ResetAfterUpgrade, "connection-reset")]
        [InlineData(RawRelayBehavior.ReservedOpcodeAfterUpgrade, "protocol-error")]
        [InlineData(RawRelayBehavior.NotFoundInsteadOfUpgrade, "upgrade-refused")]
        public async Task A_relay_that_answers_and_then_breaks_the_link_gives_dropped_with_the_reason(RawRelayBehavior behavior, string reason)
        {
            using var relay = new RawRelayServer(behavior);

            RunResult result = await RunAsync("--relay", relay.Url, "--ca", TestCertificates.Shared.CaFile, "--once", "--headless", "--timeout", "3", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("dropped", result.Line.GetProperty("screen").GetString());
            Assert.Equal(reason, result.Line.GetProperty("reason").GetString());
            Assert.True(relay.Connections >= 2, "retried within the timeout");
        }

        [Fact]
        public async Task A_port_that_does_not_speak_TLS_gives_tls_failed()
        {
            using var relay = new RawRelayServer(RawRelayBehavior.PlainHttp);

            RunResult result = await RunAsync("--relay", relay.Url, "--ca", TestCertificates.Shared.CaFile, "--once", "--headless", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("tls-failed", result.Line.GetProperty("screen").GetString());
        }

        [Fact]
        public async Task A_relay_that_closes_with_a_code_gives_dropped_with_the_code()
        {
            await using var relay = new TestRelayServer { Behavior = (socket, stop) => socket.CloseAsync(WebSocketCloseStatus.InternalServerError, "poll failed", stop) };
            await relay.StartAsync();

            RunResult result = await RunAsync("--relay", relay.Url + "?token=" + TestRelayServer.GoodToken, "--ca", TestCertificates.Shared.CaFile, "--once", "--headless", "--timeout", "3", "--png", Path.Combine(_directory, "s.png"));

            Assert.Equal("{\"screen\":\"dropped\",\"reason\":\"closed-by-relay\",\"closeCode\":1011}", result.Output.Trim());
        }

        [Fact]
        public async Task A_relay_that_accepts_and_sends_nothing_gives_waiting_for_data()
        {
            await using var relay = new TestRelayServer { Behavior = TestRelayServer.ListenAsync };
            await relay.StartAsync();

            RunResult result = await RunAsync("--relay", relay.Url + "?token=" + TestRelayServer.GoodToken, "--ca", TestCertificates.Shared.CaFile, "--once", "--headless", "--timeout", "2", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("{\"screen\":\"waiting-for-data\"}", result.Output.Trim());
            Assert.Equal(1, relay.Connections);
        }

        [Fact]
        public async Task A_relay_without_a_token_gives_setup_needed_naming_the_token()
        {
            RunResult result = await RunAsync("--relay", "wss://127.0.0.1:9/", "--once", "--headless", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("setup-needed", result.Line.GetProperty("screen").GetString());
            Assert.Equal("token", result.Line.GetProperty("setting").GetString());
        }

        [Fact]
        public async Task A_device_settings_file_is_read_with_the_devices_parser()
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            relay.Publish(RelaySnapshotTests.Sample());
            string settings = Path.Combine(_directory, "deskstats.json");
            File.WriteAllText(settings, "{\"version\":1,\"relayUrl\":\"" + relay.Url + "\",\"token\":\"desk-token\"," +
                "\"caCertificateFile\":" + JsonSerializer.Serialize(WriteCa(relay.Certificates)) + ",\"board\":\"t-display\"}");

            RunResult result = await RunAsync("--settings", settings, "--once", "--headless", "--png", Path.Combine(_directory, "settings.png"));

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(1203, result.Line.GetProperty("todayVisits").GetInt32());
            Assert.Equal(240, PngReader.ReadFile(Path.Combine(_directory, "settings.png")).Width);
        }

        [Fact]
        public async Task A_settings_file_with_a_plain_http_relay_gives_setup_needed_naming_relayUrl()
        {
            string settings = Path.Combine(_directory, "deskstats.json");
            File.WriteAllText(settings, "{\"version\":1,\"relayUrl\":\"http://relay.example:8080/\",\"token\":\"t\"}");

            RunResult result = await RunAsync("--settings", settings, "--once", "--headless", "--png", Path.Combine(_directory, "s.png"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Equal("setup-needed", result.Line.GetProperty("screen").GetString());
            Assert.Equal("relayUrl", result.Line.GetProperty("setting").GetString());
        }

        [Fact]
        public async Task Without_a_relay_the_built_in_demo_relay_is_used()
        {
            RunResult result = await RunAsync("--once", "--headless", "--png", Path.Combine(_directory, "demo.png"));

            var site = new DemoSite(2026);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("data", result.Line.GetProperty("screen").GetString());
            Assert.Equal(site.Current.Yesterday.Visits, result.Line.GetProperty("yesterdayVisits").GetInt32());
            Assert.Equal(site.Current.DayBefore.TimeSpent, result.Line.GetProperty("dayBeforeTimeSpent").GetString());
        }
    }
}
