using System;
using DeskStats.Model;
using DeskStats.Link;

namespace DeskStats.Stage
{
    /// <summary>
    /// Canonical text of the core's state, written the same way on nanoCLR and .NET: enums as numbers (nanoFramework's
    /// Enum.ToString gives the number), dates as digits, strings as they are.
    /// </summary>
    public static class StageText
    {
        /// <summary>The whole model on one line.</summary>
        public static string Model(DashboardModel model)
        {
            string text = "data=" + (model.HasData ? "1" : "0")
                + " today=" + Day(model.Today) + " yesterday=" + Day(model.Yesterday) + " before=" + Day(model.DayBefore)
                + " visits=" + model.RecentVisitCount;
            for (int index = 0; index < model.RecentVisitCount; index++)
            {
                text += " [" + Visit(model.GetRecentVisit(index)) + "]";
            }

            return text;
        }

        /// <summary>One day's totals.</summary>
        public static string Day(DayTotals day)
        {
            return day.HasValue ? day.Visits + "/" + day.TimeSpent + "/" + day.TimeSpentSeconds : "-";
        }

        /// <summary>One visit.</summary>
        public static string Visit(VisitEntry visit)
        {
            return visit.City + "|" + visit.CountryCode + "|" + visit.Country + "|" + visit.LastActionDateTime + "|" + visit.VisitHour + ":" + visit.VisitMinute
                + "|" + (visit.HasLocation ? visit.LatitudeCentidegrees + "," + visit.LongitudeCentidegrees : "-");
        }

        /// <summary>What the screen status says.</summary>
        public static string Status(ScreenStatus status)
        {
            return "kind=" + (int)status.Kind + " retry=" + status.RetryInSeconds + " offline=" + (status.Offline ? "1" : "0")
                + " since=" + (status.Offline ? Time(status.OfflineSinceLocal) : "-") + " clock=" + (status.ClockValid ? "1" : "0")
                + " rejected=" + status.RejectedMessages + " reconnects=" + status.Reconnects + " failure=" + (int)status.LastFailure
                + " setup=" + status.SetupSetting + "/" + status.SetupProblem;
        }

        /// <summary>A date and time as yyyyMMddHHmmss digits.</summary>
        public static string Time(DateTime time)
        {
            return time.Year.ToString() + Two(time.Month) + Two(time.Day) + Two(time.Hour) + Two(time.Minute) + Two(time.Second);
        }

        /// <summary>Two digits.</summary>
        public static string Two(int value)
        {
            return value < 10 ? "0" + value : value.ToString();
        }
    }
}
