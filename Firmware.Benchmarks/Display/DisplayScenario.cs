using System;
using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Benchmarks.Display
{
    /// <summary>The models and statuses the display benchmarks render, and the byte and memory measurements.</summary>
    public static class DisplayScenario
    {
        /// <summary>One board per display class.</summary>
        public static readonly string[] Boards = { "cyd", "esp32-st7789-240", "t-display" };

        /// <summary>The four fonts, loaded once.</summary>
        public static DisplayFonts Fonts() => new DisplayFonts(FontFiles.TextSmall, FontFiles.TextMedium, FontFiles.DigitsMedium, FontFiles.DigitsLarge);

        /// <summary>A render target on an initialized panel of <paramref name="board"/>, filled with the background, for a page drawn alone.</summary>
        public static RenderTarget ClearedTarget(string board, DisplayFonts fonts, out DecodingDisplayBus bus)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();
            var target = new RenderTarget(panel, fonts.MaxBitmapLength, RenderTarget.DefaultBandBytes);
            target.FillRectangle(0, 0, profile.Width, profile.Height, Rgb565.Background);
            return target;
        }

        /// <summary>A model with today's <paramref name="today"/> visits and the latest visitor from <paramref name="city"/>.</summary>
        public static DashboardModel Model(int today, string city, int minute)
        {
            var model = new DashboardModel { HasData = true };
            Day(model.Today, today, 12 * 3600 + 34 * 60);
            Day(model.Yesterday, 987, 8 * 3600);
            Day(model.DayBefore, 1002, 9 * 3600 + 600);
            model.RecentVisitCount = 1;
            VisitEntry visit = model.GetRecentVisit(0);
            visit.City = city;
            visit.CountryCode = "pl";
            visit.Country = "Poland";
            visit.VisitHour = 9;
            visit.VisitMinute = minute;
            return model;
        }

        /// <summary>The model after midnight: today restarts, yesterday is the old today.</summary>
        public static DashboardModel NextDay(int oldToday)
        {
            DashboardModel model = Model(3, "Kraków", 3);
            Day(model.Today, 3, 70);
            Day(model.Yesterday, oldToday, 12 * 3600 + 40 * 60);
            Day(model.DayBefore, 987, 8 * 3600);
            return model;
        }

        /// <summary>A healthy link at 09:05.</summary>
        public static ScreenStatus Online() => new ScreenStatus
        {
            Kind = ScreenKind.Online,
            ClockValid = true,
            LocalNow = new DateTime(2026, 11, 22, 9, 5, 0),
            HasLastChange = true,
            LastChangeLocal = new DateTime(2026, 11, 22, 9, 3, 0),
        };

        private static void Day(DayTotals day, int visits, int seconds)
        {
            day.HasValue = true;
            day.Visits = visits;
            day.TimeSpentSeconds = seconds;
        }

        /// <summary>Bytes over SPI per kind of update and the memory the display stack keeps, for one board.</summary>
        public static string MeasureRow(string board)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            double frame = profile.Width * profile.Height * 2.0;
            DisplayFonts fonts = Fonts();
            ChangedFields totals = ChangedFields.All & ~ChangedFields.LatestVisit & ~ChangedFields.RecentVisits;

            // First frame, initialisation included.
            var bus = new DecodingDisplayBus(profile);
            DashboardModel first = Model(1230, "Kraków", 3);
            ScreenStatus online = Online();
            // Everything the renderer keeps was allocated by its constructor, Initialize and the first frame; the
            // allocations of this thread bound it from above (nothing else runs on it, unlike GC.GetTotalMemory).
            long memoryBefore = GC.GetAllocatedBytesForCurrentThread();
            var renderer = new DashboardRenderer(profile, bus, fonts);
            renderer.Initialize();
            long initialize = bus.TotalBytes;
            bus.ResetCounters();
            renderer.Render(first, ChangedFields.All, online);
            long memoryAfter = GC.GetAllocatedBytesForCurrentThread();
            long firstFrame = bus.TotalBytes;

            // Count +1 over the ten last digits (1230 -> 1231 ... 1239 -> 1240).
            long countSum = 0, countMax = 0;
            for (int value = 1230; value < 1240; value++)
            {
                bus.ResetCounters();
                renderer.Render(Model(value + 1, "Kraków", 3), ChangedFields.TodayVisits, Online());
                countSum += bus.TotalBytes;
                if (bus.TotalBytes > countMax) countMax = bus.TotalBytes;
            }

            bus.ResetCounters();
            renderer.Render(Model(1240, "Zürich", 4), ChangedFields.LatestVisit, Online());
            long newVisitor = bus.TotalBytes;
            bus.ResetCounters();
            renderer.Tick(DashboardRenderer.CueMilliseconds);
            long cueEnd = bus.TotalBytes;

            bus.ResetCounters();
            renderer.Render(NextDay(1240), totals, Online());
            long rollover = bus.TotalBytes;

            return string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "| {0} ({1}x{2}) | {3:0.00}% avg, {4:0.00}% max | {5:0.00}% (+{6:0.00}% when the cue ends) | {7:0.00}% | {10:0.0}% + {8:0.0}% | {9:0.0} KB |",
                board, profile.Width, profile.Height, 100 * countSum / 10.0 / frame, 100 * countMax / frame,
                100 * newVisitor / frame, 100 * cueEnd / frame, 100 * rollover / frame, 100 * firstFrame / frame,
                (memoryAfter - memoryBefore) / 1024.0, 100 * initialize / frame);
        }

        /// <summary>The header of <see cref="MeasureRow"/>'s table.</summary>
        public const string TableHeader =
            "| board | count +1 | new latest visitor | day rollover | first frame: init + clear, then draw | managed memory kept (allocated by construction + first frame) |\n|---|---|---|---|---|---|";
    }
}
