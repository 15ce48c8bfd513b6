using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeskStats.Display;
using DeskStats.Formatting;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Simulator
{
    /// <summary>What the screen shows, in the words of the <c>--once</c> JSON line.</summary>
    public enum ScreenOutcome
    {
        /// <summary>Power-on, joining, or connecting: nothing decided yet ("connecting").</summary>
        Connecting = 0,
        /// <summary>The full data screen: today's count, the latest visit and the three daily totals ("data").</summary>
        Data = 1,
        /// <summary>The relay refused the token ("rejected").</summary>
        Rejected = 2,
        /// <summary>The TLS handshake failed ("tls-failed").</summary>
        TlsFailed = 3,
        /// <summary>Nobody answered: DNS, connection refused, or no answer in time ("unreachable").</summary>
        Unreachable = 4,
        /// <summary>A setting is missing or wrong ("setup-needed").</summary>
        SetupNeeded = 5,
        /// <summary>The link is up but the relay has sent no complete data yet ("waiting-for-data").</summary>
        WaitingForData = 6,
        /// <summary>The relay answered, then the link broke: protocol error, reset, a close frame, an upgrade refused ("dropped").</summary>
        Dropped = 7
    }

    /// <summary>
    /// Reads what the screen shows from the core's own state (the supervisor's <see cref="ScreenStatus"/> and the
    /// <see cref="DashboardModel"/>), with the renderer's rule: data stays up once it exists, except for setup-needed.
    /// </summary>
    public static class ScreenReport
    {
        /// <summary>The screen <paramref name="status"/> and <paramref name="model"/> make the renderer draw.</summary>
        public static ScreenOutcome Classify(DashboardModel model, ScreenStatus status)
        {
            if (status.Kind == ScreenKind.SetupNeeded) return ScreenOutcome.SetupNeeded;
            if (IsComplete(model)) return ScreenOutcome.Data;
            switch (status.Kind)
            {
                case ScreenKind.Rejected: return ScreenOutcome.Rejected;
                case ScreenKind.TlsFailed: return ScreenOutcome.TlsFailed;
                case ScreenKind.Unreachable: return ScreenOutcome.Unreachable;
                case ScreenKind.Dropped: return ScreenOutcome.Dropped;
                case ScreenKind.Online: return ScreenOutcome.WaitingForData;
                default: return ScreenOutcome.Connecting;
            }
        }

        /// <summary>True when the model holds a complete data screen: data and all three daily totals.</summary>
        public static bool IsComplete(DashboardModel model) =>
            model.HasData && model.Today.HasValue && model.Yesterday.HasValue && model.DayBefore.HasValue;

        /// <summary>The JSON word of <paramref name="outcome"/>.</summary>
        public static string Word(ScreenOutcome outcome)
        {
            switch (outcome)
            {
                case ScreenOutcome.Data: return "data";
                case ScreenOutcome.Rejected: return "rejected";
                case ScreenOutcome.TlsFailed: return "tls-failed";
                case ScreenOutcome.Unreachable: return "unreachable";
                case ScreenOutcome.SetupNeeded: return "setup-needed";
                case ScreenOutcome.WaitingForData: return "waiting-for-data";
                case ScreenOutcome.Dropped: return "dropped";
                default: return "connecting";
            }
        }

        /// <summary>
        /// The one-line JSON of the <c>--once</c> output, e.g. <c>{"screen":"data","todayVisits":1203,...}</c>:
        /// counts as integers, time spent in the relay's own form, the latest visit's time as the screen shows it (HH:MM).
        /// </summary>
        public static string ToJsonLine(DashboardModel model, ScreenStatus status) => ToJsonLine(model, status, null);

        /// <summary>
        /// As <see cref="ToJsonLine(DashboardModel, ScreenStatus)"/>, adding <c>"latestPlaceShown"</c> (the text the
        /// latest-visit box draws: a city the fonts cannot draw shows as its country) when <paramref name="placeShown"/>
        /// is not null.
        /// </summary>
        public static string ToJsonLine(DashboardModel model, ScreenStatus status, string placeShown) =>
            ToJsonLine(Classify(model, status), model, status, placeShown);

        /// <summary>
        /// The JSON line for <paramref name="outcome"/> (which may differ from what <paramref name="status"/> shows right
        /// now: <c>--once</c> reports the failure whose screen stays up between attempts). "dropped" adds
        /// <c>"reason"</c> (the status line's failure word) and, when the relay sent one, <c>"closeCode"</c>. "data" ends
        /// with <c>"page"</c>, the <see cref="PageWord"/> of <paramref name="pageShown"/>, when that is not null (the
        /// full-screen states cover every page, so they name none).
        /// </summary>
        public static string ToJsonLine(ScreenOutcome outcome, DashboardModel model, ScreenStatus status, string placeShown, ScreenPage? pageShown = null)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("screen", Word(outcome));
                if (outcome == ScreenOutcome.Data)
                {
                    writer.WriteNumber("todayVisits", model.Today.Visits);
                    writer.WriteString("todayTimeSpent", model.Today.TimeSpent);
                    writer.WriteNumber("yesterdayVisits", model.Yesterday.Visits);
                    writer.WriteString("yesterdayTimeSpent", model.Yesterday.TimeSpent);
                    writer.WriteNumber("dayBeforeVisits", model.DayBefore.Visits);
                    writer.WriteString("dayBeforeTimeSpent", model.DayBefore.TimeSpent);
                    VisitEntry latest = model.LatestVisit;
                    writer.WriteString("latestCity", latest?.City ?? string.Empty);
                    writer.WriteString("latestCountryCode", latest?.CountryCode ?? string.Empty);
                    writer.WriteString("latestTime", latest == null ? string.Empty : Clock(latest.VisitHour, latest.VisitMinute));
                    if (placeShown != null) writer.WriteString("latestPlaceShown", placeShown);
                    if (pageShown.HasValue) writer.WriteString("page", PageWord(pageShown.Value));
                }
                else if (outcome == ScreenOutcome.SetupNeeded)
                {
                    writer.WriteString("setting", status.SetupSetting ?? string.Empty);
                    writer.WriteString("problem", status.SetupProblem ?? string.Empty);
                }
                else if (outcome == ScreenOutcome.Dropped)
                {
                    writer.WriteString("reason", StatusLine.FailureName(status.LastFailure));
                    if (status.LastCloseCode > 0) writer.WriteNumber("closeCode", status.LastCloseCode);
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>The word of <paramref name="page"/>, as <c>--page</c> takes it: "dashboard", "visitors" or "map".</summary>
        public static string PageWord(ScreenPage page)
        {
            switch (page)
            {
                case ScreenPage.Dashboard: return "dashboard";
                case ScreenPage.Visitors: return "visitors";
                case ScreenPage.Map: return "map";
                default: return "page-" + ((int)page).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        /// <summary>A short human line for a terminal that cannot show the picture (output redirected).</summary>
        public static string ToTextLine(DashboardModel model, ScreenStatus status)
        {
            ScreenOutcome outcome = Classify(model, status);
            var text = new StringBuilder();
            text.Append(Word(outcome));
            if (outcome == ScreenOutcome.Data)
            {
                text.Append(": today ").Append(Count(model.Today.Visits)).Append(" (").Append(model.Today.TimeSpent).Append(')');
                text.Append(", yesterday ").Append(Count(model.Yesterday.Visits)).Append(" (").Append(model.Yesterday.TimeSpent).Append(')');
                text.Append(", day before ").Append(Count(model.DayBefore.Visits)).Append(" (").Append(model.DayBefore.TimeSpent).Append(')');
                VisitEntry latest = model.LatestVisit;
                if (latest != null)
                {
                    text.Append(", latest ").Append(latest.City.Length > 0 ? latest.City : latest.Country)
                        .Append(' ').Append(latest.CountryCode).Append(' ').Append(Clock(latest.VisitHour, latest.VisitMinute));
                }

                if (status.Offline) text.Append(" [offline: ").Append(status.Kind).Append(']');
            }
            else if (outcome == ScreenOutcome.SetupNeeded)
            {
                text.Append(": ").Append(status.SetupSetting).Append(' ').Append(status.SetupProblem);
            }
            else
            {
                if (outcome == ScreenOutcome.Dropped)
                {
                    text.Append(": ").Append(StatusLine.FailureName(status.LastFailure));
                    if (status.LastCloseCode > 0) text.Append(' ').Append(status.LastCloseCode);
                }

                if (status.RetryInSeconds >= 0) text.Append(" (retry in ").Append(status.RetryInSeconds).Append(" s)");
            }

            return text.ToString();
        }

        private static string Clock(int hour, int minute)
        {
            var buffer = new char[DisplayFormatter.MaxClockChars];
            int length = DisplayFormatter.FormatClock(hour, minute, buffer, 0);
            return new string(buffer, 0, length);
        }

        private static string Count(int value)
        {
            var buffer = new char[DisplayFormatter.MaxCountChars];
            int length = DisplayFormatter.FormatCount(value, buffer, 0);
            return new string(buffer, 0, length);
        }
    }
}
