using System;

namespace DeskStats.Model
{
    /// <summary>
    /// The displayed fields that one applied relay message changed, so the screen redraws only those.
    /// Combine with bitwise operators; <see cref="None"/> means nothing on screen needs to change.
    /// </summary>
    [Flags]
    public enum ChangedFields
    {
        /// <summary>Nothing displayed changed.</summary>
        None = 0,
        /// <summary><c>summary.today.visits</c>, the big number.</summary>
        TodayVisits = 1,
        /// <summary><c>summary.today.time_spent</c>.</summary>
        TodayTimeSpent = 2,
        /// <summary><c>summary.yesterday.visits</c>.</summary>
        YesterdayVisits = 4,
        /// <summary><c>summary.yesterday.time_spent</c>.</summary>
        YesterdayTimeSpent = 8,
        /// <summary><c>summary.day_before.visits</c>.</summary>
        DayBeforeVisits = 16,
        /// <summary><c>summary.day_before.time_spent</c>.</summary>
        DayBeforeTimeSpent = 32,
        /// <summary>City, country code, country or time of <c>visits_live[0]</c>.</summary>
        LatestVisit = 64,
        /// <summary>Any entry of the recent visits list (its place, time or position), or its length; covers <see cref="VisitDetails"/> too.</summary>
        RecentVisits = 128,
        /// <summary>Every field: used for the first frame (<see cref="RecentVisits"/> covers <see cref="VisitDetails"/>).</summary>
        All = 255,
        /// <summary>
        /// Only the actions, source, browser or operating system of recent visits changed (a visitor browsing on): set
        /// instead of <see cref="RecentVisits"/>, never with it, so only the visitors page redraws for it.
        /// </summary>
        VisitDetails = 256
    }
}
