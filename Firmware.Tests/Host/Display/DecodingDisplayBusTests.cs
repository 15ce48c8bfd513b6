using System;
using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Host.Display;

namespace DeskStats.Tests.Host.Display
{
    public class DecodingDisplayBusTests
    {
        private const ushort Red = 0xF800, Green = 0x07E0, Blue = 0x001F, White = 0xFFFF;

        [Theory]
        [InlineData("cyd")]
        [InlineData("cyd-st7789")]
        [InlineData("esp32-st7789-240")]
        [InlineData("t-display")]
        public void What_the_driver_draws_at_each_corner_shows_at_that_corner_in_true_colour(string id)
        {
            BoardProfile profile = BoardProfiles.Find(id);
            var bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();
            var scratch = new byte[4096];
            panel.FillRectangle(0, 0, profile.Width, profile.Height, White, scratch);
            panel.FillRectangle(0, 0, 2, 2, Red, scratch);
            panel.FillRectangle(profile.Width - 2, 0, 2, 2, Green, scratch);
            panel.FillRectangle(0, profile.Height - 2, 2, 2, Blue, scratch);

            HostImage image = bus.Snapshot();

            Assert.Equal((profile.Width, profile.Height), (image.Width, image.Height));
            Assert.Equal(Red, image.GetPixel(0, 0));
            Assert.Equal(Green, image.GetPixel(profile.Width - 1, 1));
            Assert.Equal(Blue, image.GetPixel(1, profile.Height - 1));
            Assert.Equal(White, image.GetPixel(profile.Width - 1, profile.Height - 1));
            Assert.Equal(White, image.GetPixel(profile.Width / 2, profile.Height / 2));
        }

        [Fact]
        public void Without_the_t_display_offsets_the_picture_misses_the_glass()
        {
            BoardProfile wrong = BoardProfiles.Find("t-display");
            var bus = new DecodingDisplayBus(BoardProfiles.Find("t-display"));
            wrong.ColumnOffset = 0;
            wrong.RowOffset = 0;
            var panel = new DisplayPanel(wrong, bus);
            panel.Initialize();

            panel.FillRectangle(0, 0, 2, 2, Red, new byte[64]);

            Assert.NotEqual(Red, bus.Snapshot().GetPixel(0, 0));
        }

        [Fact]
        public void A_wrong_colour_order_or_missing_inversion_shows_wrong_colours()
        {
            BoardProfile driverView = BoardProfiles.Find("t-display");
            driverView.InvertColors = false;
            driverView.ColorOrder = ColorOrder.Bgr;
            var bus = new DecodingDisplayBus(BoardProfiles.Find("t-display"));
            var panel = new DisplayPanel(driverView, bus);
            panel.Initialize();

            panel.FillRectangle(0, 0, 1, 1, Red, new byte[64]);

            // Red sent as BGR lands blue, and the missing INVON inverts it: ~0x001F.
            Assert.Equal(unchecked((ushort)~Blue), bus.Snapshot().GetPixel(0, 0));
        }

        [Fact]
        public void A_memory_write_continues_across_transfers_and_pixels_split_between_them()
        {
            BoardProfile profile = BoardProfiles.Find("esp32-st7789-240");
            var bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();

            panel.BeginWrite(10, 10, 2, 2);
            bus.WriteData(new byte[] { 0xF8, 0x00, 0x07 }, 0, 3);
            bus.WriteData(new byte[] { 0xE0, 0x00, 0x1F, 0xFF, 0xFF }, 0, 5);

            HostImage image = bus.Snapshot();
            Assert.Equal(new ushort[] { Red, Green, Blue, White },
                new[] { image.GetPixel(10, 10), image.GetPixel(11, 10), image.GetPixel(10, 11), image.GetPixel(11, 11) });
        }

        [Fact]
        public void Pixels_before_the_16_bit_format_was_chosen_are_refused()
        {
            var bus = new DecodingDisplayBus(BoardProfiles.Find("cyd"));
            bus.WriteCommand(0x01);

            Assert.Throws<InvalidOperationException>(() => bus.WriteCommand(0x2C));
        }

        [Fact]
        public void A_transfer_over_16_KB_is_refused_as_the_device_would()
        {
            var bus = new DecodingDisplayBus(BoardProfiles.Find("cyd"));

            Assert.Throws<ArgumentOutOfRangeException>(() => bus.WriteData(new byte[16385], 0, 16385));
        }

        [Fact]
        public void Bytes_are_counted_per_command_including_the_command_byte()
        {
            BoardProfile profile = BoardProfiles.Find("cyd");
            var bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();
            bus.ResetCounters();

            panel.FillRectangle(0, 0, 10, 10, Red, new byte[64]);

            Assert.Equal(5 + 5 + 1 + 200, bus.TotalBytes);
            Assert.Equal(201, bus.BytesPerCommand[0x2C]);
            Assert.Equal(5, bus.BytesPerCommand[0x2A]);
            Assert.Equal(100, bus.PixelsWritten);
        }

        [Fact]
        public void The_picture_is_dark_until_the_display_is_switched_on()
        {
            var bus = new DecodingDisplayBus(BoardProfiles.Find("cyd"));

            Assert.False(bus.DisplayOn);
            Assert.Equal(0, bus.Snapshot().GetPixel(0, 0));
        }
    }
}
