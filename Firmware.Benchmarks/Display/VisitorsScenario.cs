using System;
using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;
using DeskStats.Display.Rendering;
using DeskStats.Display.Visitors;
using DeskStats.Host.Display;
using DeskStats.Model;

namespace DeskStats.Benchmarks.Display
{
    /// <summary>
    /// The visitors page's benchmark scenes: the map scenario's five visits, then Kraków arriving in front, with the visits'
    /// details alike (every visit 3 actions from Google on Chrome and Android: only places and times move) or each visit its
    /// own (actions, source, browser and system travel with the visit: every cell moves); and its byte and memory measurements.
    /// </summary>
    public static class VisitorsScenario
    {
        // Per place of MapScenario (São Paulo, Tokyo, London, Sydney, New York, Kraków): actions, source, browser, system.
        private static readonly object[][] OwnDetails =
        {
            new object[] { 3, "Google", "Chrome", "Android" },
            new object[] { 1, "Direct Entry", "Firefox", "Windows" },
            new object[] { 12, "news.ycombinator.com", "Mobile Safari", "iOS" },
            new object[] { 5, "Bing", "Safari", "Mac" },
            new object[] { 2, "DuckDuckGo", "Edge", "Linux" },
            new object[] { 7, "Newsletter", "Samsung Internet", "Android" },
        };

        /// <summary>What a new visit changes.</summary>
        public const ChangedFields NewVisitChanges = MapScenario.NewVisitChanges | ChangedFields.VisitDetails;

        /// <summary>The five visits before (<paramref name="arrived"/> false) or after Kraków arrived, details alike or each its own.</summary>
        public static DashboardModel Model(bool arrived, bool ownDetails)
        {
            DashboardModel model = MapScenario.Model(arrived);
            for (int index = 0; index < model.RecentVisitCount; index++)
            {
                object[] details = OwnDetails[ownDetails ? (arrived ? (index + 5) % 6 : index) : 0];
                VisitEntry visit = model.GetRecentVisit(index);
                visit.Actions = (int)details[0];
                visit.Source = (string)details[1];
                visit.BrowserName = (string)details[2];
                visit.OperatingSystem = (string)details[3];
            }

            return model;
        }

        /// <summary>A visitors page on a cleared panel of <paramref name="board"/>, nothing drawn yet.</summary>
        public static VisitorsPage Create(string board, out RenderTarget target, out DecodingDisplayBus bus)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            DisplayFonts fonts = DisplayScenario.Fonts();
            target = DisplayScenario.ClearedTarget(board, fonts, out bus);
            var page = new VisitorsPage(VisitorsLayout.For(profile.Width, profile.Height, fonts), new CharBuffer(VisitorsPage.MinimumScratch));
            page.Invalidate();
            return page;
        }

        /// <summary>Bytes over SPI of a new visit (details alike, each its own), of the whole page, and the page's memory, for one board.</summary>
        public static string MeasureRow(string board)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            double frame = profile.Width * profile.Height * 2.0;
            VisitorsPage page = Create(board, out RenderTarget target, out DecodingDisplayBus bus);

            // What the page keeps: its layout, the title field, the cells' arrays and the cue state (the scratch is the renderer's).
            DisplayFonts fonts = DisplayScenario.Fonts();
            var scratch = new CharBuffer(VisitorsPage.MinimumScratch);
            // Warm-up: the first use of each code path allocates runtime data that is not the page's.
            var warm = new VisitorsPage(VisitorsLayout.For(profile.Width, profile.Height, fonts), scratch);
            warm.Invalidate();
            warm.Draw(target, Model(false, true), ChangedFields.All);
            long memoryBefore = GC.GetAllocatedBytesForCurrentThread();
            var measured = new VisitorsPage(VisitorsLayout.For(profile.Width, profile.Height, fonts), scratch);
            measured.Invalidate();
            measured.Draw(target, Model(false, true), ChangedFields.All);
            long memory = GC.GetAllocatedBytesForCurrentThread() - memoryBefore;

            bus.ResetCounters();
            page.Draw(target, Model(false, false), ChangedFields.All);
            long whole = bus.TotalBytes;
            bus.ResetCounters();
            page.Draw(target, Model(true, false), NewVisitChanges);
            long alike = bus.TotalBytes;
            page.Draw(target, Model(false, true), NewVisitChanges | ChangedFields.VisitDetails);
            bus.ResetCounters();
            page.Draw(target, Model(true, true), NewVisitChanges);
            long own = bus.TotalBytes;

            return string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "| {0} ({1}x{2}) | {3} B = {4:0.0}% | {5} B = {6:0.0}% | {7} B = {8:0.0}% | {9:0.0} KB |",
                board, profile.Width, profile.Height, alike, 100 * alike / frame, own, 100 * own / frame, whole, 100 * whole / frame, memory / 1024.0);
        }

        /// <summary>The header of <see cref="MeasureRow"/>'s table.</summary>
        public const string TableHeader =
            "| board | new visit, details alike | new visit, each visit its own details | whole page without the strip | managed memory of the page |\n|---|---|---|---|---|";
    }
}
