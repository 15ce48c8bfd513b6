using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class SecretMaskTests
    {
        [Theory]
        [InlineData(null, "(none)")]
        [InlineData("", "(none)")]
        [InlineData("a", "******** (1 characters)")]
        [InlineData("12345678901", "******** (11 characters)")]
        [InlineData("abcdefghijkl", "ab******** (12 characters)")]
        public void A_secret_shows_as_stars_and_its_length(string secret, string expected)
        {
            Assert.Equal(expected, SecretMask.Mask(secret));
        }
    }
}
