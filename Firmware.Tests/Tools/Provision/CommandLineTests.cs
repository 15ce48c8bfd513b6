using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class CommandLineTests
    {
        [Fact]
        public void Every_option_is_read_in_both_spellings()
        {
            var report = new ValidationReport();
            ProvisionRequest request = CommandLine.Parse(new[]
            {
                "--port", "COM5", "--ssid=Home", "--password", "", "--relay", "wss://h:1/", "--token=t", "--ca", "root.pem",
                "--lets-encrypt", "--board", "t-display", "--brightness=40", "--utc-offset-minutes", "-90", "--out", "dir",
                "--dry-run", "--allow-insecure", "--touch",
            }, report);

            Assert.True(report.IsValid);
            Assert.Equal("COM5", request.Port);
            Assert.Equal("Home", request.Ssid);
            Assert.Equal(string.Empty, request.Password);
            Assert.Equal("wss://h:1/", request.RelayUrl);
            Assert.Equal("t", request.Token);
            Assert.Equal("root.pem", request.CaFile);
            Assert.True(request.LetsEncrypt);
            Assert.Equal("t-display", request.Board);
            Assert.Equal(40, request.Brightness);
            Assert.Equal(-90, request.UtcOffsetMinutes);
            Assert.Equal("dir", request.OutputDirectory);
            Assert.True(request.DryRun);
            Assert.True(request.AllowInsecure);
            Assert.True(request.Touch);
        }

        [Fact]
        public void Defaults_are_cyd_full_brightness_utc_and_the_password_is_absent()
        {
            var report = new ValidationReport();
            ProvisionRequest request = CommandLine.Parse(new string[0], report);

            Assert.Equal("cyd", request.Board);
            Assert.Equal(100, request.Brightness);
            Assert.Equal(0, request.UtcOffsetMinutes);
            Assert.False(request.Touch);
            Assert.Null(request.Password);
            Assert.Equal("deskstats-provision", request.OutputDirectory);
        }

        [Fact]
        public void An_unknown_option_is_named_but_a_stray_value_is_not_echoed()
        {
            var report = new ValidationReport();
            CommandLine.Parse(new[] { "--colour", "hunter2-secret" }, report);

            Assert.Equal(new[] { "argument 1: unknown option --colour", "argument 2: unexpected value (options start with --)" }, report.Errors);
        }

        [Fact]
        public void A_missing_value_a_repeated_option_and_a_bad_number_are_named()
        {
            var report = new ValidationReport();
            CommandLine.Parse(new[] { "--ssid", "a", "--ssid", "b", "--brightness", "high", "--dry-run=yes", "--token" }, report);

            Assert.Equal(new[]
            {
                "--ssid: is given more than once",
                "--brightness: 'high' is not a whole number",
                "--dry-run: takes no value",
                "--token: needs a value",
            }, report.Errors);
        }

        [Fact]
        public void Help_is_recognised()
        {
            Assert.True(CommandLine.Parse(new[] { "--help" }, new ValidationReport()).ShowHelp);
            Assert.True(CommandLine.Parse(new[] { "-h" }, new ValidationReport()).ShowHelp);
        }
    }
}
