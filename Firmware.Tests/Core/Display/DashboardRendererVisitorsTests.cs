using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Maps;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Stage;

namespace DeskStats.Tests.Core.Display
{
    /// <summary>The visitors page through the renderer: its golden images with the status strip, turning to and from it, what a new visit costs.</summary>
    public class DashboardRendererVisitorsTests
    {
        private const ChangedFields NewVisit = ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits;

        internal static (DashboardRenderer Renderer, DecodingDisplayBus Bus) CreateWithPages(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            renderer.UseVisitors();
            renderer.UseMap(MapFiles.ForWidth(DashboardRenderer.MapWidthFor(renderer.Layout.Width, renderer.Layout.Height)));
            return (renderer, bus);
        }

        private static DecodingDisplayBus FreshVisitors(string board, DashboardModel model, ScreenStatus status)
        {
            var (fresh, freshBus) = CreateWithPages(board);
            fresh.Page = ScreenPage.Visitors;
            fresh.Render(model, ChangedFields.All, status);
            return freshBus;
        }

        private static int FrameBytes(DashboardRenderer renderer) => renderer.Layout.Width * renderer.Layout.Height * 2;

        [Fact]
        public void The_pages_turn_in_the_order_dashboard_visitors_map_whichever_are_enabled()
        {
            var (plain, _) = DisplayScenes.Create("cyd");
            var (visitorsOnly, _) = DisplayScenes.Create("cyd");
            visitorsOnly.UseVisitors();
            var (mapOnly, _) = DisplayScenes.Create("cyd");
            mapOnly.UseMap(MapFiles.ForWidth(320));
            var (all, _) = CreateWithPages("cyd");

            Assert.Equal(new[] { ScreenPage.Dashboard }, Pages(plain));
            Assert.Equal(new[] { ScreenPage.Dashboard, ScreenPage.Visitors }, Pages(visitorsOnly));
            Assert.Equal(new[] { ScreenPage.Dashboard, ScreenPage.Map }, Pages(mapOnly));
            Assert.Equal(new[] { ScreenPage.Dashboard, ScreenPage.Visitors, ScreenPage.Map }, Pages(all));
            Assert.Equal(ScreenPage.Dashboard, all.PageAt(3));
        }

