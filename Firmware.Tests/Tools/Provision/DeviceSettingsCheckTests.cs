using System.Text;
using DeskStats.Display;
using DeskStats.Settings;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    /// <summary>The device's own parser judges the settings file the tool writes: what the tool writes, the device accepts.</summary>
    public class DeviceSettingsCheckTests
    {
        private static ProvisionRequest Request() => new ProvisionRequest
        {
            Port = "/dev/ttyUSB0",
            Ssid = "Home",
            Password = "correct horse",
            RelayUrl = "wss://stats.example.com:8080/",
            Token = "device-token_01",
        };

        private static ValidationReport Check(ProvisionRequest request, out RelaySettings settings)
        {
            var report = new ValidationReport();
            settings = DeviceSettingsCheck.Check(SettingsFile.Build(request), request, report);
            return report;
        }

        public static TheoryData<string> BoardIds()
        {
            var data = new TheoryData<string>();
            foreach (string id in BoardProfiles.Ids)
            {
                data.Add(id);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(BoardIds))]
        public void The_device_reads_back_exactly_what_the_tool_wrote_for_every_board(string board)
        {
            ProvisionRequest request = Request();
            request.Board = board;
            request.Brightness = 37;
            request.UtcOffsetMinutes = 330;

            ValidationReport report = Check(request, out RelaySettings settings);

            Assert.True(report.IsValid, string.Join("; ", report.Errors));
            Assert.Equal(RelaySettings.CurrentVersion, settings.Version);
            Assert.Equal("wss://stats.example.com:8080/", settings.RelayUrl);
            Assert.Equal("device-token_01", settings.Token);
            Assert.Equal(board, settings.Board);
            Assert.Equal(37, settings.Brightness);
            Assert.Equal(330, settings.UtcOffsetMinutes);
            Assert.Equal(string.Empty, settings.CaCertificateFile);
            Assert.False(settings.AllowInsecure);
            Assert.True(settings.Secure);
            Assert.Equal("stats.example.com", settings.Host);
            Assert.Equal(8080, settings.Port);
        }

        [Fact]
        public void The_ca_file_path_and_insecure_flag_are_read_back()
        {
            ProvisionRequest request = Request();
            request.RelayUrl = "ws://192.168.1.20:8080/";
            request.AllowInsecure = true;
            request.CaFile = "root.pem";
            request.Brightness = 1;
            request.UtcOffsetMinutes = -720;

            ValidationReport report = Check(request, out RelaySettings settings);

            Assert.True(report.IsValid, string.Join("; ", report.Errors));
            Assert.Equal("I:\\relay-ca.pem", settings.CaCertificateFile);
            Assert.True(settings.AllowInsecure);
            Assert.True(settings.InsecureLink);
            Assert.Equal(1, settings.Brightness);
            Assert.Equal(-720, settings.UtcOffsetMinutes);
        }

        [Fact]
        public void A_maximal_request_still_fits_the_device_file_limit()
        {
            ProvisionRequest request = Request();
            request.RelayUrl = "wss://" + new string('h', 200) + ".example.com:65535/" + new string('p', 300);
            request.Token = new string('t', RelaySettingsParser.MaxTokenLength);
            request.CaFile = "x.pem";

            ValidationReport report = Check(request, out _);

            Assert.True(report.IsValid, string.Join("; ", report.Errors));
            Assert.True(SettingsFile.Build(request).Length <= RelaySettingsParser.MaxFileBytes);
        }

        [Theory]
        [InlineData("https://stats.example.com:8080/", "--relay: must start with wss://")]
        [InlineData("ws://192.168.1.20:8080/", "--relay: starts with ws://, an unencrypted link")]
        [InlineData("wss://:8080/", "--relay: the device would reject it: host name missing or wrong")]
        [InlineData("wss://bad_host!:8080/", "--relay: the device would reject it: host name missing or wrong")]
        [InlineData("wss://stats.example.com:0/", "--relay: the device would reject it: port must be 1-65535")]
        [InlineData("wss://stats.example.com:65536/", "--relay: the device would reject it: port must be 1-65535")]
        [InlineData("wss://user:pw@stats.example.com:8080/", "--relay: the device would reject it: not a valid relay URL")]
        [InlineData("wss://stats.example.com:8080/#top", "--relay: the device would reject it: not a valid relay URL")]
        public void A_relay_url_the_device_rejects_is_reported_against_relay(string url, string expected)
        {
            ProvisionRequest request = Request();
            request.RelayUrl = url;

            string problem = Assert.Single(Check(request, out RelaySettings settings).Errors);

            Assert.StartsWith(expected, problem);
            Assert.Null(settings);
        }

        [Theory]
        [InlineData(0, "--brightness: is 0; give a percentage from 1 to 100")]
        [InlineData(101, "--brightness: is 101; give a percentage from 1 to 100")]
        public void A_brightness_out_of_range_is_reported_against_brightness(int brightness, string expected)
        {
            ProvisionRequest request = Request();
            request.Brightness = brightness;

            Assert.Equal(expected, Assert.Single(Check(request, out _).Errors));
        }

        [Theory]
        [InlineData(-5, "--page-seconds: is -5; give 0 (turn pages only with the button) to 3600 seconds")]
        [InlineData(3601, "--page-seconds: is 3601; give 0 (turn pages only with the button) to 3600 seconds")]
        public void Page_seconds_out_of_range_are_reported_against_the_option(int seconds, string expected)
        {
            ProvisionRequest request = Request();
            request.PageSeconds = seconds;

            Assert.Equal(expected, Assert.Single(Check(request, out _).Errors));
        }

        [Fact]
        public void Page_seconds_reach_the_settings_file_the_device_reads()
        {
            ProvisionRequest request = Request();
            request.PageSeconds = 20;

            Assert.Empty(Check(request, out DeskStats.Settings.RelaySettings settings).Errors);
            Assert.Equal(20, settings.PageSeconds);
        }

        [Fact]
        public void Touch_reaches_the_settings_file_the_device_reads()
        {
            ProvisionRequest request = Request();
            request.Touch = true;

            Assert.Empty(Check(request, out DeskStats.Settings.RelaySettings settings).Errors);
            Assert.True(settings.Touch);
        }

        [Fact]
        public void Touch_on_a_board_without_a_touch_panel_is_reported_against_the_option()
        {
            ProvisionRequest request = Request();
            request.Board = "t-display";
            request.Touch = true;

            Assert.Equal("--touch: 't-display' has no touch panel; leave --touch out (the BOOT button turns the pages) or use a board with one: cyd, cyd-st7789",
                Assert.Single(Check(request, out _).Errors));
        }

        [Theory]
        [InlineData(-721)]
        [InlineData(841)]
        public void A_utc_offset_out_of_range_is_reported_against_the_offset(int minutes)
        {
            ProvisionRequest request = Request();
            request.UtcOffsetMinutes = minutes;

            Assert.Equal("--utc-offset-minutes: is " + minutes + "; local time is UTC-12:00 to UTC+14:00, so -720 to 840 minutes", Assert.Single(Check(request, out _).Errors));
        }

        [Fact]
        public void An_unknown_board_is_reported_with_the_known_ones()
        {
            ProvisionRequest request = Request();
            request.Board = "esp8266";

            Assert.Equal("--board: 'esp8266' is not a board the firmware knows; use one of: cyd, cyd-st7789, esp32-st7789-240, t-display", Assert.Single(Check(request, out _).Errors));
        }

        [Fact]
        public void A_token_longer_than_the_device_reads_is_reported_against_token()
        {
            ProvisionRequest request = Request();
            request.Token = new string('t', RelaySettingsParser.MaxTokenLength + 1);

            Assert.StartsWith("--token: the device would reject it: has spaces or is too long", Assert.Single(Check(request, out _).Errors));
        }

        [Fact]
        public void An_option_the_tool_already_reported_is_not_reported_twice()
        {
            ProvisionRequest request = Request();
            request.Board = "esp8266";
            var report = new ValidationReport();
            report.AddError("--board", "tool message");

            DeviceSettingsCheck.Check(SettingsFile.Build(request), request, report);

            Assert.Equal("--board: tool message", Assert.Single(report.Errors));
        }

        [Theory]
        [MemberData(nameof(BoardIds))]
        public void Every_board_the_tool_offers_is_one_the_device_knows(string board)
        {
            Assert.True(RelaySettingsParser.IsKnownBoard(board));
        }

        [Fact]
        public void The_written_file_holds_only_ascii()
        {
            foreach (byte value in SettingsFile.Build(Request()))
            {
                Assert.True(value < 0x80);
            }

            Assert.StartsWith("{", Encoding.ASCII.GetString(SettingsFile.Build(Request())));
        }
    }
}
