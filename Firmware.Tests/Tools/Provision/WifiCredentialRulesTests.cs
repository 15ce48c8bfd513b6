using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class WifiCredentialRulesTests
    {
        private static ValidationReport CheckSsid(string ssid)
        {
            var report = new ValidationReport();
            WifiCredentialRules.CheckSsid(ssid, report);
            return report;
        }

        private static ValidationReport CheckPassword(string password)
        {
            var report = new ValidationReport();
            WifiCredentialRules.CheckPassword(password, report);
            return report;
        }

        [Theory]
        [InlineData("H")]
        [InlineData("Home network")]
        [InlineData("12345678901234567890123456789012")]
        [InlineData("Café Wi-Fi")]
        public void An_ssid_of_1_to_32_bytes_is_accepted(string ssid)
        {
            ValidationReport report = CheckSsid(ssid);

            Assert.True(report.IsValid);
            Assert.Empty(report.Warnings);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void A_missing_ssid_is_named(string ssid)
        {
            ValidationReport report = CheckSsid(ssid);

            Assert.Equal("--ssid: is missing: give the name of the Wi-Fi network (1 to 32 bytes)", Assert.Single(report.Errors));
        }

        [Fact]
        public void An_ssid_of_33_bytes_is_rejected_with_its_size()
        {
            ValidationReport report = CheckSsid(new string('x', 33));

            Assert.Contains("is 33 bytes of UTF-8", Assert.Single(report.Errors));
        }

        [Fact]
        public void The_ssid_limit_counts_utf8_bytes_not_characters()
        {
            // 11 characters of 3 bytes each: 33 bytes.
            ValidationReport report = CheckSsid(new string('東', 11));

            Assert.Contains("is 33 bytes", Assert.Single(report.Errors));
            Assert.True(CheckSsid(new string('東', 10)).IsValid);
        }

        [Fact]
        public void An_ssid_with_a_trailing_space_is_accepted_with_a_warning()
        {
            ValidationReport report = CheckSsid("Home ");

            Assert.True(report.IsValid);
            Assert.Contains("starts or ends with a space", Assert.Single(report.Warnings));
        }

        [Theory]
        [InlineData("12345678")]
        [InlineData("correct horse battery staple")]
        [InlineData(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")]
        public void A_passphrase_of_8_to_63_printable_ascii_characters_is_accepted(string password)
        {
            ValidationReport report = CheckPassword(password);

            Assert.True(report.IsValid);
            Assert.Empty(report.Warnings);
        }

        [Fact]
        public void A_passphrase_of_exactly_63_characters_is_accepted()
        {
            Assert.True(CheckPassword(new string('p', 63)).IsValid);
        }

        [Fact]
        public void A_raw_key_of_64_hex_digits_is_accepted()
        {
            Assert.True(CheckPassword("0123456789abcdefABCDEF0123456789abcdefABCDEF0123456789abcdef0123").IsValid);
        }

        [Fact]
        public void Sixty_four_characters_that_are_not_all_hex_are_rejected()
        {
            ValidationReport report = CheckPassword(new string('g', 64));

            Assert.Contains("raw key of 64 hex digits", Assert.Single(report.Errors));
        }

        [Fact]
        public void A_passphrase_of_7_characters_is_too_short()
        {
            ValidationReport report = CheckPassword("1234567");

            Assert.Equal("--password: is 7 characters; a WPA2 passphrase is at least 8 (leave it out for an open network)", Assert.Single(report.Errors));
        }

        [Fact]
        public void A_passphrase_of_65_characters_is_too_long()
        {
            ValidationReport report = CheckPassword(new string('p', 65));

            Assert.Contains("is 65 characters; a WPA2 passphrase is at most 63", Assert.Single(report.Errors));
        }

        [Theory]
        [InlineData("pässwort1", 2)]
        [InlineData("tab\tinside", 4)]
        public void A_non_printable_or_non_ascii_character_is_named_by_position_only(string password, int position)
        {
            ValidationReport report = CheckPassword(password);

            string problem = Assert.Single(report.Errors);
            Assert.Contains("character " + position + " is not printable ASCII", problem);
            Assert.DoesNotContain(password, problem);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void An_empty_password_means_an_open_network_and_warns(string password)
        {
            ValidationReport report = CheckPassword(password);

            Assert.True(report.IsValid);
            Assert.Contains("OPEN network", Assert.Single(report.Warnings));
        }
    }
}
