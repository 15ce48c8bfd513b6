using DeskStats.Display.Layouts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Model;

namespace DeskStats.Tests.Core.Display.Maps
{
    public class MapPageTests
    {
        public static readonly TheoryData<string> Boards = MapFieldTests.Boards;

        [Theory]
        [MemberData(nameof(Boards))]
        public void The_count_the_label_and_the_newest_place_show(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            scene.DrawAll(MapScenes.Model());
            MapLayout layout = scene.Page.Layout;
            Assert.Equal("1,234", layout.Count.ShownText);
            Assert.Equal("São Paulo", layout.Place.ShownText);
            string meta = !layout.MetaWithTime ? string.Empty : layout.MetaWithCountryCode ? "BR 09:03" : "09:03";
            Assert.Equal(meta, layout.PlaceMeta.ShownText);
            if (layout.CountLabel != null) Assert.Equal(layout.CountLabelText, layout.CountLabel.ShownText);
        }

        [Theory]
        [InlineData("Москва", "Russia", "Russia")]
        [InlineData("Hà Nội", "Vietnam", "Hà Noi")]
        [InlineData("", "Japan", "Japan")]
        [InlineData("", "", "JP")]
        public void The_place_is_transliterated_or_replaced_by_the_country(string city, string country, string shown)
        {
            MapScenes scene = MapScenes.Create("cyd");
            DashboardModel model = MapScenes.Model();
            VisitEntry newest = model.GetRecentVisit(0);
            newest.City = city;
            newest.Country = country;
            newest.CountryCode = "JP";
            scene.DrawAll(model);
            Assert.Equal(shown, scene.Page.Layout.Place.ShownText);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void A_long_place_is_shortened_with_an_ellipsis_to_fit_its_box(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            DashboardModel model = MapScenes.Model();
            model.GetRecentVisit(0).City = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
            scene.DrawAll(model);
            TextField place = scene.Page.Layout.Place;
            Assert.EndsWith("…", place.ShownText);
            Assert.True(place.Font.MeasureWidth(place.ShownText) <= place.Width);
        }

        [Theory]
        [InlineData("cyd", "BR \u00B7 off map")]
        [InlineData("esp32-st7789-240", "off map")]
        [InlineData("t-display", "off map")]
        public void A_newest_visit_without_coordinates_says_so(string board, string expected)
        {
            MapScenes scene = MapScenes.Create(board);
            DashboardModel model = MapScenes.Model();
            model.GetRecentVisit(0).HasLocation = false;
            scene.DrawAll(model);
            Assert.Equal(expected, scene.Page.Layout.PlaceMeta.ShownText);
            Assert.Equal(-1, scene.Page.Map.ShownX(0));
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void Nothing_changed_sends_nothing(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            scene.DrawAll(MapScenes.Model());
            long before = scene.Bus.TotalBytes;
            scene.Page.Draw(scene.Target, MapScenes.Model(), ChangedFields.None);
            Assert.Equal(before, scene.Bus.TotalBytes);
        }

        [Theory]
        [InlineData("cyd", 320 * 240 * 2)]
        [InlineData("esp32-st7789-240", 240 * 240 * 2)]
        [InlineData("t-display", 240 * 135 * 2)]
        public void A_new_visit_costs_at_most_a_tenth_of_a_frame(string board, int frameBytes)
        {
            // Deterministic byte count (no timing): the count's changed digits, the place's text extent, the map cells.
            MapScenes scene = MapScenes.Create(board);
            scene.DrawAll(MapScenes.Model());
            long before = scene.Bus.TotalBytes;
            scene.Page.Draw(scene.Target, MapScenes.ModelAfterNewVisit(), ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits);
            long bytes = scene.Bus.TotalBytes - before;
            Assert.True(bytes <= frameBytes / 10, board + ": " + bytes + " bytes of " + frameBytes);
        }

        [Theory]
        [InlineData("cyd", 320 * 240 * 2)]
        [InlineData("esp32-st7789-240", 240 * 240 * 2)]
        [InlineData("t-display", 240 * 135 * 2)]
        public void Even_places_as_wide_as_their_box_keep_a_new_visit_within_a_tenth_of_a_frame(string board, int frameBytes)
        {
            MapScenes scene = MapScenes.Create(board);
            DashboardModel first = MapScenes.Model();
            first.GetRecentVisit(0).City = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
            scene.DrawAll(first);
            DashboardModel next = MapScenes.ModelAfterNewVisit();
            next.GetRecentVisit(0).City = "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww";
            long before = scene.Bus.TotalBytes;
            scene.Page.Draw(scene.Target, next, ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits);
            long bytes = scene.Bus.TotalBytes - before;
            Assert.True(bytes <= frameBytes / 10, board + ": " + bytes + " bytes of " + frameBytes);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void The_page_leaves_the_dashboards_status_fields_free_and_stays_on_screen(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            MapLayout layout = scene.Page.Layout;
            DashboardLayout dashboard = scene.Dashboard;
            var parts = new System.Collections.Generic.List<(string, int, int, int, int)>
            {
                ("map", scene.Page.Map.Left, scene.Page.Map.Top, scene.Page.Map.Width, scene.Page.Map.Height),
                Box("count", layout.Count),
                Box("place", layout.Place),
            };
            if (layout.CountLabel != null) parts.Add(Box("label", layout.CountLabel));
            if (layout.PlaceMeta != null) parts.Add(Box("meta", layout.PlaceMeta));
            var status = new System.Collections.Generic.List<(string, int, int, int, int)>();
            foreach (TextField field in new[] { dashboard.Updated, dashboard.State, dashboard.Rejected, dashboard.Clock })
            {
                if (field != null) status.Add(Box("status", field));
            }

            if (dashboard.Strip != null) status.Add(("strip", dashboard.Strip[0], dashboard.Strip[1], dashboard.Strip[2], dashboard.Strip[3]));
            for (int index = 0; index < parts.Count; index++)
            {
                var (name, x, y, width, height) = parts[index];
                Assert.True(x >= 0 && y >= 0 && x + width <= layout.Width && y + height <= layout.Height, name + " off screen");
                foreach (var other in status) Assert.False(Overlap(parts[index], other), name + " overlaps the " + other.Item1);
                for (int later = index + 1; later < parts.Count; later++) Assert.False(Overlap(parts[index], parts[later]), name + " overlaps " + parts[later].Item1);
            }
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void Coming_to_the_page_over_another_writes_each_pixel_at_most_once_and_looks_like_a_cleared_screen(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            MapLayout layout = scene.Page.Layout;
            int bottom = scene.Dashboard.Strip != null ? scene.Dashboard.Strip[1] : layout.Height;
            scene.Target.FillRectangle(0, 0, layout.Width, layout.Height, Rgb565.Warning);   // another page was here
            long before = scene.Bus.PixelsWritten;
            scene.Page.ClearAround(scene.Target, bottom);
            scene.DrawAll(MapScenes.Model());
            long pixels = scene.Bus.PixelsWritten - before;
            Assert.Equal(layout.Width * bottom, pixels);

            MapScenes fresh = MapScenes.Create(board);
            fresh.DrawAll(MapScenes.Model());
            var expected = fresh.Bus.Snapshot();
            var actual = scene.Bus.Snapshot();
            for (int y = 0; y < bottom; y++)
            {
                for (int x = 0; x < layout.Width; x++)
                {
                    Assert.True(expected.GetPixel(x, y) == actual.GetPixel(x, y), "pixel " + x + ", " + y);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void Updates_allocate_nothing(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            DashboardModel first = MapScenes.Model();
            DashboardModel next = MapScenes.ModelAfterNewVisit();
            const ChangedFields changes = ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits;
            scene.DrawAll(first);
            scene.Page.Draw(scene.Target, next, changes);
            scene.Page.Draw(scene.Target, first, changes);
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            scene.Page.Draw(scene.Target, next, changes);
            scene.Page.Draw(scene.Target, first, changes);
            Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
        }

        private static (string, int, int, int, int) Box(string name, TextField field) => (name, field.X, field.Y, field.Width, field.Height);

        private static bool Overlap((string, int X, int Y, int W, int H) a, (string, int X, int Y, int W, int H) b)
            => a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
    }
}
