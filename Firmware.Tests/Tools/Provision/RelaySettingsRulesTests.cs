using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class RelaySettingsRulesTests
    {
        private static ValidationReport CheckUrl(string url, bool allowInsecure = false)
        {
            var report = new ValidationReport();
            RelaySettingsRules.CheckRelayUrl(url, allowInsecure, report);
            return report;
        }

        private static ValidationReport CheckToken(string token)
        {
            var report = new ValidationReport();
            RelaySettingsRules.CheckToken(token, report);
            return report;
        }

        [Theory]
        [InlineData("wss://stats.example.com:8080/")]
        [InlineData("wss://stats.example.com:8080")]
        [InlineData("WSS://stats.example.com:443/relay")]
        [InlineData("wss://192.168.1.20:8080/")]
        [InlineData("wss://[2001:db8::1]:8080/")]
        [InlineData("wss://relay:8080/")]
        public void A_wss_url_with_host_and_port_is_accepted(string url)
        {
            ValidationReport report = CheckUrl(url);

            Assert.True(report.IsValid, string.Join("; ", report.Errors));
            Assert.Empty(report.Warnings);
        }

        [Theory]
        [InlineData(null, "is missing")]
        [InlineData("", "is missing")]
        [InlineData("https://stats.example.com:8080/", "must start with wss://")]
        [InlineData("stats.example.com:8080", "must start with wss://")]
        [InlineData("wss://stats.example.com/", "has no port: add it after the host, e.g. wss://stats.example.com:8080/")]
        [InlineData("wss://:8080/", "has no host")]
        [InlineData("wss:///", "has no host")]
        [InlineData("wss://stats.example.com:0/", "has port '0'")]
        [InlineData("wss://stats.example.com:65536/", "has port '65536'")]
        [InlineData("wss://stats.example.com:80a/", "has port '80a'")]
        [InlineData("wss://stats.example.com:/", "has port ''")]
        [InlineData("wss://user:pw@stats.example.com:8080/", "holds a user name or password")]
        [InlineData("wss://stats.example.com:8080/#top", "holds a fragment")]
        [InlineData("wss://bad_host!:8080/", "is not a valid host name")]
        public void A_bad_url_is_rejected_and_the_problem_named(string url, string expected)
        {
            ValidationReport report = CheckUrl(url);

            string problem = Assert.Single(report.Errors);
            Assert.StartsWith("--relay: ", problem);
            Assert.Contains(expected, problem);
        }

        [Fact]
        public void A_url_with_a_query_is_rejected_without_echoing_the_query()
        {
            ValidationReport report = CheckUrl("wss://stats.example.com:8080/?token=s3cr3t-value");

            string problem = Assert.Single(report.Errors);
            Assert.Contains("holds a query", problem);
            Assert.DoesNotContain("s3cr3t-value", problem);
        }

        [Fact]
        public void Plain_ws_is_rejected_unless_insecure_links_are_allowed()
        {
            Assert.Contains("ws://, an unencrypted link", Assert.Single(CheckUrl("ws://192.168.1.20:8080/").Errors));

            ValidationReport allowed = CheckUrl("ws://192.168.1.20:8080/", allowInsecure: true);
            Assert.True(allowed.IsValid);
            Assert.Contains("unencrypted", Assert.Single(allowed.Warnings));
        }

        [Theory]
        [InlineData("t")]
        [InlineData("device-token_01.A~z")]
        [InlineData("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-._~")]
        public void A_url_safe_token_is_accepted(string token)
        {
            Assert.True(CheckToken(token).IsValid);
        }

        [Fact]
        public void A_token_of_256_characters_is_accepted_and_257_rejected()
        {
            Assert.True(CheckToken(new string('a', 256)).IsValid);
            Assert.Contains("is 257 characters; at most 256", Assert.Single(CheckToken(new string('a', 257)).Errors));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void A_missing_token_is_named(string token)
        {
            Assert.Contains("--token: is missing", Assert.Single(CheckToken(token).Errors));
        }

        [Theory]
        [InlineData("abc def", 4)]
        [InlineData("abc&x=1", 4)]
        [InlineData("abc+", 4)]
        [InlineData("a/b", 2)]
        [InlineData("tökén", 2)]
        [InlineData("a%20", 2)]
        public void A_token_with_a_character_that_is_not_url_safe_is_rejected_by_position(string token, int position)
        {
            string problem = Assert.Single(CheckToken(token).Errors);

            Assert.Contains("character " + position + " is not URL-safe", problem);
            Assert.DoesNotContain(token, problem);
        }

        [Theory]
        [InlineData(1, true)]
        [InlineData(100, true)]
        [InlineData(0, false)]
        [InlineData(101, false)]
        [InlineData(-5, false)]
        public void Brightness_is_a_percentage_from_1_to_100(int brightness, bool valid)
        {
            var report = new ValidationReport();
            RelaySettingsRules.CheckBrightness(brightness, report);

            Assert.Equal(valid, report.IsValid);
        }

        [Theory]
        [InlineData(-720, true)]
        [InlineData(0, true)]
        [InlineData(330, true)]
        [InlineData(840, true)]
        [InlineData(-721, false)]
        [InlineData(841, false)]
        public void The_utc_offset_is_minus_720_to_840_minutes(int minutes, bool valid)
        {
            var report = new ValidationReport();
            RelaySettingsRules.CheckUtcOffset(minutes, report);

            Assert.Equal(valid, report.IsValid);
        }
    }
}
