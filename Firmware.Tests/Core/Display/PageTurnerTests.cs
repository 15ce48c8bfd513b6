using DeskStats.Display;

namespace DeskStats.Tests.Core.Display
{
    public class PageTurnerTests
    {
        private static void Press(PageTurner turner, long at, int heldMilliseconds = 120)
        {
            turner.OnButton(true, at);
            turner.OnButton(false, at + heldMilliseconds);
        }

        [Fact]
        public void A_short_press_turns_to_the_next_page_and_wraps()
        {
            var turner = new PageTurner(2, 0);

            Press(turner, 1000);
            Assert.True(turner.Step(1200));
            Assert.Equal(1, turner.Page);
            Press(turner, 2000);
            Assert.True(turner.Step(2200));
            Assert.Equal(0, turner.Page);
            Assert.False(turner.Step(2300));
        }

        [Fact]
        public void Bounce_and_long_presses_are_ignored()
        {
            var turner = new PageTurner(2, 0);

            Press(turner, 1000, PageTurner.DebounceMilliseconds - 1);
            Press(turner, 2000, PageTurner.LongPressMilliseconds);
            turner.OnButton(false, 5000);

            Assert.False(turner.Step(6000));
            Assert.Equal(0, turner.Page);
        }

        [Fact]
        public void After_a_turn_by_hand_a_minute_without_presses_brings_the_dashboard_back()
        {
            var turner = new PageTurner(2, 0);
            Press(turner, 1000);
            turner.Step(1200);

            Assert.False(turner.Step(1120 + PageTurner.ReturnToDashboardMilliseconds - 1));
            Assert.Equal(1, turner.Page);
            Assert.True(turner.Step(1120 + PageTurner.ReturnToDashboardMilliseconds));
            Assert.Equal(0, turner.Page);
        }

        [Fact]
        public void With_page_seconds_the_pages_turn_by_themselves_and_a_press_holds_them_for_a_minute()
        {
            var turner = new PageTurner(2, 10);

            Assert.False(turner.Step(9999));
            Assert.True(turner.Step(10000));
            Assert.Equal(1, turner.Page);
            Assert.True(turner.Step(20000));
            Assert.Equal(0, turner.Page);

            Press(turner, 21000);
            Assert.True(turner.Step(21200));
            Assert.Equal(1, turner.Page);
            Assert.False(turner.Step(50000));
            Assert.Equal(1, turner.Page);
            Assert.True(turner.Step(21120 + PageTurner.ReturnToDashboardMilliseconds));
            Assert.Equal(0, turner.Page);
            Assert.True(turner.Step(21120 + PageTurner.ReturnToDashboardMilliseconds + 10000));
            Assert.Equal(1, turner.Page);
        }

        [Fact]
        public void With_one_page_nothing_turns()
        {
            var turner = new PageTurner(1, 5);

            Press(turner, 1000);

            Assert.False(turner.Step(60000));
            Assert.Equal(0, turner.Page);
        }
    
        [Theory]
        [InlineData(PageTurner.DebounceMilliseconds - 1, false)]
        [InlineData(PageTurner.DebounceMilliseconds, true)]
        [InlineData(PageTurner.LongPressMilliseconds - 1, true)]
        [InlineData(PageTurner.LongPressMilliseconds, false)]
        public void A_short_press_lasts_from_the_debounce_time_to_just_under_a_long_press(int heldMilliseconds, bool turns)
        {
            Assert.Equal(turns, PageTurner.IsShortPress(heldMilliseconds));
        }

        [Fact]
        public void A_tap_turns_like_a_short_press_and_leaves_a_held_button_alone()
        {
            var turner = new PageTurner(2, 0);
            turner.OnButton(true, 1000);

            turner.OnTap(1050);
            Assert.True(turner.Step(1100));
            Assert.Equal(1, turner.Page);

            turner.OnButton(false, 1120);
            Assert.True(turner.Step(1200));
            Assert.Equal(0, turner.Page);
        }
    }
}
