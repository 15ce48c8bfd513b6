using DeskStats.Display.Rendering;

namespace DeskStats.Tests.Core.Display.Rendering
{
    public class ColorRampTests
    {
        [Fact]
        public void Level_0_is_the_background_and_level_15_the_foreground_high_byte_first()
        {
            var ramp = new ColorRamp();

            ramp.Set(0xF81F, 0x07E0);

            Assert.Equal(((byte)0x07, (byte)0xE0), (ramp.High[0], ramp.Low[0]));
            Assert.Equal(((byte)0xF8, (byte)0x1F), (ramp.High[15], ramp.Low[15]));
        }

        [Fact]
        public void Intermediate_levels_blend_each_channel()
        {
            // Black to white: level 8 of 15 is a little over half of each channel (5-bit red 31 -> 17).
            ushort middle = Rgb565.Blend(0x0000, 0xFFFF, 8);

            Assert.Equal(17, middle >> 11);
            Assert.Equal(34, (middle >> 5) & 0x3F);
            Assert.Equal(17, middle & 0x1F);
        }
    }
}
