namespace DeskStats.Model
{
    /// <summary>One entry of <c>visits_live</c> (newest first): the fields the screen shows.</summary>
    public sealed class VisitEntry
    {
        /// <summary>City name, decoded from JSON (any Unicode); empty when unknown.</summary>
        public string City { get; internal set; } = string.Empty;

        /// <summary>Lower-case ISO 3166-1 alpha-2 code such as "pl"; empty when unknown.</summary>
        public string CountryCode { get; internal set; } = string.Empty;

        /// <summary>Country name; empty when unknown.</summary>
        public string Country { get; internal set; } = string.Empty;

        /// <summary><c>lastActionDateTime</c> as the relay sent it, usually "yyyy-MM-dd HH:mm:ss" in the relay's time zone; may be empty.</summary>
        public string LastActionDateTime { get; internal set; } = string.Empty;

        /// <summary>Hour of <see cref="LastActionDateTime"/>, 0 to 23, or -1 when it could not be read.</summary>
        public int VisitHour { get; internal set; } = -1;

        /// <summary>Minute of <see cref="LastActionDateTime"/>, 0 to 59, or -1 when it could not be read.</summary>
        public int VisitMinute { get; internal set; } = -1;

        /// <summary>True when the relay sent a usable <c>latitude</c> and <c>longitude</c> (numbers within ±90 and ±180 degrees).</summary>
        public bool HasLocation { get; internal set; }

        /// <summary>Latitude in hundredths of a degree, -9000 (south pole) to 9000; 0 when <see cref="HasLocation"/> is false.</summary>
        public int LatitudeCentidegrees { get; internal set; }

        /// <summary>Longitude in hundredths of a degree, -18000 (west) to 18000; 0 when <see cref="HasLocation"/> is false.</summary>
        public int LongitudeCentidegrees { get; internal set; }

        /// <summary>Copies every field of <paramref name="other"/> (strings by reference: no allocation).</summary>
        internal void CopyFrom(VisitEntry other)
        {
            City = other.City;
            CountryCode = other.CountryCode;
            Country = other.Country;
            LastActionDateTime = other.LastActionDateTime;
            VisitHour = other.VisitHour;
            VisitMinute = other.VisitMinute;
            HasLocation = other.HasLocation;
            LatitudeCentidegrees = other.LatitudeCentidegrees;
            LongitudeCentidegrees = other.LongitudeCentidegrees;
        }

        /// <summary>True when the fields the screens show for a visit (place, time, map position) equal those of <paramref name="other"/>.</summary>
        internal bool SameAs(VisitEntry other)
        {
            return City == other.City && CountryCode == other.CountryCode && Country == other.Country
                && LastActionDateTime == other.LastActionDateTime && HasLocation == other.HasLocation
                && LatitudeCentidegrees == other.LatitudeCentidegrees && LongitudeCentidegrees == other.LongitudeCentidegrees;
        }

        /// <summary>Resets every field to "unknown".</summary>
        internal void Clear()
        {
            City = string.Empty;
            CountryCode = string.Empty;
            Country = string.Empty;
            LastActionDateTime = string.Empty;
            VisitHour = -1;
            VisitMinute = -1;
            HasLocation = false;
            LatitudeCentidegrees = 0;
            LongitudeCentidegrees = 0;
        }
    }
}
