using System.Text;

namespace DeskStats.NanoClr.Benchmarks
{
    /// <summary>
    /// Relay messages as the relay writes them (JSON.stringify: compact, raw UTF-8), built at start-up the same way as
    /// Firmware.Benchmarks/Protocol/SampleMessages on the host: five visits with the members a Matomo visit carries
    /// (most unknown to the screen), then the three day totals.
    /// </summary>
    internal static class BenchmarkMessages
    {
        private static readonly string[] Cities = { "Tokyo", "Warsaw", "S\u00e3o Paulo", "Z\u00fcrich", "Krak\u00f3w", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u6771\u4eac", "Lima" };
        private static readonly string[] Codes = { "jp", "pl", "br", "ch", "pl", "ru", "jp", "pe" };
        private static readonly string[] Countries = { "Japan", "Poland", "Brazil", "Switzerland", "Poland", "Russia", "Japan", "Peru" };

        /// <summary>
        /// A message with five visits starting at city <paramref name="firstCity"/> (the next message's list is shifted by
        /// one when a visit arrives), today's count <paramref name="todayVisits"/>, and <paramref name="referrerPadding"/>
        /// extra characters in each visit's unknown <c>referrerUrl</c> member (0 gives about 1.4 KB).
        /// </summary>
        public static byte[] Build(int todayVisits, int firstCity, int referrerPadding)
        {
            var builder = new StringBuilder("{\"visits_live\":[");
            for (int index = 0; index < 5; index++)
            {
                int city = (firstCity + index) % Cities.Length;
                if (index > 0)
                {
                    builder.Append(',');
                }

                builder.Append("{\"latitude\":35.6895,\"longitude\":-139.6917,\"city\":\"").Append(Cities[city])
                    .Append("\",\"countryCode\":\"").Append(Codes[city]).Append("\",\"country\":\"").Append(Countries[city])
                    .Append("\",\"actions\":\"3\",\"visitIp\":\"203.0.113.7\",\"operatingSystem\":\"Android\",\"browserName\":\"Chrome\",\"source\":\"Google \\\"search\\\"\",")
                    .Append("\"referrerUrl\":\"https://www.example.com/search?q=").Append('x', referrerPadding)
                    .Append("\",\"lastActionDateTime\":\"2026-11-22 09:0").Append((firstCity + index) % 10).Append(":14\"}");
            }

            builder.Append("],\"summary\":{\"today\":{\"visits\":").Append(todayVisits)
                .Append(",\"time_spent\":\"12:34:56\"},\"yesterday\":{\"visits\":987,\"time_spent\":\"08:00:01\"},\"day_before\":{\"visits\":1002,\"time_spent\":\"09:10:11\"}}}");
            return Encoding.UTF8.GetBytes(builder.ToString());
        }
    }
}
