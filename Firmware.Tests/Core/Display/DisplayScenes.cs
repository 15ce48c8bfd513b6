using System;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Stage;

namespace DeskStats.Tests.Core.Display
{
    /// <summary>Builds models, statuses and renderers on the decoding bus for the display tests.</summary>
    internal static class DisplayScenes
    {
        public static readonly string[] LayoutBoards = { "cyd", "esp32-st7789-240", "t-display" };

        public static DisplayFonts Fonts() => new DisplayFonts(FontFiles.TextSmall, FontFiles.TextMedium, FontFiles.DigitsMedium, FontFiles.DigitsLarge);

        public static (DashboardRenderer Renderer, DecodingDisplayBus Bus) Create(string boardId)
        {
            BoardProfile profile = BoardProfiles.Find(boardId);
            var bus = new DecodingDisplayBus(profile);
            var renderer = new DashboardRenderer(profile, bus, Fonts());
            renderer.Initialize();
            renderer.SetBrightness(100);
            return (renderer, bus);
        }

        // The scenes' models and statuses are the interpreter stage's (NanoClr/Stage/Parts/GoldenScenes.cs), so the
        // golden images and the stage draw the same thing.
        public static DashboardModel Model(int today = 1234, string city = "Kraków", string code = "pl", string country = "Poland", int hour = 9, int minute = 3) =>
            GoldenScenes.Model(today, city, code, country, hour, minute);

        public static void SetDay(DayTotals day, int visits, string timeSpent, int seconds) => GoldenScenes.SetDay(day, visits, timeSpent, seconds);

        public static void SetLatest(DashboardModel model, string city, string code, string country, int hour, int minute) =>
            GoldenScenes.SetLatest(model, city, code, country, hour, minute);

        public static ScreenStatus Online() => GoldenScenes.Online();

        public static ScreenStatus Status(ScreenKind kind) => GoldenScenes.Status(kind);

        public static ScreenStatus OfflineSince(ScreenKind kind, int hour, int minute) => GoldenScenes.OfflineSince(kind, hour, minute);

        public static ScreenStatus Dropped(LinkFailure reason, int closeCode) => GoldenScenes.Dropped(reason, closeCode);
    }
}
