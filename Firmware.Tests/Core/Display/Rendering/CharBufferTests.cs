using DeskStats.Display.Rendering;

namespace DeskStats.Tests.Core.Display.Rendering
{
    public class CharBufferTests
    {
        [Theory]
        [InlineData(9999, "9,999")]
        [InlineData(12345, "12.3k")]
        [InlineData(234567, "234k")]
        [InlineData(1234567, "1.2M")]
        [InlineData(25000000, "25.0M")]
        [InlineData(2147483647, "2147M")]
        public void Abbreviated_counts_stay_short(int value, string expected)
        {
            var text = new CharBuffer(16);

            text.AppendAbbreviatedCount(value);

            Assert.Equal(expected, new string(text.Chars, 0, text.Length));
        }

        [Fact]
        public void Appends_past_the_capacity_are_dropped()
        {
            var text = new CharBuffer(4);

            text.Append("abc").Append("def").AppendClock(9, 3);

            Assert.Equal("abcd", new string(text.Chars, 0, text.Length));
        }
    }
}
