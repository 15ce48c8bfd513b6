namespace DeskStats.Model
{
    /// <summary>
    /// What the screen shows: the last good data from the relay. Only the relay message pipeline writes it,
    /// and only after a whole message was read without error, so a rejected message never changes it.
    /// </summary>
    public sealed class DashboardModel
    {
        /// <summary>The most recent visits kept (the relay sends at most 5).</summary>
        public const int MaxRecentVisits = 5;

        private readonly VisitEntry[] _recentVisits;

        /// <summary>Creates an empty model (no data yet).</summary>
        public DashboardModel()
        {
            Today = new DayTotals();
            Yesterday = new DayTotals();
            DayBefore = new DayTotals();
            _recentVisits = new VisitEntry[MaxRecentVisits];
            for (int index = 0; index < MaxRecentVisits; index++)
            {
                _recentVisits[index] = new VisitEntry();
            }
        }

        /// <summary>True once any message has been accepted.</summary>
        public bool HasData { get; internal set; }

        /// <summary><c>summary.today</c>.</summary>
        public DayTotals Today { get; }

        /// <summary><c>summary.yesterday</c>.</summary>
        public DayTotals Yesterday { get; }

        /// <summary><c>summary.day_before</c>.</summary>
        public DayTotals DayBefore { get; }

        /// <summary>How many entries of <see cref="GetRecentVisit"/> are valid, 0 to <see cref="MaxRecentVisits"/>.</summary>
        public int RecentVisitCount { get; internal set; }

        /// <summary>The visit at <paramref name="index"/> (0 = newest), 0 to <see cref="RecentVisitCount"/> - 1.</summary>
        public VisitEntry GetRecentVisit(int index) => _recentVisits[index];

        /// <summary>The newest visit, or null when <c>visits_live</c> was empty.</summary>
        public VisitEntry LatestVisit => RecentVisitCount > 0 ? _recentVisits[0] : null;

        /// <summary>Copies the three day totals of <paramref name="other"/> (strings by reference: no allocation).</summary>
        internal void CopyTotalsFrom(DashboardModel other)
        {
            Today.CopyFrom(other.Today);
            Yesterday.CopyFrom(other.Yesterday);
            DayBefore.CopyFrom(other.DayBefore);
        }

        /// <summary>Copies the recent visits and their count of <paramref name="other"/> (strings by reference).</summary>
        internal void CopyVisitsFrom(DashboardModel other)
        {
            RecentVisitCount = other.RecentVisitCount;
            for (int index = 0; index < MaxRecentVisits; index++)
            {
                _recentVisits[index].CopyFrom(other._recentVisits[index]);
            }
        }
    }
}
