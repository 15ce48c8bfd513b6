using System;
using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Maps;
using DeskStats.Model;

namespace DeskStats.Benchmarks.Display
{
    /// <summary>The map page's benchmark scenes (five located visits, then a sixth arriving) and its byte and memory measurements.</summary>
    public static class MapScenario
    {
        // (city, country code, latitude, longitude in hundredths of a degree), newest first; the last is the one arriving.
        private static readonly object[][] Places =
        {
            new object[] { "São Paulo", "br", -2355, -4663 },
            new object[] { "Tokyo", "jp", 3569, 13969 },
            new object[] { "London", "gb", 5151, -13 },
            new object[] { "Sydney", "au", -3387, 15121 },
            new object[] { "New York", "us", 4071, -7401 },
            new object[] { "Kraków", "pl", 5006, 1994 },
        };

        /// <summary>The five visits before (<paramref name="arrived"/> false) or after the sixth arrived, with today's count.</summary>
        public static DashboardModel Model(bool arrived)
        {
            DashboardModel model = DisplayScenario.Model(arrived ? 1235 : 1234, "", 3);
            model.RecentVisitCount = 5;
            for (int index = 0; index < 5; index++)
            {
                object[] place = Places[arrived ? (index + 5) % 6 : index];
                VisitEntry visit = model.GetRecentVisit(index);
                visit.City = (string)place[0];
                visit.CountryCode = (string)place[1];
                visit.Country = visit.City;
                visit.HasLocation = true;
                visit.LatitudeCentidegrees = (int)place[2];
                visit.LongitudeCentidegrees = (int)place[3];
                visit.VisitHour = 9;
                visit.VisitMinute = arrived ? 4 - index : 3 - index;
                visit.LastActionDateTime = "2026-11-22 09:0" + visit.VisitMinute + ":00";
            }

            return model;
        }

        /// <summary>What a new visit changes on the map page.</summary>
        public const ChangedFields NewVisitChanges = ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits;

        /// <summary>A map page on a cleared panel of <paramref name="board"/>, nothing drawn yet.</summary>
        public static MapPage Create(string board, out RenderTarget target, out DecodingDisplayBus bus, byte[] maskBytes = null)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            DisplayFonts fonts = DisplayScenario.Fonts();
            target = DisplayScenario.ClearedTarget(board, fonts, out bus);
            MapLayout layout = MapLayout.For(profile.Width, profile.Height, fonts);
            var page = new MapPage(layout, new LandMask(new ByteArrayFontData(maskBytes ?? MapFiles.ReadBytes("world-" + layout.MapWidth))));
            page.Invalidate();
            return page;
        }

        /// <summary>Bytes over SPI of a new visit and of the whole page, the map's flash and the page's memory, for one board.</summary>
        public static string MeasureRow(string board)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            double frame = profile.Width * profile.Height * 2.0;
            int mapWidth = profile.Width >= 320 ? 320 : 240;
            byte[] maskBytes = MapFiles.ReadBytes("world-" + mapWidth);
            DisplayFonts fonts = DisplayScenario.Fonts();
            RenderTarget target;
            DecodingDisplayBus bus;
            MapPage page = Create(board, out target, out bus, maskBytes);

            // What the page keeps: its layout, fields, map field, dirty cells, mask reader (the mask's bytes are flash).
            long memoryBefore = GC.GetAllocatedBytesForCurrentThread();
            MapLayout layout = MapLayout.For(profile.Width, profile.Height, fonts);
            var measured = new MapPage(layout, new LandMask(new ByteArrayFontData(maskBytes)));
            measured.Invalidate();
            measured.Draw(target, Model(false), ChangedFields.All);
            long memory = GC.GetAllocatedBytesForCurrentThread() - memoryBefore;

            bus.ResetCounters();
            page.Draw(target, Model(false), ChangedFields.All);
            long whole = bus.TotalBytes;
            bus.ResetCounters();
            page.Draw(target, Model(true), NewVisitChanges);
            long newVisit = bus.TotalBytes;
            int cells = page.LastMapCells;
            bus.ResetCounters();
            page.Map.Update(target, Model(false));
            long mapOnly = bus.TotalBytes;

            return string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "| {0} ({1}x{2}) | {3} B = {4:0.00}% | {5} cells of {6} px, {7} B | {8} B = {9:0.0}% | {10} B | {11:0.0} KB |",
                board, profile.Width, profile.Height, newVisit, 100 * newVisit / frame, cells,
                page.Map.Cells.CellSize, mapOnly, whole, 100 * whole / frame, maskBytes.Length, memory / 1024.0);
        }

        /// <summary>The header of <see cref="MeasureRow"/>'s table.</summary>
        public const string TableHeader =
            "| board | new visit on the map page (count, place, dots) | its map part (back again) | whole page without the strip | map in flash | managed memory of the page |\n|---|---|---|---|---|---|";
    }
}
