namespace DeskStats.NanoClr.Benchmarks
{
    // The classes nanoFramework.Json fills from a relay message: the same fields our pipeline keeps (property names
    // are the JSON member names, as its reflection mapping needs). Unknown members of the message are skipped by it.

    /// <summary>A relay message as nanoFramework.Json sees it.</summary>
    public class JsonRelayMessage
    {
        /// <summary>The latest visits, newest first.</summary>
        public JsonVisit[] visits_live { get; set; }

        /// <summary>The three day totals.</summary>
        public JsonSummary summary { get; set; }
    }

    /// <summary>One live visit.</summary>
    public class JsonVisit
    {
        /// <summary>City name.</summary>
        public string city { get; set; }

        /// <summary>ISO country code.</summary>
        public string countryCode { get; set; }

        /// <summary>Country name.</summary>
        public string country { get; set; }

        /// <summary>"yyyy-MM-dd HH:mm:ss" of the last action.</summary>
        public string lastActionDateTime { get; set; }
    }

    /// <summary>today, yesterday, day_before.</summary>
    public class JsonSummary
    {
        /// <summary>Today's totals.</summary>
        public JsonDay today { get; set; }

        /// <summary>Yesterday's totals.</summary>
        public JsonDay yesterday { get; set; }

        /// <summary>The day before yesterday.</summary>
        public JsonDay day_before { get; set; }
    }

    /// <summary>One day's totals.</summary>
    public class JsonDay
    {
        /// <summary>Visits that day.</summary>
        public int visits { get; set; }

        /// <summary>"HH:mm:ss" time spent.</summary>
        public string time_spent { get; set; }
    }
}
