using DeskStats.Link;

namespace DeskStats.Tests.Core.Link
{
    public class SecretsTests
    {
        [Theory]
        [InlineData(null, "(none)")]
        [InlineData("", "(none)")]
        [InlineData("a", "\u2026")]
        [InlineData("123456789", "\u2026")]
        [InlineData("abcdefghyz", "ab\u2026yz")]
        [InlineData("device-token-0123456789", "de\u202689")]
        public void Mask_never_shows_the_whole_secret(string secret, string expected)
        {
            Assert.Equal(expected, Secrets.Mask(secret));
        }

        [Theory]
        [InlineData("wss://h:8080/?token=abcdefghijklmn", "wss://h:8080/?token=ab\u2026mn")]
        [InlineData("wss://h/?a=1&token=abcdefghijklmn&b=2", "wss://h/?a=1&token=ab\u2026mn&b=2")]
        [InlineData("wss://h/?mytoken=x&token=abcdefghijklmn", "wss://h/?mytoken=x&token=ab\u2026mn")]
        [InlineData("wss://h/", "wss://h/")]
        [InlineData("wss://h/?a=1", "wss://h/?a=1")]
        public void MaskUrl_masks_the_token_parameter(string url, string expected)
        {
            Assert.Equal(expected, Secrets.MaskUrl(url));
        }
    }
}
