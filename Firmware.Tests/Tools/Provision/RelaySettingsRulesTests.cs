using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class RelaySettingsRulesTests
    {
        private static ValidationReport CheckUrl(string url)
        {
            var report = new ValidationReport();
            RelaySettingsRules.CheckRelayUrl(url, report);
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
        [InlineData("wss://stats.example.com:443/relay/path")]
        [InlineData("wss://192.168.1.20:8080/")]
        [InlineData("wss://[2001:db8::1]:8080/")]
        [InlineData("ws://relay:8080/")]
        public void A_url_with_an_explicit_port_and_no_query_passes_the_tool_rules(string url)
        {
            ValidationReport report = CheckUrl(url);

            Assert.True(report.IsValid, string.Join("; ", report.Errors));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void A_missing_url_is_named(string url)
        {
            Assert.Equal("--relay: is missing: give the relay's address, e.g. wss://stats.example.com:8080/", Assert.Single(CheckUrl(url).Errors));
        }

        [Theory]
        [InlineData("wss://stats.example.com/", "wss://stats.example.com:8080/")]
        [InlineData("wss://stats.example.com", "wss://stats.example.com:8080/")]
        [InlineData("wss://[2001:db8::1]/", "wss://[2001:db8::1]:8080/")]
        [InlineData("wss://10.0.0.5/relay", "wss://10.0.0.5:8080/")]
        public void A_url_without_a_port_is_rejected_with_the_default_port_suggested(string url, string suggestion)
        {
            string problem = Assert.Single(CheckUrl(url).Errors);

            Assert.Equal("--relay: has no port: add it after the host, e.g. " + suggestion + " (the relay's default port is 8080)", problem);
        }

        [Fact]
        public void A_url_with_a_query_is_rejected_without_echoing_the_query()
        {
            string problem = Assert.Single(CheckUrl("wss://stats.example.com:8080/?token=s3cr3t-value").Errors);

            Assert.Contains("holds a query", problem);
            Assert.DoesNotContain("s3cr3t-value", problem);
        }

        [Theory]
        [InlineData("https://stats.example.com/")]
        [InlineData("stats.example.com")]
        [InlineData("wss://:8080/")]
        [InlineData("wss:///")]
        public void What_the_device_parser_judges_is_left_to_it(string url)
        {
            Assert.True(CheckUrl(url).IsValid);
        }

        [Theory]
        [InlineData("t")]
        [InlineData("device-token_01.A~z")]
        [InlineData("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-._~")]
        public void A_url_safe_token_is_accepted(string token)
        {
            Assert.True(CheckToken(token).IsValid);
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
    }
}
