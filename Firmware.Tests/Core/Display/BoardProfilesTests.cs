using System.Collections.Generic;
using DeskStats.Display;

namespace DeskStats.Tests.Core.Display
{
    public class BoardProfilesTests
    {
        [Fact]
        public void The_boards_of_the_architecture_document_are_there_default_first()
        {
            Assert.Equal(new[] { "cyd", "cyd-st7789", "esp32-st7789-240", "t-display" }, BoardProfiles.Ids);
            Assert.Equal("cyd", BoardProfiles.DefaultId);
            Assert.Equal(BoardProfiles.DefaultId, BoardProfiles.All[0].Id);
        }

        [Fact]
        public void An_unknown_or_missing_id_finds_nothing()
        {
            Assert.Null(BoardProfiles.Find("cyd2"));
            Assert.Null(BoardProfiles.Find("CYD"));
            Assert.Null(BoardProfiles.Find(null));
        }

        [Fact]
        public void The_cheap_yellow_display_has_its_schematic_pins()
        {
            BoardProfile cyd = BoardProfiles.Find("cyd");

            Assert.Equal(DisplayController.Ili9341, cyd.Controller);
            Assert.Equal((320, 240), (cyd.Width, cyd.Height));
            Assert.Equal((13, 12, 14, 15, 2, -1, 21), (cyd.PinMosi, cyd.PinMiso, cyd.PinClock, cyd.PinChipSelect, cyd.PinDataCommand, cyd.PinReset, cyd.PinBacklight));
        }

        [Theory]
        [InlineData("cyd")]
        [InlineData("cyd-st7789")]
        public void Both_cheap_yellow_displays_have_the_touch_panel_on_its_own_bus(string id)
        {
            BoardProfile board = BoardProfiles.Find(id);
            TouchPanelProfile touch = board.Touch;

            Assert.NotNull(touch);
            Assert.Equal((25, 32, 39, 33, 36), (touch.PinClock, touch.PinMosi, touch.PinMiso, touch.PinChipSelect, touch.PinInterrupt));
            Assert.NotEqual(board.SpiBusId, touch.SpiBusId);
            Assert.InRange(touch.SpiClockHz, 100000, 2000000);
        }

        [Theory]
        [InlineData("esp32-st7789-240")]
        [InlineData("t-display")]
        public void The_other_boards_have_no_touch_panel(string id)
        {
            Assert.Null(BoardProfiles.Find(id).Touch);
        }

        [Fact]
        public void The_t_display_is_landscape_with_its_offsets_and_pins()
        {
            BoardProfile board = BoardProfiles.Find("t-display");

            Assert.Equal((240, 135, 90), (board.Width, board.Height, board.RotationDegrees));
            Assert.Equal((40, 53), (board.ColumnOffset, board.RowOffset));
            Assert.Equal((19, 18, 5, 16, 23, 4), (board.PinMosi, board.PinClock, board.PinChipSelect, board.PinDataCommand, board.PinReset, board.PinBacklight));
            Assert.True(board.InvertColors);
        }

        [Fact]
        public void Every_board_is_complete_and_fits_the_controller_memory()
        {
            var ids = new HashSet<string>();
            foreach (BoardProfile board in BoardProfiles.All)
            {
                Assert.True(ids.Add(board.Id));
                Assert.False(string.IsNullOrEmpty(board.DisplayName));
                Assert.False(string.IsNullOrEmpty(board.FirmwareTarget));
                Assert.InRange(board.SpiClockHz, 1000000, 80000000);
                Assert.InRange(board.SpiMode, 0, 3);
                Assert.True(board.PinMosi >= 0 && board.PinClock >= 0 && board.PinDataCommand >= 0);
                bool landscape = board.RotationDegrees % 180 != 0;
                int memoryWidth = landscape ? 320 : 240, memoryHeight = landscape ? 240 : 320;
                Assert.True(board.ColumnOffset + board.Width <= memoryWidth, board.Id);
                Assert.True(board.RowOffset + board.Height <= memoryHeight, board.Id);
                if (board.PinChipSelect < 0)
                {
                    Assert.Equal(3, board.SpiMode);
                }
            }
        }
    }
}
