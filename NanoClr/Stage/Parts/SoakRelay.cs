using System;
using DeskStats.Link;

namespace DeskStats.Stage
{
    /// <summary>
    /// The relay of the soak (<see cref="SoakPart"/>), in process: a site whose visitors come every few seconds of simulated time, turned into
    /// the relay's JSON messages (the real message shape: five latest visits with every field, the three daily totals),
    /// with the relay's habits and troubles on a fixed timetable (times from the start of the run):
    /// <list type="bullet">
    /// <item>a change every 2 to 8 s, one in eight of them an identical repeat of the last message;</item>
    /// <item>quiet spells without any change: 3:30 to 5:00 and 14:00 to 14:40;</item>
    /// <item>two restarts: down 1:10:00 to 1:12:00 and 16:00:00 to 16:12:00 (open links are closed, nobody answers);</item>
    /// <item>a bad-token period 2:00:00 to 2:40:00: the relay restarts with a token list that lacks the device's, and
    /// closes every link right after the upgrade;</item>
    /// <item>midnight (local) at 3:00 from the 21:00 start: the days roll over (today becomes yesterday).</item>
    /// </list>
    /// Deterministic: the same run makes the same bytes on nanoCLR and on the host.
    /// </summary>
    public sealed class SoakRelay
    {
        /// <summary>Local time the run starts.</summary>
        public static DateTime LocalStart => new DateTime(2026, 11, 22, 21, 0, 0);

        /// <summary>One hour in ms.</summary>
        public const long Hour = 3600000;

        /// <summary>One minute in ms.</summary>
        public const long Minute = 60000;

        /// <summary>First restart: down from, up again at (ms since the start).</summary>
        public const long FirstRestartDown = Hour + 10 * Minute;
        /// <summary>First restart: up again at.</summary>
        public const long FirstRestartUp = FirstRestartDown + 2 * Minute;
        /// <summary>Bad-token period: from.</summary>
        public const long BadTokenFrom = 2 * Hour;
        /// <summary>Bad-token period: to (the relay restarts with the right token list).</summary>
        public const long BadTokenTo = BadTokenFrom + 40 * Minute;
        /// <summary>Local midnight, ms since the start.</summary>
        public const long Midnight = 3 * Hour;
        /// <summary>First quiet spell: from.</summary>
        public const long FirstQuietFrom = 3 * Hour + 30 * Minute;
        /// <summary>First quiet spell: to.</summary>
        public const long FirstQuietTo = 5 * Hour;
        /// <summary>Second quiet spell: from.</summary>
        public const long SecondQuietFrom = 14 * Hour;
        /// <summary>Second quiet spell: to.</summary>
        public const long SecondQuietTo = SecondQuietFrom + 40 * Minute;
        /// <summary>Second restart: down from.</summary>
        public const long SecondRestartDown = 16 * Hour;
        /// <summary>Second restart: up again at.</summary>
        public const long SecondRestartUp = SecondRestartDown + 12 * Minute;
        /// <summary>How long a restart takes at the start of the bad-token period, in ms.</summary>
        public const long BadTokenRestart = 5000;

        private const int VisitCount = 5;

        // Five visits of the longest places and sources take about 1.9 KB.
        private const int MessageCapacity = 3072;

        // Places and sources as switches, not static arrays: nanoCLR runs every static constructor at start, and the
        // stage's other parts should not pay for the soak's tables.
        private const int PlaceCount = 12;
        private const int SourceCount = 6;

        private readonly JitterSource _random = new JitterSource(20261122);
        private readonly int[] _visitPlace = new int[VisitCount];
        private readonly long[] _visitAt = new long[VisitCount];
        private readonly int[] _visitActions = new int[VisitCount];
        private readonly byte[] _scratch = new byte[MessageCapacity];
        private int _length;
        private int _visitsListed;
        private int _today = 812;
        private int _todaySeconds = 9 * 3600 + 12 * 60 + 7;
        private int _yesterday = 1377;
        private int _yesterdaySeconds = 15 * 3600 + 2 * 60 + 44;
        private int _dayBefore = 1204;
        private int _dayBeforeSeconds = 13 * 3600 + 59 * 60 + 1;
        private long _nextChangeAt = 3000;
        private bool _rolledOver;
        private int _changes;
        private int _repeats;

        /// <summary>Creates the relay with a few visits already listed.</summary>
        public SoakRelay()
        {
            for (int index = 0; index < 3; index++)
            {
                AddVisit(-(3 - index) * Minute);
            }
        }

