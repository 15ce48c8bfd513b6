namespace DeskStats.Model
{
    /// <summary>One day's totals from <c>summary.today|yesterday|day_before</c>.</summary>
    public sealed class DayTotals
    {
        /// <summary>True once the relay has sent this day's totals; false before (the relay may send <c>"summary": {}</c>).</summary>
        public bool HasValue { get; internal set; }

        /// <summary>Visits that day, 0 to <see cref="int.MaxValue"/>.</summary>
        public int Visits { get; internal set; }

        /// <summary>Time spent as the relay sent it, "HH:MM:SS" (hours may exceed 99); empty when absent.</summary>
        public string TimeSpent { get; internal set; } = string.Empty;

        /// <summary><see cref="TimeSpent"/> in seconds, or -1 when it is absent or not in the HH:MM:SS form.</summary>
        public int TimeSpentSeconds { get; internal set; } = -1;

        /// <summary>Copies every field of <paramref name="other"/> (strings by reference: no allocation).</summary>
        internal void CopyFrom(DayTotals other)
        {
            HasValue = other.HasValue;
            Visits = other.Visits;
            TimeSpent = other.TimeSpent;
            TimeSpentSeconds = other.TimeSpentSeconds;
        }

        /// <summary>Resets to "not sent" (as after <c>"summary": {}</c>).</summary>
        internal void Clear()
        {
            HasValue = false;
            Visits = 0;
            TimeSpent = string.Empty;
            TimeSpentSeconds = -1;
        }
    }
}
