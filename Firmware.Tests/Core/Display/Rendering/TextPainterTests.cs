using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;

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
        public void The_same_text_again_is_unchanged_and_sends_nothing_and_a_new_text_returns_its_extent()
        {
            BoardProfile profile = BoardProfiles.Find("cyd");
            var bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();
            var target = new RenderTarget(panel, 2048, RenderTarget.DefaultBandBytes);
            char[] text = "Oslo".ToCharArray();
            int extent = target.Text.Draw(20, 30, 100, 19, TextAlignment.Left, FontFiles.TextSmall, text, 4, Rgb565.Text, Rgb565.Background,
                new char[8], 0, 0, false, TextPainter.EmptyExtent);
            bus.ResetCounters();

            int again = target.Text.Draw(20, 30, 100, 19, TextAlignment.Left, FontFiles.TextSmall, text, 4, Rgb565.Text, Rgb565.Background,
                text, 0, 4, true, extent);

            Assert.NotEqual(TextPainter.Unchanged, extent);
            Assert.Equal((17, 20 + FontFiles.TextSmall.MeasureWidth("Oslo") + 3), (TextPainter.Low(extent), TextPainter.High(extent)));
            Assert.Equal(TextPainter.Unchanged, again);
            Assert.Equal(0, bus.TotalBytes);
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