        /// <summary>Today's visits as the relay last reported them.</summary>
        public int TodayVisits => _today;

        /// <summary>Yesterday's visits as the relay last reported them.</summary>
        public int YesterdayVisits => _yesterday;

        /// <summary>The day before's visits.</summary>
        public int DayBeforeVisits => _dayBefore;

        /// <summary>Data changes so far (each one a new message).</summary>
        public int Changes => _changes;

        /// <summary>Identical repeats sent so far.</summary>
        public int Repeats => _repeats;

        /// <summary>True after the local midnight rolled the days over.</summary>
        public bool RolledOver => _rolledOver;

        /// <summary>The place of the newest visit (as the relay sends it), or empty.</summary>
        public string LatestCity => _visitsListed == 0 ? string.Empty : City(_visitPlace[0]);

        /// <summary>False while the relay is restarting (nobody answers, open links are closed).</summary>
        public static bool IsUp(long now)
        {
            return !(now >= FirstRestartDown && now < FirstRestartUp) && !(now >= SecondRestartDown && now < SecondRestartUp)
                && !(now >= BadTokenFrom && now < BadTokenFrom + BadTokenRestart);
        }

        /// <summary>True while the relay refuses the device's token (it closes each link right after the upgrade).</summary>
        public static bool RefusesToken(long now)
        {
            return now >= BadTokenFrom && now < BadTokenTo;
        }

        /// <summary>True inside a quiet spell (the site has no visitors).</summary>
        public static bool IsQuiet(long now)
        {
            return (now >= FirstQuietFrom && now < FirstQuietTo) || (now >= SecondQuietFrom && now < SecondQuietTo);
        }

        /// <summary>
        /// Moves the site on to <paramref name="now"/> (ms since the start); true when the relay has a message to push
        /// (a change, or an identical repeat).
        /// </summary>
        public bool Advance(long now)
        {
            bool push = false;
            if (!_rolledOver && now >= Midnight)
            {
                _rolledOver = true;
                _dayBefore = _yesterday;
                _dayBeforeSeconds = _yesterdaySeconds;
                _yesterday = _today;
                _yesterdaySeconds = _todaySeconds;
                _today = 0;
                _todaySeconds = 0;
                _changes++;
                push = true;
            }

            if (now < _nextChangeAt)
            {
                return push;
            }

            _nextChangeAt = now + 2000 + _random.Next(6001);
            if (IsQuiet(now))
            {
                return push;
            }

            if (_random.Next(8) == 0)
            {
                _repeats++;
                return true;
            }

            if (_random.Next(10) < 6)
            {
                AddVisit(now);
                _today++;
            }

            _todaySeconds += 5 + _random.Next(120);
            _changes++;
            return true;
        }

        /// <summary>The relay's message for the current data, as the bytes of one WebSocket text frame (a new buffer, as a client hands over).</summary>
        public byte[] Message()
        {
            _length = 0;
            Append("{\"visits_live\":[");
            for (int index = 0; index < _visitsListed; index++)
            {
                int place = _visitPlace[index];
                if (index > 0) Append(",");
                Append("{\"latitude\":");
                AppendNumber(10 + place * 3);
                Append(".25,\"longitude\":");
                AppendNumber(-40 + place * 7);
                Append(".5,\"city\":\"");
                Append(City(place));
                Append("\",\"countryCode\":\"");
                Append(Code(place));
                Append("\",\"country\":\"");
                Append(Country(place));
                Append("\",\"actions\":\"");
                AppendNumber(_visitActions[index]);
                Append("\",\"visitIp\":\"203.0.113.");
                AppendNumber(place + 10);
                Append("\",\"operatingSystem\":\"Android\",\"browserName\":\"Chrome\",\"source\":\"");
                AppendEscaped(Source((place + index) % SourceCount));
                Append("\",\"lastActionDateTime\":\"");
                AppendLocalTime(_visitAt[index]);
                Append("\"}");
            }

            Append("],\"summary\":{\"today\":{\"visits\":");
            AppendNumber(_today);
            Append(",\"time_spent\":\"");
            AppendDuration(_todaySeconds);
            Append("\"},\"yesterday\":{\"visits\":");
            AppendNumber(_yesterday);
            Append(",\"time_spent\":\"");
            AppendDuration(_yesterdaySeconds);
            Append("\"},\"day_before\":{\"visits\":");
            AppendNumber(_dayBefore);
            Append(",\"time_spent\":\"");
            AppendDuration(_dayBeforeSeconds);
            Append("\"}}}");
            byte[] message = new byte[_length];
            Array.Copy(_scratch, message, _length);
            return message;
        }

