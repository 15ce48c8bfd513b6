using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Maps;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Tests.Core.Display.Maps;

namespace DeskStats.Tests.Core.Display
{
    /// <summary>The renderer's pages: the map page with the dashboard's status strip, and turning between pages.</summary>
    public class DashboardRendererPageTests
    {
        private static (DashboardRenderer Renderer, DecodingDisplayBus Bus) CreateWithMap(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            renderer.UseMap(MapFiles.ForWidth(DashboardRenderer.MapWidthFor(renderer.Layout.Width, renderer.Layout.Height)));
            return (renderer, bus);
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void The_map_page_with_the_status_strip_matches_its_golden_image(string board)
        {
            var (renderer, bus) = CreateWithMap(board);
            renderer.Page = ScreenPage.Map;

            renderer.Render(MapScenes.Model(), ChangedFields.All, DisplayScenes.Online());

            Assert.Equal(2, renderer.PageCount);
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-page-map");
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Turning_to_the_map_and_back_writes_at_most_a_frame_each_way_and_leaves_the_pictures_of_fresh_pages(string board)
        {
            var (renderer, bus) = CreateWithMap(board);
            DashboardModel model = MapScenes.Model();
            renderer.Render(model, ChangedFields.All, DisplayScenes.Online());
            int frameBytes = renderer.Layout.Width * renderer.Layout.Height * 2;

            long before = bus.PixelsWritten * 2;
            renderer.Page = ScreenPage.Map;
            renderer.Render(model, ChangedFields.None, DisplayScenes.Online());
            long toMap = bus.PixelsWritten * 2 - before;
            Assert.True(toMap <= frameBytes, $"turning to the map wrote {toMap} bytes, a frame is {frameBytes}");

            var (fresh, freshBus) = CreateWithMap(board);
            fresh.Page = ScreenPage.Map;
            fresh.Render(model, ChangedFields.All, DisplayScenes.Online());
            Assert.Equal(freshBus.Snapshot().Pixels, bus.Snapshot().Pixels);

            before = bus.PixelsWritten * 2;
            renderer.Page = ScreenPage.Dashboard;
            renderer.Render(model, ChangedFields.None, DisplayScenes.Online());
            long back = bus.PixelsWritten * 2 - before;
            Assert.True(back <= frameBytes, $"turning back to the dashboard wrote {back} bytes, a frame is {frameBytes}");
            Assert.Equal(DashboardRendererGoldenTests.FreshPicture(board, model, DisplayScenes.Online()).Pixels, bus.Snapshot().Pixels);
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Coming_to_the_map_from_a_link_state_leaves_nothing_of_it_behind(string board)
        {
            var (renderer, bus) = CreateWithMap(board);
            renderer.Page = ScreenPage.Map;
            renderer.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Status(ScreenKind.ConnectingRelay));

            renderer.Render(MapScenes.Model(), ChangedFields.All, DisplayScenes.Online());

            var (fresh, freshBus) = CreateWithMap(board);
            fresh.Page = ScreenPage.Map;
            fresh.Render(MapScenes.Model(), ChangedFields.All, DisplayScenes.Online());
            Assert.Equal(freshBus.Snapshot().Pixels, bus.Snapshot().Pixels);
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Turning_pages_while_offline_with_rejected_messages_leaves_the_pictures_of_fresh_pages(string board)
        {
            var (renderer, bus) = CreateWithMap(board);
            DashboardModel model = MapScenes.Model();
            ScreenStatus status = DisplayScenes.OfflineSince(ScreenKind.Unreachable, 9, 4);
            status.RejectedMessages = 2;
            renderer.Render(model, ChangedFields.All, status);

            renderer.Page = ScreenPage.Map;
            renderer.Render(model, ChangedFields.None, status);
            var (freshMap, freshMapBus) = CreateWithMap(board);
            freshMap.Page = ScreenPage.Map;
            freshMap.Render(model, ChangedFields.All, status);
            Assert.Equal(freshMapBus.Snapshot().Pixels, bus.Snapshot().Pixels);

            renderer.Page = ScreenPage.Dashboard;
            renderer.Render(model, ChangedFields.None, status);
            Assert.Equal(DashboardRendererGoldenTests.FreshPicture(board, model, status).Pixels, bus.Snapshot().Pixels);
        }

        [Fact]
        public void Without_a_land_mask_the_map_page_is_not_offered_and_the_dashboard_stays()
        {
            var (renderer, bus) = DisplayScenes.Create("cyd");
            renderer.Page = ScreenPage.Map;

            renderer.Render(DisplayScenes.Model(), ChangedFields.All, DisplayScenes.Online());

            Assert.Equal(1, renderer.PageCount);
            Assert.Equal(DashboardRendererGoldenTests.FreshPicture("cyd", DisplayScenes.Model(), DisplayScenes.Online()).Pixels, bus.Snapshot().Pixels);
        }

        [Fact]
        public void A_link_state_takes_the_whole_screen_on_the_map_page_too()
        {
            var (renderer, bus) = CreateWithMap("cyd");
            renderer.Page = ScreenPage.Map;

            renderer.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Status(ScreenKind.Unreachable));

            var (plain, plainBus) = DisplayScenes.Create("cyd");
            plain.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Status(ScreenKind.Unreachable));
            Assert.Equal(plainBus.Snapshot().Pixels, bus.Snapshot().Pixels);
        }
    }
}
