using System.Linq;
using DeskStats.App;
using DeskStats.Display;
using DeskStats.Model;

namespace DeskStats.Tests.Core.App
{
    /// <summary>The main loop turning pages: a button press, a long press, the return to the dashboard and pageSeconds, with a fake clock.</summary>
    public class MainLoopPageTests
    {
        private static LoopRig OnlineWithData(int pageSeconds = 0)
        {
            var rig = new LoopRig(pages: new PageTurner(2, pageSeconds)).StartOnline();
            rig.Deliver(LoopRig.Message(1234));
            return rig;
        }

        [Fact]
        public void A_press_turns_to_the_map_in_the_next_pass_and_a_second_press_turns_back()
        {
            var rig = OnlineWithData();
            int renders = rig.Screen.Renders.Count;

            rig.PressButton();
            rig.Pass();
            Assert.Equal(new[] { ScreenPage.Map }, rig.Screen.PagesShown);
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));

            rig.Advance(500);
            rig.PressButton();
            rig.Pass();
            Assert.Equal(new[] { ScreenPage.Map, ScreenPage.Dashboard }, rig.Screen.PagesShown);
            Assert.Equal(renders + 2, rig.Screen.Renders.Count);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_long_press_and_a_bounce_turn_nothing()
        {
            var rig = OnlineWithData();
            int renders = rig.Screen.Renders.Count;

            rig.PressButton(PageTurner.LongPressMilliseconds);
            rig.Pass();
            rig.PressButton(PageTurner.DebounceMilliseconds - 1);
            rig.Advance(1000);

            Assert.Empty(rig.Screen.PagesShown);
            Assert.Equal(renders, rig.Screen.Renders.Count);
        }

        [Fact]
        public void After_a_turn_by_hand_the_dashboard_comes_back_after_a_minute_without_presses()
        {
            var rig = OnlineWithData();
            rig.PressButton();
            rig.Pass();

            rig.Advance(PageTurner.ReturnToDashboardMilliseconds - 200);
            Assert.Equal(ScreenPage.Map, rig.Screen.Page);
            rig.Advance(300);
            Assert.Equal(new[] { ScreenPage.Map, ScreenPage.Dashboard }, rig.Screen.PagesShown);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void With_page_seconds_the_pages_turn_by_themselves()
        {
            var rig = OnlineWithData(pageSeconds: 10);

            rig.Advance(10000);
            Assert.Equal(ScreenPage.Map, rig.Screen.Page);
            rig.Advance(10000);
            Assert.Equal(new[] { ScreenPage.Map, ScreenPage.Dashboard }, rig.Screen.PagesShown);
        }

        [Fact]
        public void A_message_that_arrives_on_the_map_page_is_drawn_on_the_map()
        {
            var rig = OnlineWithData();
            rig.PressButton();
            rig.Pass();
            int renders = rig.Screen.Renders.Count;

            rig.Deliver(LoopRig.Message(1235, city: "Lima"));
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            Assert.NotEqual(ChangedFields.None, rig.Screen.Renders.Last());
            Assert.Equal(ScreenPage.Map, rig.Screen.Page);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }
    }
}