        private void AddVisit(long at)
        {
            for (int index = VisitCount - 1; index > 0; index--)
            {
                _visitPlace[index] = _visitPlace[index - 1];
                _visitAt[index] = _visitAt[index - 1];
                _visitActions[index] = _visitActions[index - 1];
            }

            _visitPlace[0] = _random.Next(PlaceCount);
            _visitAt[0] = at;
            _visitActions[0] = 1 + _random.Next(12);
            if (_visitsListed < VisitCount) _visitsListed++;
        }

        private static string City(int place)
        {
            switch (place)
            {
                case 0: return "Krak\u00f3w";
                case 1: return "Tokyo";
                case 2: return "S\u00e3o Paulo";
                case 3: return "Z\u00fcrich";
                case 4: return "Lyon";
                case 5: return "\u6771\u4eac";
                case 6: return "Austin";
                case 7: return "Porto";
                case 8: return string.Empty;
                case 9: return "Reykjav\u00edk";
                case 10: return "Cork";
                default: return "Gda\u0144sk";
            }
        }

        private static string Code(int place)
        {
            switch (place)
            {
                case 0: case 11: return "pl";
                case 1: case 5: return "jp";
                case 2: return "br";
                case 3: return "ch";
                case 4: return "fr";
                case 6: return "us";
                case 7: return "pt";
                case 8: return "de";
                case 9: return "is";
                default: return "ie";
            }
        }

        private static string Country(int place)
        {
            switch (place)
            {
                case 0: case 11: return "Poland";
                case 1: case 5: return "Japan";
                case 2: return "Brazil";
                case 3: return "Switzerland";
                case 4: return "France";
                case 6: return "United States";
                case 7: return "Portugal";
                case 8: return "Germany";
                case 9: return "Iceland";
                default: return "Ireland";
            }
        }

        private static string Source(int index)
        {
            switch (index)
            {
                case 0: return "Google";
                case 1: return "Direct Entry";
                case 2: return "news.ycombinator.com";
                case 3: return "Bing";
                case 4: return "DuckDuckGo";
                default: return "\"quoted\" \\ source";
            }
        }

        // The message is written as UTF-8 straight into a scratch buffer (no string in between: the soak's own garbage
        // should stay small next to the firmware's).
        private void Append(string value)
        {
            for (int index = 0; index < value.Length; index++)
            {
                AppendCharacter(value[index]);
            }
        }

        private void AppendCharacter(char character)
        {
            if (character < 0x80)
            {
                _scratch[_length++] = (byte)character;
            }
            else if (character < 0x800)
            {
                _scratch[_length++] = (byte)(0xC0 | (character >> 6));
                _scratch[_length++] = (byte)(0x80 | (character & 0x3F));
            }
            else
            {
                _scratch[_length++] = (byte)(0xE0 | (character >> 12));
                _scratch[_length++] = (byte)(0x80 | ((character >> 6) & 0x3F));
                _scratch[_length++] = (byte)(0x80 | (character & 0x3F));
            }
        }

        private void AppendNumber(int value)
        {
            if (value < 0)
            {
                _scratch[_length++] = (byte)'-';
                value = -value;
            }

            int divisor = 1;
            while (value / divisor >= 10)
            {
                divisor *= 10;
            }

            for (; divisor > 0; divisor /= 10)
            {
                _scratch[_length++] = (byte)('0' + value / divisor % 10);
            }
        }

        private void AppendEscaped(string value)
        {
            for (int index = 0; index < value.Length; index++)
            {
                char character = value[index];
                if (character == '"' || character == '\\') AppendCharacter('\\');
                AppendCharacter(character);
            }
        }

        private void AppendLocalTime(long at)
        {
            DateTime local = LocalStart.AddMilliseconds(at);
            AppendNumber(local.Year);
            AppendCharacter('-');
            Two(local.Month);
            AppendCharacter('-');
            Two(local.Day);
            AppendCharacter(' ');
            Two(local.Hour);
            AppendCharacter(':');
            Two(local.Minute);
            AppendCharacter(':');
            Two(local.Second);
        }

        private void AppendDuration(int seconds)
        {
            Two(seconds / 3600);
            AppendCharacter(':');
            Two(seconds / 60 % 60);
            AppendCharacter(':');
            Two(seconds % 60);
        }

        private void Two(int value)
        {
            if (value < 10) AppendCharacter('0');
            AppendNumber(value);
        }
    }
}
