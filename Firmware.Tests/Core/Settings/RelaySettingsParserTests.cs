using System.Text;
using DeskStats.Settings;

namespace DeskStats.Tests.Core.Settings
{
    public class RelaySettingsParserTests
    {
        private const string Example = @"{
  ""version"": 1,
  ""relayUrl"": ""wss://stats.example.com:8080/"",
  ""token"": ""device-token"",
  ""caCertificateFile"": ""I:\\relay-ca.pem"",
  ""board"": ""cyd"",
  ""brightness"": 80,
  ""nightDimming"": { ""from"": ""22:00"", ""to"": ""07:00"", ""brightness"": 10 },
  ""utcOffsetMinutes"": 60,
  ""allowInsecure"": false
}";

        private static SettingsProblem Parse(string json, RelaySettings settings = null)
        {
            byte[] data = Encoding.UTF8.GetBytes(json);
            return RelaySettingsParser.Parse(data, data.Length, settings ?? new RelaySettings());
        }

        // The example with one member's value replaced (or the member removed when value is null): the interpreter
        // stage's builder, so the stage parses the same files.
        private static string With(string name, string value) => DeskStats.Stage.SettingsPart.With(name, value);

        [Fact]
        public void The_documented_example_is_read_completely()
        {
            var settings = new RelaySettings();
            SettingsProblem problem = Parse(Example, settings);

            Assert.True(problem.IsNone, problem.Kind + " " + problem.Setting);
            Assert.Equal(1, settings.Version);
            Assert.Equal("wss://stats.example.com:8080/", settings.RelayUrl);
            Assert.Equal("device-token", settings.Token);
            Assert.Equal("I:\\relay-ca.pem", settings.CaCertificateFile);
            Assert.Equal("cyd", settings.Board);
            Assert.Equal(80, settings.Brightness);
            Assert.True(settings.HasNightDimming);
            Assert.Equal(22 * 60, settings.NightDimmingFromMinutes);
            Assert.Equal(7 * 60, settings.NightDimmingToMinutes);
            Assert.Equal(10, settings.NightDimmingBrightness);
            Assert.Equal(60, settings.UtcOffsetMinutes);
            Assert.False(settings.AllowInsecure);
            Assert.True(settings.Secure);
            Assert.False(settings.InsecureLink);
            Assert.Equal("stats.example.com", settings.Host);
            Assert.Equal(8080, settings.Port);
            Assert.Equal("/", settings.PathAndQuery);
            Assert.Equal("wss://stats.example.com:8080/?token=device-token", settings.BuildConnectUrl());
        }

        [Fact]
        public void Only_the_required_settings_give_the_defaults()
        {
            var settings = new RelaySettings();
            Assert.True(Parse("{\"version\":1,\"relayUrl\":\"wss://h/\",\"token\":\"t\"}", settings).IsNone);

            Assert.Equal("cyd", settings.Board);
            Assert.Equal(100, settings.Brightness);
            Assert.False(settings.HasNightDimming);
            Assert.Equal(0, settings.UtcOffsetMinutes);
            Assert.Equal(0, settings.PageSeconds);
            Assert.False(settings.Touch);
            Assert.Equal(string.Empty, settings.CaCertificateFile);
            Assert.Equal(443, settings.Port);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(15)]
        [InlineData(3600)]
        public void Page_seconds_from_0_to_an_hour_are_taken(int seconds)
        {
            var settings = new RelaySettings();

            Assert.True(Parse(With("pageSeconds", seconds.ToString()), settings).IsNone);

            Assert.Equal(seconds, settings.PageSeconds);
        }

        [Theory]
        [InlineData("cyd")]
        [InlineData("cyd-st7789")]
        public void Touch_is_taken_on_the_boards_with_a_touch_panel(string board)
        {
            var settings = new RelaySettings();

            Assert.True(Parse(With("board", "\"" + board + "\"").Replace("}", ",\"touch\":true}"), settings).IsNone);
            Assert.True(settings.Touch);
        }

        [Theory]
        [InlineData("esp32-st7789-240")]
        [InlineData("t-display")]
        public void Touch_on_a_board_without_a_touch_panel_is_a_problem_and_off_is_fine(string board)
        {
            string json = With("board", "\"" + board + "\"");

            SettingsProblem problem = Parse(json.Replace("}", ",\"touch\":true}"));
            Assert.Equal(SettingsProblemKind.NoTouchPanel, problem.Kind);
            Assert.Equal("touch", problem.Setting);
            Assert.Equal("board has no touch panel", problem.Describe());
            Assert.True(Parse(json.Replace("}", ",\"touch\":false}")).IsNone);
        }

