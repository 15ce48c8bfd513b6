using System;
using DeskStats.Display;
using DeskStats.Display.Boards;
using DeskStats.Display.Controllers;

namespace DeskStats.Tests.Core.Display.Controllers
{
    public class DisplayPanelTests
    {
        [Fact]
        public void Ili9341_power_up_on_the_cheap_yellow_display_sends_exactly_the_datasheet_sequence()
        {
            var bus = new RecordingDisplayBus();
            new DisplayPanel(CheapYellowDisplay.Create(), bus).Initialize();

            Assert.Equal(new[]
            {
                "RESET on", "WAIT 1", "RESET off", "WAIT 120",
                "C 01", "WAIT 150",
                "C CB", "D 39 2C 00 34 02",
                "C CF", "D 00 C1 30",
                "C ED", "D 64 03 12 81",
                "C E8", "D 85 00 78",
                "C EA", "D 00 00",
                "C F7", "D 20",
                "C C0", "D 23",
                "C C1", "D 10",
                "C C5", "D 3E 28",
                "C C7", "D 86",
                "C 3A", "D 55",
                "C B1", "D 00 18",
                "C B6", "D 08 82 27",
                "C F2", "D 00",
                "C 26", "D 01",
                "C E0", "D 0F 31 2B 0C 0E 08 4E F1 37 07 10 03 0E 09 00",
                "C E1", "D 00 0E 14 03 11 07 31 C1 48 08 0F 0C 31 36 0F",
                "C 11", "WAIT 120",
                // MADCTL: MV (landscape) + BGR.
                "C 36", "D 28",
                "C 20",
                "C 29", "WAIT 20",
            }, bus.Events);
        }

        [Fact]
        public void St7789_power_up_on_the_t_display_sends_inversion_on_and_its_orientation()
        {
            var bus = new RecordingDisplayBus();
            new DisplayPanel(LilygoTDisplay.Create(), bus).Initialize();

            Assert.Equal(new[]
            {
                "RESET on", "WAIT 1", "RESET off", "WAIT 120",
                "C 01", "WAIT 150",
                "C 11", "WAIT 120",
                "C 3A", "D 55", "WAIT 10",
                "C 13", "WAIT 10",
                // MADCTL: MX + MV (landscape), RGB.
                "C 36", "D 60",
                "C 21",
                "C 29", "WAIT 20",
            }, bus.Events);
        }

        [Fact]
        public void A_window_adds_the_board_offsets_and_ends_with_a_memory_write()
        {
            var bus = new RecordingDisplayBus();
            var panel = new DisplayPanel(LilygoTDisplay.Create(), bus);

            panel.BeginWrite(10, 20, 30, 5);

            // Columns 10+40 = 50 (32h) to 79 (4Fh); rows 20+53 = 73 (49h) to 77 (4Dh).
            Assert.Equal(new[] { "C 2A", "D 00 32 00 4F", "C 2B", "D 00 49 00 4D", "C 2C" }, bus.Events);
        }

        [Fact]
        public void A_second_window_with_the_same_columns_sends_only_the_rows()
        {
            var bus = new RecordingDisplayBus();
            var panel = new DisplayPanel(CheapYellowDisplay.Create(), bus);
            panel.BeginWrite(0, 0, 320, 10);
            bus.Events.Clear();

            panel.BeginWrite(0, 10, 320, 10);

            Assert.Equal(new[] { "C 2B", "D 00 0A 00 13", "C 2C" }, bus.Events);
        }

        [Fact]
        public void A_window_outside_the_visible_area_is_refused()
        {
            var panel = new DisplayPanel(CheapYellowDisplay.Create(), new RecordingDisplayBus());

            Assert.Throws<ArgumentOutOfRangeException>(() => panel.BeginWrite(300, 0, 21, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => panel.BeginWrite(0, 239, 1, 2));
        }

        [Fact]
        public void A_pixel_run_fills_the_window_with_the_colour_high_byte_first()
        {
            var bus = new RecordingDisplayBus();
            var panel = new DisplayPanel(CheapYellowDisplay.Create(), bus);

            panel.FillRectangle(5, 6, 3, 1, 0xF81F, new byte[64]);

            Assert.Equal(new[] { "C 2A", "D 00 05 00 07", "C 2B", "D 00 06 00 06", "C 2C", "D F8 1F F8 1F F8 1F" }, bus.Events);
        }

        [Fact]
        public void A_large_fill_goes_out_in_transfers_no_larger_than_the_scratch_buffer_or_16_KB()
        {
            var bus = new RecordingDisplayBus();
            var panel = new DisplayPanel(CheapYellowDisplay.Create(), bus);

            panel.FillRectangle(0, 0, 320, 240, 0x0000, new byte[20000]);

            var expected = new System.Collections.Generic.List<int> { 4, 4 };
            for (int chunk = 0; chunk < 9; chunk++) expected.Add(16384);
            expected.Add(320 * 240 * 2 - 9 * 16384);
            Assert.Equal(expected, bus.TransferSizes);
        }

        [Fact]
        public void Writing_pixels_splits_a_long_run_at_16_KB()
        {
            var bus = new RecordingDisplayBus();
            var panel = new DisplayPanel(CheapYellowDisplay.Create(), bus);

            panel.WritePixels(new byte[40000], 0, 40000);

            Assert.Equal(new[] { 16384, 16384, 7232 }, bus.TransferSizes);
        }

        [Fact]
        public void Brightness_is_clamped_to_0_to_100_percent()
        {
            var bus = new RecordingDisplayBus();
            var panel = new DisplayPanel(CheapYellowDisplay.Create(), bus);

            panel.SetBrightness(150);
            panel.SetBrightness(-3);

            Assert.Equal(new[] { "BL 100", "BL 0" }, bus.Events);
        }
    }
}
