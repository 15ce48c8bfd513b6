using System;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Stage
{
    /// <summary>
    /// The models and screen statuses of the golden scenes, in one place for the golden-image tests (Firmware.Tests) and
    /// the interpreter stage's render part, so both draw exactly the same scenes.
    /// </summary>
    public static class GoldenScenes
    {
        /// <summary>Data on every field: today's count <paramref name="today"/>, the three days, one latest visit.</summary>
        public static DashboardModel Model(int today, string city, string code, string country, int hour, int minute)
        {
            var model = new DashboardModel();
            model.HasData = true;
            SetDay(model.Today, today, "12:34:56", 12 * 3600 + 34 * 60 + 56);
            SetDay(model.Yesterday, 987, "08:00:01", 8 * 3600 + 1);
            SetDay(model.DayBefore, 1002, "09:10:11", 9 * 3600 + 10 * 60 + 11);
            SetLatest(model, city, code, country, hour, minute);
            return model;
        }

        /// <summary>Sets one day's totals.</summary>
        public static void SetDay(DayTotals day, int visits, string timeSpent, int seconds)
        {
            day.HasValue = true;
            day.Visits = visits;
            day.TimeSpent = timeSpent;
            day.TimeSpentSeconds = seconds;
        }

        /// <summary>Makes the visit given the only (and latest) one.</summary>
        public static void SetLatest(DashboardModel model, string city, string code, string country, int hour, int minute)
        {
            model.RecentVisitCount = 1;
            VisitEntry visit = model.GetRecentVisit(0);
            visit.City = city;
            visit.CountryCode = code;
            visit.Country = country;
            visit.VisitHour = hour;
            visit.VisitMinute = minute;
            visit.LastActionDateTime = "2026-11-22 " + StageText.Two(hour) + ":" + StageText.Two(minute) + ":14";
        }

        /// <summary>Online, the clock set, the last change at 09:03:14 and the time 09:05.</summary>
        public static ScreenStatus Online()
        {
            var status = new ScreenStatus();
            status.Kind = ScreenKind.Online;
            status.ClockValid = true;
            status.LocalNow = new DateTime(2026, 11, 22, 9, 5, 0);
            status.HasLastChange = true;
            status.LastChangeLocal = new DateTime(2026, 11, 22, 9, 3, 14);
            return status;
        }

        /// <summary>The status of a full-screen state <paramref name="kind"/> as the golden images show it.</summary>
        public static ScreenStatus Status(ScreenKind kind)
        {
            var status = new ScreenStatus();
            status.Kind = kind;
            status.ClockValid = kind != ScreenKind.Starting && kind != ScreenKind.SetupNeeded && kind != ScreenKind.JoiningWifi;
            status.LocalNow = new DateTime(2026, 11, 22, 9, 5, 0);
            status.RetryInSeconds = kind == ScreenKind.Unreachable || kind == ScreenKind.Rejected || kind == ScreenKind.TlsFailed || kind == ScreenKind.Dropped ? 30 : -1;
            status.LastFailure = FailureOf(kind);
            status.SetupSetting = kind == ScreenKind.SetupNeeded ? "relayUrl" : string.Empty;
            status.SetupProblem = kind == ScreenKind.SetupNeeded ? "must start with wss:// (or ws:// with allowInsecure)" : string.Empty;
            return status;
        }

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

        /// <summary>A link that dropped for <paramref name="reason"/> (<paramref name="closeCode"/> for a close frame, else 0), retrying in 30 s.</summary>
        public static ScreenStatus Dropped(LinkFailure reason, int closeCode)
        {
            ScreenStatus status = Status(ScreenKind.Dropped);
            status.LastFailure = reason;
            status.LastCloseCode = closeCode;
            return status;
        }

        /// <summary>The state <paramref name="kind"/> while data is on screen: offline since the time given.</summary>
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
