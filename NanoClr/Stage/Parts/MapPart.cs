using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Layouts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Model;

namespace DeskStats.Stage
{
    /// <summary>
    /// The map page over the scenes of its golden tests on every board (five visits; then a new visit drawn as an
    /// update), the land masks read through the ResourceManager on nanoCLR: hash and count of the controller bytes, and
    /// on the host the picture against the golden PNG.
    /// </summary>
    public static class MapPart
    {
        private static readonly string[] Cities = { "São Paulo", "Tokyo", "London", "Sydney", "New York", "Kraków" };
        private static readonly string[] Codes = { "br", "jp", "gb", "au", "us", "pl" };
        private static readonly string[] Countries = { "Brazil", "Japan", "United Kingdom", "Australia", "United States", "Poland" };
        private static readonly int[] Latitudes = { -2355, 3569, 5151, -3387, 4071, 5006 };
        private static readonly int[] Longitudes = { -4663, 13969, -13, 15121, -7401, 1994 };

        /// <summary>Draws the map page's scenes on every board.</summary>
        public static void Run(IStageScreens screens, IStageLog log, StageHeapMeter heap)
        {
            BoardProfile[] boards = BoardProfiles.All;
            for (int index = 0; index < boards.Length; index++)
            {
                BoardProfile board = boards[index];
                IDisplayBus inner = screens.CreateInnerBus(board);
                var bus = new HashingDisplayBus(inner);
                var panel = new DisplayPanel(board, bus);
                panel.Initialize();
                var target = new RenderTarget(panel, screens.Fonts.MaxBitmapLength, RenderTarget.DefaultBandBytes);
                target.FillRectangle(0, 0, board.Width, board.Height, Rgb565.Background);
                MapLayout layout = MapLayout.For(board.Width, board.Height, screens.Fonts);
                var page = new MapPage(layout, screens.Map(layout.MapWidth));
                page.Invalidate();

                page.Draw(target, Model(1234, 0), ChangedFields.All);
                Check(board.Id + "-map-data", bus, inner, screens, log);
                long before = bus.DataBytes;
                page.Draw(target, Model(1235, 1), ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits);
                log.Line(board.Id + " map new-visit bytes=" + (bus.DataBytes - before) + " cells=" + page.LastMapCells);
                Check(board.Id + "-map-new-visit", bus, inner, screens, log);
                heap.Sample();

                // Released before the next board's, as nanoCLR keeps locals alive to the end of the method.
                page = null;
                target = null;
            }

            heap.Report("map", log);
        }

        private static void Check(string scene, HashingDisplayBus bus, IDisplayBus inner, IStageScreens screens, IStageLog log)
        {
            log.Line("scene " + scene + " bytes=" + bus.Hash.Count + " hash=" + bus.Hash.Hex());
            screens.Checkpoint(scene, inner);
        }

        // The five visits of the map's golden scenes, newest first; shift 1 puts Kraków in front of the first four.
        internal static DashboardModel Model(int today, int shift)
        {
            var model = new DashboardModel();
            model.HasData = true;
            GoldenScenes.SetDay(model.Today, today, "12:34:56", 12 * 3600 + 34 * 60 + 56);
            GoldenScenes.SetDay(model.Yesterday, 987, "08:00:01", 8 * 3600 + 1);
            GoldenScenes.SetDay(model.DayBefore, 1002, "09:10:11", 9 * 3600 + 10 * 60 + 11);
            model.RecentVisitCount = 5;
            for (int index = 0; index < 5; index++)
            {
                int place = shift == 0 ? index : (index == 0 ? 5 : index - 1);
                int minute = shift == 0 ? 3 - index : 4 - index;
                VisitEntry visit = model.GetRecentVisit(index);
                visit.City = Cities[place];
                visit.CountryCode = Codes[place];
                visit.Country = Countries[place];
                visit.HasLocation = true;
                visit.LatitudeCentidegrees = Latitudes[place];
                visit.LongitudeCentidegrees = Longitudes[place];
                visit.VisitHour = 9;
                visit.VisitMinute = minute;
                visit.LastActionDateTime = "2026-11-22 09:" + (minute < 0 ? "-0" + (-minute) : StageText.Two(minute)) + ":00";
            }

            return model;
        }
    }
}