        [Fact]
        public void Unknown_members_byte_order_mark_and_any_order_are_fine()
        {
            var settings = new RelaySettings();
            byte[] json = Encoding.UTF8.GetBytes("\uFEFF{\"future\":{\"a\":[1,2,{\"b\":null}]},\"token\":\"t\\u0041\",\"relayUrl\":\"wss://h/\",\"version\":1,\"caCertificateFile\":null,\"nightDimming\":null}");
            SettingsProblem problem = RelaySettingsParser.Parse(json, json.Length, settings);

            Assert.True(problem.IsNone, problem.Kind + " " + problem.Setting);
            Assert.Equal("tA", settings.Token);
        }

        [Fact]
        public void Insecure_url_is_allowed_only_with_the_flag_and_then_marked()
        {
            Assert.Equal(SettingsProblemKind.InsecureNotAllowed, Parse(With("relayUrl", "\"ws://h:8080/\"")).Kind);

            var settings = new RelaySettings();
            Assert.True(Parse(With("relayUrl", "\"ws://h:8080/\"").Replace("}", ",\"allowInsecure\":true}"), settings).IsNone);
            Assert.True(settings.InsecureLink);
            Assert.Equal("ws://h:8080/?token=device-token", settings.BuildConnectUrl());
        }

        [Fact]
        public void A_reused_settings_object_starts_from_the_defaults()
        {
            var settings = new RelaySettings();
            Assert.True(Parse(Example, settings).IsNone);
            Assert.True(Parse("{\"version\":1,\"relayUrl\":\"wss://h/\",\"token\":\"t\"}", settings).IsNone);
            Assert.False(settings.HasNightDimming);
            Assert.Equal(100, settings.Brightness);
        }

        [Theory]
        [InlineData("", SettingsProblemKind.FileMissing, "deskstats.json")]
        [InlineData("[1,2]", SettingsProblemKind.NotJson, "deskstats.json")]
        [InlineData("{\"version\":1,", SettingsProblemKind.NotJson, "deskstats.json")]
        [InlineData("{\"version\":1} x", SettingsProblemKind.NotJson, "deskstats.json")]
        [InlineData("{\"version\":1,}", SettingsProblemKind.NotJson, "deskstats.json")]
        [InlineData("not json", SettingsProblemKind.NotJson, "deskstats.json")]
        public void Whole_file_problems(string json, SettingsProblemKind kind, string setting)
        {
            SettingsProblem problem = Parse(json);
            Assert.Equal(kind, problem.Kind);
            Assert.Equal(setting, problem.Setting);
        }

        [Fact]
        public void A_missing_or_huge_file_is_named()
        {
            Assert.Equal(SettingsProblemKind.FileMissing, RelaySettingsParser.Parse(null, 0, new RelaySettings()).Kind);
            byte[] huge = new byte[RelaySettingsParser.MaxFileBytes + 1];
            Assert.Equal(SettingsProblemKind.FileTooLarge, RelaySettingsParser.Parse(huge, huge.Length, new RelaySettings()).Kind);
        }

        [Theory]
        [InlineData("version", null, SettingsProblemKind.Missing)]
        [InlineData("version", "\"1\"", SettingsProblemKind.WrongType)]
        [InlineData("version", "1.5", SettingsProblemKind.WrongType)]
        [InlineData("version", "0", SettingsProblemKind.UnsupportedVersion)]
        [InlineData("version", "2", SettingsProblemKind.UnsupportedVersion)]
        [InlineData("relayUrl", null, SettingsProblemKind.Missing)]
        [InlineData("relayUrl", "42", SettingsProblemKind.WrongType)]
        [InlineData("relayUrl", "\"\"", SettingsProblemKind.Missing)]
        [InlineData("relayUrl", "\"https://h/\"", SettingsProblemKind.NotWebSocketUrl)]
        [InlineData("relayUrl", "\"ws://h/\"", SettingsProblemKind.InsecureNotAllowed)]
        [InlineData("relayUrl", "\"wss:///\"", SettingsProblemKind.BadHost)]
        [InlineData("relayUrl", "\"wss://h:99999/\"", SettingsProblemKind.BadPort)]
        [InlineData("relayUrl", "\"wss://h/#x\"", SettingsProblemKind.BadUrl)]
        [InlineData("token", null, SettingsProblemKind.Missing)]
        [InlineData("token", "null", SettingsProblemKind.WrongType)]
        [InlineData("token", "\"\"", SettingsProblemKind.EmptyToken)]
        [InlineData("token", "\"two words\"", SettingsProblemKind.BadToken)]
        [InlineData("token", "\"t\\u00f6ken\"", SettingsProblemKind.BadToken)]
        [InlineData("caCertificateFile", "\"relay-ca.pem\"", SettingsProblemKind.BadPath)]
        [InlineData("caCertificateFile", "7", SettingsProblemKind.WrongType)]
        [InlineData("board", "\"unknown-board\"", SettingsProblemKind.UnknownBoard)]
        [InlineData("board", "1", SettingsProblemKind.WrongType)]
        [InlineData("brightness", "0", SettingsProblemKind.OutOfRange)]
        [InlineData("brightness", "101", SettingsProblemKind.OutOfRange)]
        [InlineData("brightness", "\"80\"", SettingsProblemKind.WrongType)]
        [InlineData("utcOffsetMinutes", "-721", SettingsProblemKind.OutOfRange)]
        [InlineData("utcOffsetMinutes", "841", SettingsProblemKind.OutOfRange)]
        [InlineData("utcOffsetMinutes", "1e2", SettingsProblemKind.WrongType)]
        [InlineData("allowInsecure", "\"yes\"", SettingsProblemKind.WrongType)]
        [InlineData("pageSeconds", "-1", SettingsProblemKind.OutOfRange)]
        [InlineData("pageSeconds", "3601", SettingsProblemKind.OutOfRange)]
        [InlineData("pageSeconds", "\"10\"", SettingsProblemKind.WrongType)]
        [InlineData("touch", "\"yes\"", SettingsProblemKind.WrongType)]
        [InlineData("touch", "1", SettingsProblemKind.WrongType)]
        [InlineData("nightDimming", "\"22:00\"", SettingsProblemKind.WrongType)]
        public void Each_problem_names_its_setting(string name, string value, SettingsProblemKind kind)
        {
            SettingsProblem problem = Parse(With(name, value));
            Assert.Equal(kind, problem.Kind);
            Assert.Equal(name, problem.Setting);
            Assert.NotEqual(string.Empty, problem.Describe());
        }

