using System.Text;

namespace DeskStats.Benchmarks
{
    /// <summary>
    /// Relay messages in the byte format of JSON.stringify, built in code (the interpreter has no file system): the five
    /// latest visits and the three days, with a knob for each benchmark case.
    /// </summary>
    internal static class RelayMessages
    {
        private static readonly string[] Cities = { "Tokyo", "Warsaw", "São Paulo", "Zürich", "Kraków", "Nairobi", "Lima" };
        private static readonly string[] Codes = { "jp", "pl", "br", "ch", "pl", "ke", "pe" };
        private static readonly string[] Countries = { "Japan", "Poland", "Brazil", "Switzerland", "Poland", "Kenya", "Peru" };

        /// <summary>
        /// A message whose visits start at city <paramref name="firstVisit"/> (a new visit shifts the list by one), with
        /// <paramref name="todayVisits"/> as today's count, padded with unknown members when <paramref name="padded"/>.
        /// </summary>
        public static byte[] Build(int firstVisit, int todayVisits, bool padded)
        {
            var json = new StringBuilder();
            json.Append("{\"visits_live\":[");
            for (int index = 0; index < 5; index++)
            {
                int city = (firstVisit + index) % Cities.Length;
                if (index > 0)
                {
                    json.Append(',');
                }

                json.Append("{\"latitude\":35.6895,\"longitude\":139.6917,\"city\":\"").Append(Cities[city])
                    .Append("\",\"countryCode\":\"").Append(Codes[city]).Append("\",\"country\":\"").Append(Countries[city])
                    .Append("\",\"actions\":\"3\",\"visitIp\":\"203.0.113.7\",\"operatingSystem\":\"Android\",\"browserName\":\"Chrome\",\"source\":\"Google\",\"lastActionDateTime\":\"2026-11-22 09:0")
                    .Append((9 - index).ToString()).Append(":14\"");
                if (padded)
                {
                    json.Append(",\"deviceInfo\":{\"brand\":\"Google\",\"model\":[\"Pixel\",8,{\"deep\":[[[{\"x\":[1,2,{\"y\":null}]}]]]}],\"flags\":[true,false,null]},")
                        .Append("\"pageViews\":[{\"url\":\"https://example.com/blog/2026/11/a-long-article-title\",\"time\":37,\"title\":\"A long article title\"},")
                        .Append("{\"url\":\"https://example.com/\",\"time\":5,\"title\":\"Home\"},{\"url\":\"https://example.com/about/contact-and-imprint\",\"time\":12,\"title\":\"Contact and imprint\"}],\"referrerUrl\":\"https://www.google.com/search?q=desk+gadget+analytics\",\"resolution\":\"1920x1080\",\"plugins\":\"pdf, java, flash\"");
                }

                json.Append('}');
            }

            json.Append("],\"summary\":{\"today\":{\"visits\":").Append(todayVisits.ToString())
                .Append(",\"time_spent\":\"12:34:56\"},\"yesterday\":{\"visits\":987,\"time_spent\":\"08:00:01\"},\"day_before\":{\"visits\":1002,\"time_spent\":\"09:10:11\"}}}");
            return Encoding.UTF8.GetBytes(json.ToString());
        }
    }

    /// <summary>The relay message as nanoFramework.Json maps it (by reflection, member names as in the JSON).</summary>
    public class RelayMessageDocument
    {
        public VisitDocument[] visits_live { get; set; }

        public SummaryDocument summary { get; set; }
    }

    /// <summary>One visit of <c>visits_live</c>.</summary>
    public class VisitDocument
    {
        public double latitude { get; set; }

        public double longitude { get; set; }

        public string city { get; set; }

        public string countryCode { get; set; }

        public string country { get; set; }

        public string actions { get; set; }

        public string visitIp { get; set; }

        public string operatingSystem { get; set; }

        public string browserName { get; set; }

        public string source { get; set; }

        public string lastActionDateTime { get; set; }
    }

    /// <summary>The three days.</summary>
    public class SummaryDocument
    {
        public DayDocument today { get; set; }

        public DayDocument yesterday { get; set; }

        public DayDocument day_before { get; set; }
    }

    /// <summary>One day's totals.</summary>
    public class DayDocument
    {
        public int visits { get; set; }

        public string time_spent { get; set; }
    }
}
