using DeskStats.Model;

namespace DeskStats.Tests.Core.Display.Maps
{
    /// <summary>
    /// The map page's own parts (map, dots, count, place) on every layout in each of its states, compared with the
    /// committed golden PNG files (the status strip is the page owner's and is not drawn here).
    /// </summary>
    public class MapPageGoldenTests
    {
        public static readonly TheoryData<string> Boards = MapFieldTests.Boards;

        private static void AssertGolden(string board, string state, DashboardModel model, DashboardModel next = null)
        {
            MapScenes scene = MapScenes.Create(board);
            scene.DrawAll(model);
            if (next != null)
            {
                scene.Page.Draw(scene.Target, next, ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits);
            }

            GoldenImages.AssertMatches(scene.Bus.Snapshot(), board + "-map-" + state);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void Five_visits(string board) => AssertGolden(board, "data", MapScenes.Model());

        [Theory]
        [MemberData(nameof(Boards))]
        public void After_a_new_visit(string board) => AssertGolden(board, "new-visit", MapScenes.Model(), MapScenes.ModelAfterNewVisit());

        [Theory]
        [MemberData(nameof(Boards))]
        public void No_visits_yet(string board)
        {
            DashboardModel model = MapScenes.Model();
            model.RecentVisitCount = 0;
            AssertGolden(board, "no-visits", model);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void A_city_the_font_cannot_draw_and_a_long_one(string board)
        {
            DashboardModel model = MapScenes.Model();
            model.GetRecentVisit(0).City = "東京";
            model.GetRecentVisit(0).Country = "Japan";
            AssertGolden(board, "undrawable-city", model);
            model.GetRecentVisit(0).City = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
            AssertGolden(board, "long-city", model);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void The_newest_without_coordinates(string board)
        {
            DashboardModel model = MapScenes.Model();
            model.GetRecentVisit(0).HasLocation = false;
            AssertGolden(board, "newest-off-map", model);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void Places_at_the_edges_of_the_map(string board)
        {
            // Svalbard (beyond the crop: on the top edge), Tierra del Fuego, Fiji across the antimeridian, Alaska, Hawaii.
            DashboardModel model = MapScenes.Model();
            MapScenes.SetVisit(model.GetRecentVisit(0), new object[] { "Longyearbyen", "sj", "Svalbard", 7822, 1565 }, 9, 3);
            MapScenes.SetVisit(model.GetRecentVisit(1), new object[] { "Ushuaia", "ar", "Argentina", -5480, -6830 }, 9, 2);
            MapScenes.SetVisit(model.GetRecentVisit(2), new object[] { "Suva", "fj", "Fiji", -1814, 17844 }, 9, 1);
            MapScenes.SetVisit(model.GetRecentVisit(3), new object[] { "Anchorage", "us", "United States", 6122, -14990 }, 9, 0);
            MapScenes.SetVisit(model.GetRecentVisit(4), new object[] { "Honolulu", "us", "United States", 2131, -15786 }, 8, 59);
            AssertGolden(board, "edges", model);
        }
    }
}
