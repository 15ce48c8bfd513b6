using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Model;

namespace DeskStats.Tests.Core.Display.Maps
{
    public class MapFieldTests
    {
        public static readonly TheoryData<string> Boards = new TheoryData<string> { "cyd", "esp32-st7789-240", "t-display" };

        [Theory]
        [MemberData(nameof(Boards))]
        public void The_whole_map_shows_land_sea_the_older_dots_and_the_newest_marked(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            DashboardModel model = MapScenes.Model();
            scene.DrawAll(model);
            HostImage image = scene.Bus.Snapshot();
            MapField map = scene.Page.Map;
            LandMask mask = map.Mask;

            Assert.Equal(Rgb565.Land, image.GetPixel(map.Left + mask.ToX(1000), map.Top + mask.ToY(2300)));       // Sahara
            Assert.Equal(Rgb565.Background, image.GetPixel(map.Left + mask.ToX(-14000), map.Top + mask.ToY(0))); // Pacific
            // Newest (São Paulo): accent dot in the middle, accent ring around, map in the gap between them.
            int x = map.ShownX(0), y = map.ShownY(0);
            Assert.Equal(map.Left + mask.ToX(-4663), x);
            Assert.Equal(Rgb565.Accent, image.GetPixel(x, y));
            Assert.Equal(Rgb565.Accent, image.GetPixel(x + map.MarkerRadius, y));
            Assert.NotEqual(Rgb565.Accent, image.GetPixel(x + map.MarkerRadius - 2, y));
            for (int index = 1; index < MapField.MaxDots; index++)
            {
                Assert.Equal(Rgb565.Count, image.GetPixel(map.ShownX(index), map.ShownY(index)));
                Assert.Equal(Rgb565.Count, image.GetPixel(map.ShownX(index) + map.DotRadius, map.ShownY(index)));
            }
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void A_new_visit_redraws_only_its_cells_and_leaves_the_screen_as_a_full_redraw_would(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            scene.DrawAll(MapScenes.Model());
            long before = scene.Bus.TotalBytes;
            DashboardModel next = MapScenes.ModelAfterNewVisit();
            int cells = scene.Page.Map.Update(scene.Target, next);
            long mapBytes = scene.Bus.TotalBytes - before;

            // Three places changed (the old newest lost its ring, Kraków arrived, New York left): a few cells each.
            DirtyCells grid = scene.Page.Map.Cells;
            Assert.InRange(cells, 3, 3 * 9);
            Assert.True(mapBytes < grid.Columns * grid.Rows * grid.CellSize * grid.CellSize * 2 / 10, mapBytes + " bytes");

            MapScenes fresh = MapScenes.Create(board);
            fresh.DrawAll(next);
            AssertSameMap(fresh, scene);
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void The_same_visits_again_send_nothing(string board)
        {
            MapScenes scene = MapScenes.Create(board);
            scene.DrawAll(MapScenes.Model());
            long before = scene.Bus.TotalBytes;
            Assert.Equal(0, scene.Page.Map.Update(scene.Target, MapScenes.Model()));
            Assert.Equal(before, scene.Bus.TotalBytes);
        }

        [Fact]
        public void Visits_without_a_location_get_no_dot_and_dropping_all_of_them_restores_the_map()
        {
            MapScenes scene = MapScenes.Create("cyd");
            DashboardModel model = MapScenes.Model();
            model.GetRecentVisit(2).HasLocation = false;
            scene.DrawAll(model);
            Assert.Equal(-1, scene.Page.Map.ShownX(2));

            var empty = new DashboardModel { HasData = true };
            scene.Page.Map.Update(scene.Target, empty);
            MapScenes fresh = MapScenes.Create("cyd");
            fresh.DrawAll(empty);
            AssertSameMap(fresh, scene);
        }

        private static void AssertSameMap(MapScenes expected, MapScenes actual)
        {
            HostImage expectedImage = expected.Bus.Snapshot();
            HostImage actualImage = actual.Bus.Snapshot();
            MapField map = actual.Page.Map;
            for (int y = map.Top; y < map.Top + map.Height; y++)
            {
                for (int x = map.Left; x < map.Left + map.Width; x++)
                {
                    Assert.True(expectedImage.GetPixel(x, y) == actualImage.GetPixel(x, y), "pixel " + x + ", " + y);
                }
            }
        }
    }
}
