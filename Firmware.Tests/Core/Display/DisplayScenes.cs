using System;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;
using DeskStats.Link;
using DeskStats.Model;

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

        public static DashboardModel Model(int today = 1234, string city = "Kraków", string code = "pl", string country = "Poland", int hour = 9, int minute = 3)
        {
            var model = new DashboardModel { HasData = true };
            SetDay(model.Today, today, "12:34:56", 12 * 3600 + 34 * 60 + 56);
            SetDay(model.Yesterday, 987, "08:00:01", 8 * 3600 + 1);
            SetDay(model.DayBefore, 1002, "09:10:11", 9 * 3600 + 10 * 60 + 11);
            SetLatest(model, city, code, country, hour, minute);
            return model;
        }

        public static void SetDay(DayTotals day, int visits, string timeSpent, int seconds)
        {
            day.HasValue = true;
            day.Visits = visits;
            day.TimeSpent = timeSpent;
            day.TimeSpentSeconds = seconds;
        }

        public static void SetLatest(DashboardModel model, string city, string code, string country, int hour, int minute)
        {
            model.RecentVisitCount = 1;
            VisitEntry visit = model.GetRecentVisit(0);
            visit.City = city;
            visit.CountryCode = code;
            visit.Country = country;
            visit.VisitHour = hour;
            visit.VisitMinute = minute;
            visit.LastActionDateTime = "2026-11-22 " + hour.ToString("00") + ":" + minute.ToString("00") + ":14";
        }

        public static ScreenStatus Online() => new ScreenStatus
        {
            Kind = ScreenKind.Online,
            ClockValid = true,
            LocalNow = new DateTime(2026, 11, 22, 9, 5, 0),
            HasLastChange = true,
            LastChangeLocal = new DateTime(2026, 11, 22, 9, 3, 14),
        };

        public static ScreenStatus Status(ScreenKind kind) => new ScreenStatus
        {
            Kind = kind,
            ClockValid = kind != ScreenKind.Starting && kind != ScreenKind.SetupNeeded && kind != ScreenKind.JoiningWifi,
            LocalNow = new DateTime(2026, 11, 22, 9, 5, 0),
            RetryInSeconds = kind == ScreenKind.Unreachable || kind == ScreenKind.Rejected || kind == ScreenKind.TlsFailed || kind == ScreenKind.Dropped ? 30 : -1,
            LastFailure = FailureOf(kind),
            SetupSetting = kind == ScreenKind.SetupNeeded ? "relayUrl" : string.Empty,
            SetupProblem = kind == ScreenKind.SetupNeeded ? "must start with wss:// (or ws:// with allowInsecure)" : string.Empty,
        };

        /// <summary>The fault that leads to <paramref name="kind"/> (a reset for Dropped), None for the others.</summary>
        public static LinkFailure FailureOf(ScreenKind kind)
        {
            switch (kind)
            {
                case ScreenKind.Rejected: return LinkFailure.Rejected;
                case ScreenKind.TlsFailed: return LinkFailure.TlsFailed;
                case ScreenKind.Unreachable: return LinkFailure.Unreachable;
                case ScreenKind.Dropped: return LinkFailure.ConnectionReset;
                default: return LinkFailure.None;
            }
        }

        /// <summary>A link that dropped for <paramref name="reason"/> (with <paramref name="closeCode"/> for a close frame), retrying in 30 s.</summary>
        public static ScreenStatus Dropped(LinkFailure reason, int closeCode)
        {
            ScreenStatus status = Status(ScreenKind.Dropped);
            status.LastFailure = reason;
            status.LastCloseCode = closeCode;
            return status;
        }

        public static ScreenStatus OfflineSince(ScreenKind kind, int hour, int minute)
        {
            ScreenStatus status = Status(kind);
            status.Offline = true;
            status.OfflineSinceLocal = new DateTime(2026, 11, 22, hour, minute, 0);
            status.HasLastChange = true;
            status.LastChangeLocal = new DateTime(2026, 11, 22, 9, 3, 14);
            status.ClockValid = true;
            return status;
        }
    }
}
