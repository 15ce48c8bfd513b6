using System;
using System.IO;
using DeskStats.Display;
using DeskStats.Simulator;

namespace DeskStats.Tests.Simulator
{
    public class SimulatorOptionsTests
    {
        private static SimulatorOptions Parse(out string error, params string[] args) =>
            SimulatorOptions.Parse(args, board => BoardProfiles.Find(board) != null, out error);

        [Fact]
        public void No_arguments_mean_the_demo_relay_on_the_default_board()
        {
            SimulatorOptions options = Parse(out string error);

            Assert.Null(error);
            Assert.Equal(SimulatorMode.Simulate, options.Mode);
            Assert.Null(options.RelayUrl);
            Assert.Equal("cyd", options.Board);
            Assert.Equal("screen.png", options.PngPath);
            Assert.Equal(20, options.TimeoutSeconds);
            Assert.False(options.Once);
        }

        [Fact]
        public void The_page_is_the_dashboard_unless_page_says_visitors_or_map()
        {
            Assert.Equal(ScreenPage.Dashboard, Parse(out _).Page);
            Assert.Equal(ScreenPage.Map, Parse(out _, "--page", "map").Page);
            Assert.Equal(ScreenPage.Visitors, Parse(out _, "--page", "visitors").Page);
            Assert.Equal(ScreenPage.Dashboard, Parse(out _, "--page", "dashboard").Page);

            Assert.Null(Parse(out string error, "--page", "graph"));
            Assert.Contains("--page must be dashboard, visitors or map", error);
        }

        [Theory]
        [InlineData(ScreenPage.Dashboard)]
        [InlineData(ScreenPage.Map)]
        public void The_page_word_of_the_once_line_is_the_one_page_takes(ScreenPage page)
        {
            Assert.Equal(page, Parse(out _, "--page", ScreenReport.PageWord(page)).Page);
        }

        [Fact]
        public void The_token_comes_from_the_URL_and_is_taken_out_of_it()
        {
            SimulatorOptions options = Parse(out _, "--relay", "wss://stats.example.com:8080/?token=abc%2F1", "--once", "--headless", "--timeout", "5");

            Assert.Equal("abc/1", options.Token);
            Assert.Equal("wss://stats.example.com:8080/", options.RelayUrl.ToString());
            Assert.True(options.Once);
            Assert.True(options.Headless);
            Assert.Equal(5, options.TimeoutSeconds);
        }

        [Fact]
        public void The_token_option_wins_over_the_URL()
        {
            SimulatorOptions options = Parse(out _, "--relay", "wss://relay.example:9000/?token=old", "--token", "new");

            Assert.Equal("new", options.Token);
        }

        [Fact]
        public void A_relay_without_a_token_is_left_to_the_settings_check()
        {
            SimulatorOptions options = Parse(out string error, "--relay", "wss://relay.example:9000/");

            Assert.Null(error);
            Assert.Null(options.Token);
        }

        [Theory]
        [InlineData("https://relay.example:8080/", "wss://")]
        [InlineData("http://relay.example:8080/", "wss://")]
        [InlineData("ws://relay.example:8080/", "wss://")]
        [InlineData("relay.example", "URL")]
        public void A_relay_that_is_not_wss_is_refused(string relay, string expected)
        {
            Assert.Null(Parse(out string error, "--relay", relay));
            Assert.Contains(expected, error);
        }

        [Fact]
        public void A_missing_CA_file_is_refused_with_its_path()
        {
            string path = Path.Combine(Path.GetTempPath(), "no-such-ca-" + Guid.NewGuid().ToString("N") + ".pem");

            Assert.Null(Parse(out string error, "--relay", "wss://relay.example:8080/?token=t", "--ca", path));
            Assert.Contains("CA file not found", error);
            Assert.Contains(path, error);
        }

        [Fact]
        public void An_unknown_board_is_refused_with_the_known_ones()
        {
            Assert.Null(Parse(out string error, "--board", "esp8266"));
            Assert.Contains("esp8266", error);
            foreach (string id in BoardProfiles.Ids)
            {
                Assert.Contains(id, error);
            }
        }

        [Fact]
        public void Every_board_profile_is_accepted()
        {
            foreach (string id in BoardProfiles.Ids)
            {
                Assert.Equal(id, Parse(out _, "--board", id).Board);
            }
        }

        [Theory]
        [InlineData("--timeout", "0")]
        [InlineData("--timeout", "soon")]
        [InlineData("--speed", "0")]
        [InlineData("--frobnicate")]
        [InlineData("--relay")]
        [InlineData("--port", "80")]
        [InlineData("--serve-relay", "--once")]
        [InlineData("--token", "t")]
        public void Wrong_arguments_are_refused(params string[] args)
        {
            Assert.Null(Parse(out string error, args));
            Assert.False(string.IsNullOrEmpty(error));
        }

        [Fact]
        public void A_settings_file_must_exist_and_replaces_relay_token_and_CA()
        {
            string missing = Path.Combine(Path.GetTempPath(), "no-such-settings-" + Guid.NewGuid().ToString("N") + ".json");
            Assert.Null(Parse(out string error, "--settings", missing));
            Assert.Contains("settings file not found", error);

            string existing = Path.GetTempFileName();
            try
            {
                Assert.Null(Parse(out error, "--settings", existing, "--relay", "wss://relay.example:8080/?token=t"));
                Assert.Contains("--settings", error);
                SimulatorOptions options = Parse(out error, "--settings", existing);
                Assert.Equal(existing, options.SettingsFile);
                Assert.False(options.BoardGiven);
            }
            finally
            {
                File.Delete(existing);
            }
        }

        [Fact]
        public void Serve_relay_defaults_to_the_real_relays_port_on_loopback()
        {
            SimulatorOptions options = Parse(out _, "--serve-relay", "--token", "desk");

            Assert.Equal(SimulatorMode.ServeRelay, options.Mode);
            Assert.Equal(8080, options.Port);
            Assert.Equal("desk", options.Token);
            Assert.False(options.ListenAny);
            Assert.True(Parse(out _, "--serve-relay", "--listen-any", "--port", "9443").ListenAny);
        }
    }
}
