using DeskStats.Display.Rendering;

namespace DeskStats.Tests.Core.Display.Rendering
{
    public class TextPainterTests
    {
        [Theory]
        [InlineData(0, 0)]
        [InlineData(-3, 211)]
        [InlineData(-32768, 32767)]
        [InlineData(32767, -32768)]
        [InlineData(-1, -1)]
        public void Two_16_bit_values_read_back_signed_from_one_int(int low, int high)
        {
            int packed = TextPainter.Pack(low, high);

            Assert.Equal((low, high), (TextPainter.Low(packed), TextPainter.High(packed)));
        }

        [Fact]
        public void The_empty_extent_ends_before_it_starts_so_any_union_with_it_is_the_other_extent()
        {
            int left = TextPainter.Low(TextPainter.EmptyExtent);
            int right = TextPainter.High(TextPainter.EmptyExtent);

            Assert.True(right < left);
            Assert.True(left >= 320 + 3 && right < -3);
        }
    }
}
