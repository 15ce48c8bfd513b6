using DeskStats.Model;

namespace DeskStats.Protocol
{
    // Pass 2: decoding a changed section into the staging model, reusing the strings the model already holds.
    public sealed partial class RelayMessageProcessor
    {
        private RejectReason DecodeVisits(JsonTokenReader reader)
        {
            reader.Read(); // StartArray (validated in pass 1)
            int count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return RejectReason.WrongType;
                }

                if (count >= DashboardModel.MaxRecentVisits)
                {
                    reader.Skip();
                    continue;
                }

                RejectReason reason = DecodeVisit(reader, _staging.GetRecentVisit(count), count);
                if (reason != RejectReason.None)
                {
                    return reason;
                }

                count++;
            }

            for (int index = count; index < DashboardModel.MaxRecentVisits; index++)
            {
                _staging.GetRecentVisit(index).Clear();
            }

            _staging.RecentVisitCount = count;
            return RejectReason.None;
        }

        private RejectReason DecodeVisit(JsonTokenReader reader, VisitEntry entry, int index)
        {
            string city = string.Empty;
            string countryCode = string.Empty;
            string country = string.Empty;
            string lastActionDateTime = string.Empty;
            int latitude = NoCoordinate;
            int longitude = NoCoordinate;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                int field = 0;
                if (reader.ValueTextEquals(LatitudeName))
                {
                    reader.Read();
                    latitude = ReadCoordinate(reader, 9000);
                    continue;
                }

                if (reader.ValueTextEquals(LongitudeName))
                {
                    reader.Read();
                    longitude = ReadCoordinate(reader, 18000);
                    continue;
                }

                if (reader.ValueTextEquals(CityName))
                {
                    field = FieldCity;
                }
                else if (reader.ValueTextEquals(CountryCodeName))
                {
                    field = FieldCountryCode;
                }
                else if (reader.ValueTextEquals(CountryName))
                {
                    field = FieldCountry;
                }
                else if (reader.ValueTextEquals(LastActionDateTimeName))
                {
                    field = FieldLastActionDateTime;
                }

                reader.Read();
                if (field == 0)
                {
                    reader.Skip();
                    continue;
                }

                string text;
                if (reader.TokenType == JsonTokenType.String)
                {
                    text = ReadVisitText(reader, field, index);
                }
                else if (reader.TokenType == JsonTokenType.Null)
                {
                    text = string.Empty;
                }
                else
                {
                    return RejectReason.WrongType;
                }

                switch (field)
                {
                    case FieldCity:
                        city = text;
                        break;
                    case FieldCountryCode:
                        countryCode = text;
                        break;
                    case FieldCountry:
                        country = text;
                        break;
                    default:
                        lastActionDateTime = text;
                        break;
                }
            }

            entry.City = city;
            entry.CountryCode = countryCode;
            entry.Country = country;
            entry.LastActionDateTime = lastActionDateTime;
            int hour;
            int minute;
            ParseVisitTime(lastActionDateTime, out hour, out minute);
            entry.VisitHour = hour;
            entry.VisitMinute = minute;
            entry.HasLocation = latitude != NoCoordinate && longitude != NoCoordinate;
            entry.LatitudeCentidegrees = entry.HasLocation ? latitude : 0;
            entry.LongitudeCentidegrees = entry.HasLocation ? longitude : 0;
            return RejectReason.None;
        }

        private const int NoCoordinate = int.MinValue;

        // A coordinate in hundredths of a degree, rounded; anything but a number within ±limit (a string, null, a
        // container, 200 degrees) is "no location": the map leaves that visit out, the rest of the message stands.
        private static int ReadCoordinate(JsonTokenReader reader, int limit)
        {
            double degrees;
            if (reader.TokenType != JsonTokenType.Number)
            {
                reader.Skip();
                return NoCoordinate;
            }

            if (!reader.TryGetDouble(out degrees) || degrees * 100 > limit || degrees * 100 < -limit)
            {
                return NoCoordinate;
            }

            double scaled = degrees * 100;
            return (int)(scaled >= 0 ? scaled + 0.5 : scaled - 0.5);
        }

        // Reuses a string the model already holds for this field (same index first: the usual case; then the
        // others: the list shifts by one when a visit arrives) and allocates only for new text.
        private string ReadVisitText(JsonTokenReader reader, int field, int index)
        {
            string candidate = VisitField(_model.GetRecentVisit(index), field);
            if (reader.TextEquals(candidate, MaxTextLength))
            {
                return candidate;
            }

            for (int other = 0; other < DashboardModel.MaxRecentVisits; other++)
            {
                if (other == index)
                {
                    continue;
                }

                candidate = VisitField(_model.GetRecentVisit(other), field);
                if (reader.TextEquals(candidate, MaxTextLength))
                {
                    return candidate;
                }
            }

            return NewString(reader);
        }

        private static string VisitField(VisitEntry entry, int field)
        {
            switch (field)
            {
                case FieldCity:
                    return entry.City;
                case FieldCountryCode:
                    return entry.CountryCode;
                case FieldCountry:
                    return entry.Country;
                default:
                    return entry.LastActionDateTime;
            }
        }

        private string NewString(JsonTokenReader reader)
        {
            int written = reader.CopyString(_scratch, 0, MaxTextLength);
            return written == 0 ? string.Empty : new string(_scratch, 0, written);
        }

        private RejectReason DecodeSummary(JsonTokenReader reader)
        {
            reader.Read(); // StartObject (validated in pass 1)
            bool today = false;
            bool yesterday = false;
            bool dayBefore = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                DayTotals staged = null;
                DayTotals current = null;
                if (reader.ValueTextEquals(TodayName))
                {
                    staged = _staging.Today;
                    current = _model.Today;
                    today = true;
                }
                else if (reader.ValueTextEquals(YesterdayName))
                {
                    staged = _staging.Yesterday;
                    current = _model.Yesterday;
                    yesterday = true;
                }
                else if (reader.ValueTextEquals(DayBeforeName))
                {
                    staged = _staging.DayBefore;
                    current = _model.DayBefore;
                    dayBefore = true;
                }

                reader.Read();
                if (staged == null)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.Null)
                {
                    staged.Clear();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return RejectReason.WrongType;
                }

                RejectReason reason = DecodeDay(reader, staged, current);
                if (reason != RejectReason.None)
                {
                    return reason;
                }
            }

            if (!today)
            {
                _staging.Today.Clear();
            }

            if (!yesterday)
            {
                _staging.Yesterday.Clear();
            }

            if (!dayBefore)
            {
                _staging.DayBefore.Clear();
            }

            return RejectReason.None;
        }

        private RejectReason DecodeDay(JsonTokenReader reader, DayTotals staged, DayTotals current)
        {
            int visits = 0;
            string timeSpent = string.Empty;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                bool isVisits = reader.ValueTextEquals(VisitsName);
                bool isTimeSpent = !isVisits && reader.ValueTextEquals(TimeSpentName);
                reader.Read();
                if (isVisits)
                {
                    if (reader.TokenType != JsonTokenType.Number)
                    {
                        return RejectReason.WrongType;
                    }

                    if (!reader.TryGetInt32(out visits))
                    {
                        double value;
                        if (!reader.TryGetDouble(out value) || value < 0 || value > int.MaxValue || value != (int)value)
                        {
                            return RejectReason.OutOfRange;
                        }

                        visits = (int)value;
                    }

                    if (visits < 0)
                    {
                        return RejectReason.OutOfRange;
                    }
                }
                else if (isTimeSpent)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        timeSpent = reader.TextEquals(current.TimeSpent, MaxTextLength) ? current.TimeSpent : NewString(reader);
                    }
                    else if (reader.TokenType == JsonTokenType.Null)
                    {
                        timeSpent = string.Empty;
                    }
                    else
                    {
                        return RejectReason.WrongType;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            staged.HasValue = true;
            staged.Visits = visits;
            staged.TimeSpent = timeSpent;
            staged.TimeSpentSeconds = ParseTimeSpent(timeSpent);
            return RejectReason.None;
        }
    }
}
