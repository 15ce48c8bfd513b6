using System;
using System.Globalization;
using System.Text;

namespace DeskStats.Simulator.DemoRelay
{
    /// <summary>One entry of the relay's <c>visits_live</c> list, with every member the real relay sends.</summary>
    public sealed class RelayVisit
    {
        /// <summary>Latitude in degrees, -90 to 90.</summary>
        public double Latitude { get; set; }
        /// <summary>Longitude in degrees, -180 to 180.</summary>
        public double Longitude { get; set; }
        /// <summary>City name, any Unicode, may be empty.</summary>
        public string City { get; set; } = string.Empty;
        /// <summary>Lower-case ISO 3166-1 alpha-2 code, may be empty.</summary>
        public string CountryCode { get; set; } = string.Empty;
        /// <summary>Country name in English, as Matomo reports it.</summary>
        public string Country { get; set; } = string.Empty;
        /// <summary>Number of actions of the visit, sent as a JSON string as Matomo does.</summary>
        public int Actions { get; set; }
        /// <summary>Visitor address (documentation ranges only: 203.0.113.x, 198.51.100.x).</summary>
        public string VisitIp { get; set; } = string.Empty;
        /// <summary>Operating system name.</summary>
        public string OperatingSystem { get; set; } = string.Empty;
        /// <summary>Browser name.</summary>
        public string BrowserName { get; set; } = string.Empty;
        /// <summary>Referrer name: free text, may hold quotes, backslashes and emoji.</summary>
        public string Source { get; set; } = string.Empty;
        /// <summary>Local time of the visit's last action (the relay's time zone).</summary>
        public DateTime LastActionLocal { get; set; }

        /// <summary>A copy that can be changed without touching this entry.</summary>
        public RelayVisit Clone() => (RelayVisit)MemberwiseClone();
    }

    /// <summary>One day's totals of the relay's <c>summary</c>.</summary>
    public readonly struct RelayDayTotals
    {
        /// <summary>Creates totals of <paramref name="visits"/> visits and <paramref name="timeSpentSeconds"/> seconds.</summary>
        public RelayDayTotals(int visits, int timeSpentSeconds)
        {
            Visits = visits;
            TimeSpentSeconds = timeSpentSeconds;
        }

        /// <summary>Visits that day, 0 or more.</summary>
        public int Visits { get; }

        /// <summary>Total time spent that day in seconds, 0 or more.</summary>
        public int TimeSpentSeconds { get; }

        /// <summary>The relay's form of the time spent: "HH:MM:SS", hours at least two digits and unbounded.</summary>
        public string TimeSpent => FormatTimeSpent(TimeSpentSeconds);

        /// <summary>Formats <paramref name="seconds"/> (0 or more) as "HH:MM:SS" like the relay.</summary>
        public static string FormatTimeSpent(int seconds)
        {
            int hours = seconds / 3600;
            int minutes = seconds / 60 % 60;
            int rest = seconds % 60;
            return hours.ToString("00", CultureInfo.InvariantCulture) + ":" +
                   minutes.ToString("00", CultureInfo.InvariantCulture) + ":" +
                   rest.ToString("00", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// What the relay knows at one moment: the newest visits (newest first, at most 5) and the three daily totals.
    /// Immutable once built; <see cref="ToMessage"/> gives the exact bytes the relay would send.
    /// </summary>
    public sealed class RelaySnapshot
    {
        /// <summary>The most visits the relay sends (Matomo's filter_limit=5).</summary>
        public const int MaxVisits = 5;

        private readonly RelayVisit[] _visits;

        /// <summary>Creates a snapshot; <paramref name="visits"/> newest first, at most <see cref="MaxVisits"/> (extra ones are dropped).</summary>
        public RelaySnapshot(RelayVisit[] visits, RelayDayTotals today, RelayDayTotals yesterday, RelayDayTotals dayBefore)
        {
            if (visits == null) throw new ArgumentNullException(nameof(visits));
            int count = Math.Min(visits.Length, MaxVisits);
            _visits = new RelayVisit[count];
            for (int index = 0; index < count; index++)
            {
                _visits[index] = visits[index].Clone();
            }

            Today = today;
            Yesterday = yesterday;
            DayBefore = dayBefore;
        }

        /// <summary>Number of visits in <c>visits_live</c>, 0 to <see cref="MaxVisits"/>.</summary>
        public int VisitCount => _visits.Length;

        /// <summary>A copy of visit <paramref name="index"/> (0 = newest).</summary>
        public RelayVisit GetVisit(int index) => _visits[index].Clone();

        /// <summary>The newest visit (a copy), or null when there is none.</summary>
        public RelayVisit LatestVisit => _visits.Length > 0 ? _visits[0].Clone() : null;

        /// <summary><c>summary.today</c>.</summary>
        public RelayDayTotals Today { get; }

        /// <summary><c>summary.yesterday</c>.</summary>
        public RelayDayTotals Yesterday { get; }

        /// <summary><c>summary.day_before</c>.</summary>
        public RelayDayTotals DayBefore { get; }

        /// <summary>The message as the relay sends it: compact JSON.stringify output, UTF-8, raw non-ASCII.</summary>
        public byte[] ToMessage() => Encoding.UTF8.GetBytes(ToJson(indented: false));

        /// <summary>The same JSON pretty-printed like JSON.stringify(value, null, 2), as <c>GET /debug</c> returns it.</summary>
        public string ToPrettyJson() => ToJson(indented: true);

        private string ToJson(bool indented)
        {
            var writer = new JavaScriptJsonWriter(indented);
            writer.BeginObject();
            writer.Name("visits_live");
            writer.BeginArray();
            foreach (RelayVisit visit in _visits)
            {
                writer.BeginObject();
                writer.Name("latitude"); writer.Number(visit.Latitude);
                writer.Name("longitude"); writer.Number(visit.Longitude);
                writer.Name("city"); writer.String(visit.City);
                writer.Name("countryCode"); writer.String(visit.CountryCode);
                writer.Name("country"); writer.String(visit.Country);
                writer.Name("actions"); writer.String(visit.Actions.ToString(CultureInfo.InvariantCulture));
                writer.Name("visitIp"); writer.String(visit.VisitIp);
                writer.Name("operatingSystem"); writer.String(visit.OperatingSystem);
                writer.Name("browserName"); writer.String(visit.BrowserName);
                writer.Name("source"); writer.String(visit.Source);
                writer.Name("lastActionDateTime");
                writer.String(visit.LastActionLocal.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                writer.EndObject();
            }

            writer.EndArray();
            writer.Name("summary");
            writer.BeginObject();
            WriteDay(writer, "today", Today);
            WriteDay(writer, "yesterday", Yesterday);
            WriteDay(writer, "day_before", DayBefore);
            writer.EndObject();
            writer.EndObject();
            return writer.ToString();
        }

        private static void WriteDay(JavaScriptJsonWriter writer, string name, RelayDayTotals totals)
        {
            writer.Name(name);
            writer.BeginObject();
            writer.Name("visits"); writer.Number(totals.Visits);
            writer.Name("time_spent"); writer.String(totals.TimeSpent);
            writer.EndObject();
        }
    }
}