        private static ScreenPage[] Pages(DashboardRenderer renderer)
        {
            var pages = new ScreenPage[renderer.PageCount];
            for (int index = 0; index < pages.Length; index++) pages[index] = renderer.PageAt(index);
            return pages;
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void The_visitors_page_with_the_status_strip_matches_its_golden_image(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            renderer.Page = ScreenPage.Visitors;

            renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.All, DisplayScenes.Online());

            Assert.Equal(3, renderer.PageCount);
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-page-visitors");
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void A_new_visit_on_the_visitors_page_shows_the_cue_bar_and_matches_its_golden_image(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            renderer.Page = ScreenPage.Visitors;
            renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.All, DisplayScenes.Online());

            renderer.Render(GoldenScenes.Visitors(1235, 1), NewVisit, DisplayScenes.Online());

            Assert.True(renderer.CueActive);
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-page-visitors-new-visit");
            renderer.Tick(DashboardRenderer.CueMilliseconds);
            Assert.Equal(FreshVisitors(board, GoldenScenes.Visitors(1235, 1), DisplayScenes.Online()).Snapshot().Pixels, bus.Snapshot().Pixels);
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Without_visits_the_page_says_so_and_matches_its_golden_image(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            renderer.Page = ScreenPage.Visitors;
            DashboardModel model = GoldenScenes.Visitors(1234, 0);
            model.RecentVisitCount = 0;

            renderer.Render(model, ChangedFields.All, DisplayScenes.Online());

            Assert.Equal("No visits yet", renderer.VisitorsPage.Layout.Cells.ShownText(renderer.VisitorsPage.Layout.Place(0)));
            Assert.Equal(string.Empty, renderer.VisitorsPage.Layout.Cells.ShownText(renderer.VisitorsPage.Layout.Activity(0)));
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-page-visitors-empty");
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Offline_the_visitors_page_keeps_its_rows_and_matches_its_golden_image(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            renderer.Page = ScreenPage.Visitors;
            ScreenStatus status = DisplayScenes.OfflineSince(ScreenKind.Unreachable, 9, 4);
            status.RejectedMessages = 2;
            renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.All, DisplayScenes.Online());

            renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.None, status);

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-page-visitors-offline");
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Turning_through_all_three_pages_writes_at_most_a_frame_each_turn_and_leaves_the_pictures_of_fresh_pages(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            DashboardModel model = GoldenScenes.Visitors(1234, 0);
            ScreenStatus status = DisplayScenes.Online();
            renderer.Render(model, ChangedFields.All, status);
            int frameBytes = FrameBytes(renderer);

            foreach (ScreenPage page in new[] { ScreenPage.Visitors, ScreenPage.Map, ScreenPage.Dashboard, ScreenPage.Visitors, ScreenPage.Dashboard })
            {
                long before = bus.PixelsWritten * 2;
                renderer.Page = page;
                renderer.Render(model, ChangedFields.None, status);
                long written = bus.PixelsWritten * 2 - before;
                Assert.True(written <= frameBytes, $"turning to {page} wrote {written} bytes, a frame is {frameBytes}");

                var (fresh, freshBus) = CreateWithPages(board);
                fresh.Page = page;
                fresh.Render(model, ChangedFields.All, status);
                Assert.Equal(freshBus.Snapshot().Pixels, bus.Snapshot().Pixels);
            }
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Turning_pages_while_offline_with_rejected_messages_leaves_the_pictures_of_fresh_pages(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            DashboardModel model = GoldenScenes.Visitors(1234, 0);
            ScreenStatus status = DisplayScenes.OfflineSince(ScreenKind.Unreachable, 9, 4);
            status.RejectedMessages = 2;
            renderer.Render(model, ChangedFields.All, status);

            renderer.Page = ScreenPage.Visitors;
            renderer.Render(model, ChangedFields.None, status);
            Assert.Equal(FreshVisitors(board, model, status).Snapshot().Pixels, bus.Snapshot().Pixels);

            renderer.Page = ScreenPage.Dashboard;
            renderer.Render(model, ChangedFields.None, status);
            Assert.Equal(DashboardRendererGoldenTests.FreshPicture(board, model, status).Pixels, bus.Snapshot().Pixels);
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void Coming_to_the_visitors_page_from_a_link_state_leaves_nothing_of_it_behind(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            renderer.Page = ScreenPage.Visitors;
            renderer.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Status(ScreenKind.ConnectingRelay));

            renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.All, DisplayScenes.Online());

            Assert.Equal(FreshVisitors(board, GoldenScenes.Visitors(1234, 0), DisplayScenes.Online()).Snapshot().Pixels, bus.Snapshot().Pixels);
        }

        [Theory]
        [MemberData(nameof(DashboardRendererGoldenTests.Layouts), MemberType = typeof(DashboardRendererGoldenTests))]
        public void A_changed_detail_redraws_the_visitors_page_only_and_sends_nothing_on_the_dashboard_or_the_map(string board)
        {
            var (renderer, bus) = CreateWithPages(board);
            DashboardModel model = GoldenScenes.Visitors(1234, 0);
            ScreenStatus status = DisplayScenes.Online();
            foreach (ScreenPage page in new[] { ScreenPage.Dashboard, ScreenPage.Map, ScreenPage.Visitors })
            {
                renderer.Page = page;
                renderer.Render(model, ChangedFields.None, status);
                model.GetRecentVisit(0).Actions++;
                model.GetRecentVisit(2).Source = page + " search";
                long before = bus.TotalBytes;

                renderer.Render(model, ChangedFields.VisitDetails, status);

                long sent = bus.TotalBytes - before;
                if (page == ScreenPage.Visitors) Assert.InRange(sent, 1, FrameBytes(renderer) / 10);
                else Assert.Equal(0, sent);
            }

            Assert.Equal(FreshVisitors(board, model, status).Snapshot().Pixels, bus.Snapshot().Pixels);
        }
    }
}
