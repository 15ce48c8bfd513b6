using System.Text;
using DeskStats.Model;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>Every public field of a <see cref="DashboardModel"/> as one string, to prove a model did not change.</summary>
    internal static class ModelSnapshot
    {
        public static string Of(DashboardModel model)
        {
            var builder = new StringBuilder();
            builder.Append(model.HasData).Append('|');
            Day(builder, model.Today);
            Day(builder, model.Yesterday);
            Day(builder, model.DayBefore);
            builder.Append(model.RecentVisitCount).Append('|');
            for (int index = 0; index < model.RecentVisitCount; index++)
            {
                VisitEntry visit = model.GetRecentVisit(index);
                builder.Append(visit.City).Append('/').Append(visit.CountryCode).Append('/').Append(visit.Country).Append('/')
                    .Append(visit.LastActionDateTime).Append('/').Append(visit.VisitHour).Append('/').Append(visit.VisitMinute).Append('/')
                    .Append(visit.Actions).Append('/').Append(visit.Source).Append('/').Append(visit.BrowserName).Append('/')
                    .Append(visit.OperatingSystem).Append('|');
            }

            return builder.ToString();
        }

        private static void Day(StringBuilder builder, DayTotals day)
        {
            builder.Append(day.HasValue).Append('/').Append(day.Visits).Append('/').Append(day.TimeSpent).Append('/')
                .Append(day.TimeSpentSeconds).Append('|');
        }
    }
}
