using System;
using DeskStats.Model;

namespace DeskStats.Protocol
{
    /// <summary>
    /// Turns relay messages (one WebSocket text frame: <c>byte[]</c> + length of UTF-8 JSON) into
    /// <see cref="DashboardModel"/> updates, doing as little work as possible for what did not change:
    /// <list type="number">
    /// <item>A message byte-identical to the last accepted one (compared with a copy of it) returns
    /// <see cref="MessageOutcome.Unchanged"/> without parsing or allocating.</item>
    /// <item>Otherwise the whole message is validated in one pass that skips over the sections and finds the byte
    /// ranges of <c>visits_live</c> and <c>summary</c>; only a section whose bytes differ from the last accepted
    /// message's is decoded. Top-level members in the front that equals the last accepted message are not tokenized
    /// again (the pass resumes after them).</item>
    /// <item>Decoding writes into a staging copy; only when the whole message is valid is the model updated, and
    /// <see cref="LastChanges"/> names the displayed fields that differ. A rejected message leaves the model as it was.</item>
    /// </list>
    /// Rules: a missing section keeps the model's previous data for it; a present <c>summary</c> replaces all three
    /// days (a day absent from it, or <c>null</c>, is "not sent": <see cref="DayTotals.HasValue"/> false);
    /// <c>visits_live</c> keeps its first <see cref="DashboardModel.MaxRecentVisits"/> entries; unknown members are
    /// skipped; a repeated member counts its last occurrence. Strings are cut at <see cref="MaxTextLength"/> chars,
    /// and a new string is allocated only when its text differs from every string the model already holds in that
    /// field, so repeated cities and a list shifting by one entry cost nothing.
    /// Not thread-safe: call from one thread (the link's receive thread).
    /// </summary>
    public sealed partial class RelayMessageProcessor
    {
        /// <summary>Largest message accepted, in bytes (the relay sends 1-4 KB).</summary>
        public const int MaxMessageBytes = 16384;

        /// <summary>Deepest container nesting accepted (the relay's message nests 3 deep).</summary>
        public const int MaxDepth = 16;

        /// <summary>Longest text kept per string field, in UTF-16 chars; longer text is cut at a character boundary.</summary>
        public const int MaxTextLength = 64;

        private const int FieldCity = 1;
        private const int FieldCountryCode = 2;
        private const int FieldCountry = 3;
        private const int FieldLastActionDateTime = 4;

        private static readonly byte[] VisitsLiveName = Ascii("visits_live");
        private static readonly byte[] SummaryName = Ascii("summary");
        private static readonly byte[] TodayName = Ascii("today");
        private static readonly byte[] YesterdayName = Ascii("yesterday");
        private static readonly byte[] DayBeforeName = Ascii("day_before");
        private static readonly byte[] VisitsName = Ascii("visits");
        private static readonly byte[] TimeSpentName = Ascii("time_spent");
        private static readonly byte[] CityName = Ascii("city");
        private static readonly byte[] CountryCodeName = Ascii("countryCode");
        private static readonly byte[] CountryName = Ascii("country");
        private static readonly byte[] LastActionDateTimeName = Ascii("lastActionDateTime");
        private static readonly byte[] LatitudeName = Ascii("latitude");
        private static readonly byte[] LongitudeName = Ascii("longitude");

        private readonly DashboardModel _model;
        private readonly DashboardModel _staging;
        private readonly JsonTokenReader _reader;
        private readonly char[] _scratch;

        // Where the sections of the last committed message lie in its copy (start -1: it had none).
        private int _visitsStart = -1;
        private int _visitsLength;
        private int _summaryStart = -1;
        private int _summaryLength;

        /// <summary>Creates a processor that writes accepted messages into <paramref name="model"/>.</summary>
        public RelayMessageProcessor(DashboardModel model)
        {
            if (model == null)
            {
                throw new ArgumentNullException();
            }

            _model = model;
            _staging = new DashboardModel();
            _reader = new JsonTokenReader(MaxDepth);
            _scratch = new char[MaxTextLength];
            _checkpoints = NewCheckpoints();
            _pendingCheckpoints = NewCheckpoints();
        }

        /// <summary>The model this processor updates.</summary>
        public DashboardModel Model => _model;

        /// <summary>The displayed fields the last <see cref="Process"/> call changed (<see cref="ChangedFields.All"/> for the first accepted message).</summary>
        public ChangedFields LastChanges { get; private set; }

        /// <summary>Why the last <see cref="Process"/> call rejected its message, or <see cref="RejectReason.None"/>.</summary>
        public RejectReason LastRejectReason { get; private set; }

        /// <summary>Messages applied to the model (something displayed changed).</summary>
        public int AcceptedCount { get; private set; }

        /// <summary>Valid messages that changed nothing displayed (including byte-identical repeats).</summary>
        public int UnchangedCount { get; private set; }

        /// <summary>Messages rejected (the model kept its state).</summary>
        public int RejectedCount { get; private set; }