        [Theory]
        [InlineData("{\"to\":\"07:00\",\"brightness\":10}", SettingsProblemKind.Missing, "nightDimming.from")]
        [InlineData("{\"from\":\"24:00\",\"to\":\"07:00\",\"brightness\":10}", SettingsProblemKind.BadTime, "nightDimming.from")]
        [InlineData("{\"from\":\"22:60\",\"to\":\"07:00\",\"brightness\":10}", SettingsProblemKind.BadTime, "nightDimming.from")]
        [InlineData("{\"from\":\"22:00\",\"brightness\":10}", SettingsProblemKind.Missing, "nightDimming.to")]
        [InlineData("{\"from\":\"22:00\",\"to\":\"7h\",\"brightness\":10}", SettingsProblemKind.BadTime, "nightDimming.to")]
        [InlineData("{\"from\":\"22:00\",\"to\":7,\"brightness\":10}", SettingsProblemKind.WrongType, "nightDimming.to")]
        [InlineData("{\"from\":\"22:00\",\"to\":\"07:00\"}", SettingsProblemKind.Missing, "nightDimming.brightness")]
        [InlineData("{\"from\":\"22:00\",\"to\":\"07:00\",\"brightness\":101}", SettingsProblemKind.OutOfRange, "nightDimming.brightness")]
        [InlineData("{\"from\":\"22:00\",\"to\":\"07:00\",\"brightness\":true}", SettingsProblemKind.WrongType, "nightDimming.brightness")]
        public void Night_dimming_problems_name_the_inner_setting(string value, SettingsProblemKind kind, string setting)
        {
            SettingsProblem problem = Parse(With("nightDimming", value));
            Assert.Equal(kind, problem.Kind);
            Assert.Equal(setting, problem.Setting);
        }

        [Fact]
        public void Night_dimming_may_switch_off_the_backlight_and_has_extras_skipped()
        {
            var settings = new RelaySettings();
            Assert.True(Parse(With("nightDimming", "{\"from\":\"9:30\",\"to\":\"10:00\",\"brightness\":0,\"extra\":[1]}"), settings).IsNone);
            Assert.Equal(570, settings.NightDimmingFromMinutes);
            Assert.Equal(0, settings.BrightnessAt(580));
        }

        [Theory]
        [InlineData("cyd")]
        [InlineData("cyd-st7789")]
        [InlineData("esp32-st7789-240")]
        [InlineData("t-display")]
        public void Every_documented_board_is_known(string board)
        {
            Assert.True(Parse(With("board", "\"" + board + "\"")).IsNone);
        }

        [Fact]
        public void The_first_wrong_type_is_reported()
        {
            SettingsProblem problem = Parse("{\"version\":1,\"brightness\":\"x\",\"board\":2,\"relayUrl\":\"wss://h/\",\"token\":\"t\"}");
            Assert.Equal(SettingsProblemKind.WrongType, problem.Kind);
            Assert.Equal("brightness", problem.Setting);
        }

        [Theory]
        [InlineData("00:00", 0)]
        [InlineData("7:05", 425)]
        [InlineData("23:59", 1439)]
        [InlineData("24:00", -1)]
        [InlineData("12:5", -1)]
        [InlineData("1200", -1)]
        [InlineData("ab:cd", -1)]
        [InlineData("", -1)]
        public void Times_of_day(string text, int minutes)
        {
            Assert.Equal(minutes, RelaySettingsParser.ParseTimeOfDay(text));
        }
    }
}
