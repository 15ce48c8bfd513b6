using DeskStats.Settings;

namespace DeskStats.Tests.Core.Settings
{
    public class RelayUrlPartsTests
    {
        [Theory]
        [InlineData("wss://stats.example.com:8080/", true, "stats.example.com", 8080, "/")]
        [InlineData("wss://stats.example.com", true, "stats.example.com", 443, "/")]
        [InlineData("WSS://Stats.Example.com/relay?room=1", true, "Stats.Example.com", 443, "/relay?room=1")]
        [InlineData("wss://10.0.0.5:65535?x=y", true, "10.0.0.5", 65535, "/?x=y")]
        [InlineData("wss://[::1]:8443/", true, "::1", 8443, "/")]
        [InlineData("ws://relay.local:8080/", false, "relay.local", 8080, "/")]
        [InlineData("ws://relay.local", false, "relay.local", 80, "/")]
        public void Good_urls_are_split(string url, bool secure, string host, int port, string path)
        {
            var settings = new RelaySettings();
            Assert.Equal(SettingsProblemKind.None, RelayUrlParts.Parse(url, true, settings));
            Assert.Equal(secure, settings.Secure);
            Assert.Equal(host, settings.Host);
            Assert.Equal(port, settings.Port);
            Assert.Equal(path, settings.PathAndQuery);
        }

        [Theory]
        [InlineData("", SettingsProblemKind.Missing)]
        [InlineData("https://stats.example.com/", SettingsProblemKind.NotWebSocketUrl)]
        [InlineData("stats.example.com:8080", SettingsProblemKind.NotWebSocketUrl)]
        [InlineData("ws://stats.example.com/", SettingsProblemKind.InsecureNotAllowed)]
        [InlineData("wss://", SettingsProblemKind.BadHost)]
        [InlineData("wss:///path", SettingsProblemKind.BadHost)]
        [InlineData("wss://:8080/", SettingsProblemKind.BadHost)]
        [InlineData("wss://bad_host!/", SettingsProblemKind.BadHost)]
        [InlineData("wss://a..b/", SettingsProblemKind.BadHost)]
        [InlineData("wss://[::1/", SettingsProblemKind.BadHost)]
        [InlineData("wss://[zz::1]/", SettingsProblemKind.BadHost)]
        [InlineData("wss://host:0/", SettingsProblemKind.BadPort)]
        [InlineData("wss://host:65536/", SettingsProblemKind.BadPort)]
        [InlineData("wss://host:80a/", SettingsProblemKind.BadPort)]
        [InlineData("wss://host:/", SettingsProblemKind.BadPort)]
        [InlineData("wss://host:123456/", SettingsProblemKind.BadPort)]
        [InlineData("wss://user:pw@host/", SettingsProblemKind.BadUrl)]
        [InlineData("wss://host/ path", SettingsProblemKind.BadUrl)]
        [InlineData("wss://host/#frag", SettingsProblemKind.BadUrl)]
        [InlineData("wss://h\u00f6st/", SettingsProblemKind.BadUrl)]
        [InlineData("wss://host/?token=abc", SettingsProblemKind.BadUrl)]
        [InlineData("wss://host/?a=1&Token=abc", SettingsProblemKind.BadUrl)]
        public void Bad_urls_name_their_problem(string url, SettingsProblemKind expected)
        {
            Assert.Equal(expected, RelayUrlParts.Parse(url, false, new RelaySettings()));
        }

        [Theory]
        [InlineData(true, "stats.example.com", 8080, "/", "tok", "wss://stats.example.com:8080/?token=tok")]
        [InlineData(true, "stats.example.com", 443, "/", "tok", "wss://stats.example.com/?token=tok")]
        [InlineData(false, "relay.local", 80, "/ws", "tok", "ws://relay.local/ws?token=tok")]
        [InlineData(true, "h", 443, "/?room=1", "tok", "wss://h/?room=1&token=tok")]
        [InlineData(true, "h", 443, "/?", "tok", "wss://h/?token=tok")]
        [InlineData(true, "::1", 8443, "/", "tok", "wss://[::1]:8443/?token=tok")]
        [InlineData(true, "h", 443, "/", "a b&c=d/e?f%g+h~i_j.k-l", "wss://h/?token=a%20b%26c%3Dd%2Fe%3Ff%25g%2Bh~i_j.k-l")]
        public void Connect_url_carries_the_escaped_token(bool secure, string host, int port, string path, string token, string expected)
        {
            Assert.Equal(expected, RelayUrlParts.BuildConnectUrl(secure, host, port, path, token));
        }

        [Fact]
        public void Settings_build_the_connect_url_from_their_parts()
        {
            var settings = new RelaySettings { Token = "device-token" };
            Assert.Equal(SettingsProblemKind.None, RelayUrlParts.Parse("wss://stats.example.com:8080/", false, settings));
            Assert.Equal("wss://stats.example.com:8080/?token=device-token", settings.BuildConnectUrl());
        }

        [Theory]
        [InlineData(false, 0, 0, 10, 720, 80)]
        [InlineData(true, 1320, 420, 10, 1380, 10)]
        [InlineData(true, 1320, 420, 10, 60, 10)]
        [InlineData(true, 1320, 420, 10, 420, 80)]
        [InlineData(true, 1320, 420, 10, 1319, 80)]
        [InlineData(true, 60, 120, 5, 90, 5)]
        [InlineData(true, 60, 120, 5, 30, 80)]
        [InlineData(true, 60, 60, 5, 60, 80)]
        public void Night_dimming_applies_inside_its_window(bool dimming, int from, int to, int night, int minute, int expected)
        {
            var settings = new RelaySettings
            {
                Brightness = 80, HasNightDimming = dimming, NightDimmingFromMinutes = from, NightDimmingToMinutes = to, NightDimmingBrightness = night
            };
            Assert.Equal(expected, settings.BrightnessAt(minute));
        }
    }
}