        /// <summary>
        /// Reads one relay message of <paramref name="length"/> bytes at the start of <paramref name="buffer"/> and
        /// updates the model when it is valid. Never throws on bad input; allocates only the strings whose text changed.
        /// </summary>
        public MessageOutcome Process(byte[] buffer, int length)
        {
            LastChanges = ChangedFields.None;
            if (buffer == null || length <= 0)
            {
                return Reject(RejectReason.Empty);
            }

            if (length > MaxMessageBytes)
            {
                return Reject(RejectReason.TooLarge);
            }

            if (length > buffer.Length)
            {
                return Reject(RejectReason.Truncated);
            }

            // Bytes equal to the last committed message's, from the start: all of them is an identical message; a
            // long equal front lets pass 1 resume after the members it covers instead of tokenizing them again.
            int common = CommonPrefixLength(buffer, length);
            if (common == length && length == _lastMessageLength)
            {
                LastRejectReason = RejectReason.None;
                UnchangedCount++;
                return MessageOutcome.Unchanged;
            }

            // Pass 1: validate the whole message, find the sections.
            JsonTokenReader reader = _reader;
            int visitsStart = -1;
            int visitsLength = 0;
            int summaryStart = -1;
            int summaryLength = 0;
            bool wrongType = false;
            int members = ResumeIndex(common);

            // Checkpoints of the skipped members stay valid (same bytes, same places); new ones follow them.
            _resumedMembers = members;
            _pendingCheckpointCount = members;
            if (members > 0)
            {
                SectionCheckpoint resume = _checkpoints[members - 1];
                reader.ResumeFrom(resume.Reader, buffer, 0, length);
                visitsStart = resume.VisitsStart;
                visitsLength = resume.VisitsLength;
                summaryStart = resume.SummaryStart;
                summaryLength = resume.SummaryLength;
                wrongType = resume.WrongType;
            }
            else
            {
                reader.Reset(buffer, 0, length);
                if (!reader.Read())
                {
                    return Reject(ReasonFor(reader.Error));
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    // Report broken JSON as such; a valid non-object is NotAnObject.
                    reader.Skip();
                    while (reader.Read())
                    {
                    }

                    return Reject(reader.IsComplete ? RejectReason.NotAnObject : ReasonFor(reader.Error));
                }
            }

            while (true)
            {
                if (!reader.Read())
                {
                    return Reject(ReasonFor(reader.Error));
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                int section = 0;
                if (reader.ValueTextEquals(VisitsLiveName))
                {
                    section = 1;
                }
                else if (reader.ValueTextEquals(SummaryName))
                {
                    section = 2;
                }

                if (!reader.Read())
                {
                    return Reject(ReasonFor(reader.Error));
                }

                JsonTokenType valueType = reader.TokenType;
                int valueStart = reader.TokenStart;
                if (!reader.Skip())
                {
                    return Reject(ReasonFor(reader.Error));
                }

                int valueLength = reader.TokenStart + reader.TokenLength - valueStart;
                if (section == 1)
                {
                    wrongType |= valueType != JsonTokenType.StartArray;
                    visitsStart = valueStart;
                    visitsLength = valueLength;
                }
                else if (section == 2)
                {
                    wrongType |= valueType != JsonTokenType.StartObject;
                    summaryStart = valueStart;
                    summaryLength = valueLength;
                }

                SaveCheckpoint(reader, visitsStart, visitsLength, summaryStart, summaryLength, wrongType);
            }

            if (reader.Read() || !reader.IsComplete)
            {
                return Reject(ReasonFor(reader.Error));
            }

            if (wrongType)
            {
                return Reject(RejectReason.WrongType);
            }

            // Pass 2: decode only the sections whose bytes changed, into the staging model (a decoded section writes
            // every field of its part of the staging model, so nothing is copied into it first).
            bool decodeVisits = visitsStart >= 0 && SectionChanged(buffer, visitsStart, visitsLength, _visitsStart, _visitsLength, common);
            bool decodeSummary = summaryStart >= 0 && SectionChanged(buffer, summaryStart, summaryLength, _summaryStart, _summaryLength, common);
            RejectReason reason = RejectReason.None;
            if (decodeVisits)
            {
                reader.Reset(buffer, visitsStart, visitsLength);
                reason = DecodeVisits(reader);
            }

            if (reason == RejectReason.None && decodeSummary)
            {
                reader.Reset(buffer, summaryStart, summaryLength);
                reason = DecodeSummary(reader);
            }

            if (reason != RejectReason.None)
            {
                return Reject(reason);
            }

            // Commit: only the decoded parts; the others are the model's already.
            ChangedFields changes = _model.HasData ? CompareStagingWithModel(decodeVisits, decodeSummary) : ChangedFields.All;
            if (decodeVisits)
            {
                _model.CopyVisitsFrom(_staging);
            }

            if (decodeSummary)
            {
                _model.CopyTotalsFrom(_staging);
            }

            _model.HasData = true;
            CommitMessage(buffer, length);
            _visitsStart = visitsStart;
            _visitsLength = visitsLength;
            _summaryStart = summaryStart;
            _summaryLength = summaryLength;

            LastRejectReason = RejectReason.None;
            LastChanges = changes;
            if (changes == ChangedFields.None)
            {
                UnchangedCount++;
                return MessageOutcome.Unchanged;
            }

            AcceptedCount++;
            return MessageOutcome.Applied;
        }

        // The displayed fields that differ between the decoded parts of the staging model and the model.
        private ChangedFields CompareStagingWithModel(bool visits, bool totals)
        {
            ChangedFields changes = ChangedFields.None;
            if (totals)
            {
                changes |= CompareDay(_staging.Today, _model.Today, ChangedFields.TodayVisits, ChangedFields.TodayTimeSpent);
                changes |= CompareDay(_staging.Yesterday, _model.Yesterday, ChangedFields.YesterdayVisits, ChangedFields.YesterdayTimeSpent);
                changes |= CompareDay(_staging.DayBefore, _model.DayBefore, ChangedFields.DayBeforeVisits, ChangedFields.DayBeforeTimeSpent);
            }

            if (!visits)
            {
                return changes;
            }

            int stagedCount = _staging.RecentVisitCount;
            int currentCount = _model.RecentVisitCount;
            if ((stagedCount > 0) != (currentCount > 0)
                || (stagedCount > 0 && !_staging.GetRecentVisit(0).SameAs(_model.GetRecentVisit(0))))
            {
                changes |= ChangedFields.LatestVisit;
            }

            if (stagedCount != currentCount)
            {
                changes |= ChangedFields.RecentVisits;
            }
            else
            {
                for (int index = 0; index < stagedCount; index++)
                {
                    if (!_staging.GetRecentVisit(index).SameAs(_model.GetRecentVisit(index)))
                    {
                        changes |= ChangedFields.RecentVisits;
                        break;
                    }
                }
            }

            return changes;
        }

        private static ChangedFields CompareDay(DayTotals staged, DayTotals current, ChangedFields visitsFlag, ChangedFields timeFlag)
        {
            ChangedFields changes = ChangedFields.None;
            if (staged.HasValue != current.HasValue || staged.Visits != current.Visits)
            {
                changes |= visitsFlag;
            }

            if (staged.HasValue != current.HasValue || staged.TimeSpent != current.TimeSpent)
            {
                changes |= timeFlag;
            }

            return changes;
        }

        /// <summary>"H:MM:SS" (one or more hour digits, minutes and seconds 00-59) in seconds, or -1 when not in that form or too large for an int.</summary>
        internal static int ParseTimeSpent(string text)
        {
            int length = text.Length;
            int firstColon = text.IndexOf(':');
            if (firstColon < 1 || firstColon > 6 || length != firstColon + 6 || text[firstColon + 3] != ':')
            {
                return -1;
            }

            int hours = 0;
            for (int index = 0; index < firstColon; index++)
            {
                int digit = text[index] - '0';
                if (digit < 0 || digit > 9)
                {
                    return -1;
                }

                hours = (hours * 10) + digit;
            }

            int minutes = TwoDigits(text, firstColon + 1);
            int seconds = TwoDigits(text, firstColon + 4);
            if (minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || hours > 596522)
            {
                return -1;
            }

            return (hours * 3600) + (minutes * 60) + seconds;
        }

        /// <summary>Hour and minute of "yyyy-MM-dd HH:mm:ss" (or 'T' between date and time, or a bare "HH:mm"), -1 and -1 when unreadable.</summary>
        internal static void ParseVisitTime(string text, out int hour, out int minute)
        {
            hour = -1;
            minute = -1;
            int start = text.IndexOf(' ');
            if (start < 0)
            {
                start = text.IndexOf('T');
            }

            start = start < 0 ? 0 : start + 1;
            if (text.Length < start + 5 || text[start + 2] != ':')
            {
                return;
            }

            int parsedHour = TwoDigits(text, start);
            int parsedMinute = TwoDigits(text, start + 3);
            if (parsedHour < 0 || parsedHour > 23 || parsedMinute < 0 || parsedMinute > 59)
            {
                return;
            }

            hour = parsedHour;
            minute = parsedMinute;
        }

        private static int TwoDigits(string text, int index)
        {
            int tens = text[index] - '0';
            int ones = text[index + 1] - '0';
            if (tens < 0 || tens > 9 || ones < 0 || ones > 9)
            {
                return -1;
            }

            return (tens * 10) + ones;
        }

        private MessageOutcome Reject(RejectReason reason)
        {
            LastRejectReason = reason;
            LastChanges = ChangedFields.None;
            RejectedCount++;
            return MessageOutcome.Rejected;
        }

        private static RejectReason ReasonFor(JsonReadError error)
        {
            switch (error)
            {
                case JsonReadError.UnexpectedEnd:
                    return RejectReason.Truncated;
                case JsonReadError.TooDeep:
                    return RejectReason.TooDeep;
                case JsonReadError.Empty:
                    return RejectReason.Empty;
                default:
                    return RejectReason.Malformed;
            }
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int index = 0; index < text.Length; index++)
            {
                bytes[index] = (byte)text[index];
            }

            return bytes;
        }
    }
}
