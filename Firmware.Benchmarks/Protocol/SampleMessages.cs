using System.Text;

namespace DeskStats.Benchmarks.Protocol
{
    /// <summary>
    /// Relay messages as the relay writes them (JSON.stringify: compact, raw UTF-8), of about 1 KB and 4 KB. Written in the
    /// C# nanoFramework runs: the nanoCLR benchmarks (NanoClr/Benchmarks, NanoClr/RenderBenchmarks) compile this file too.
    /// </summary>
    internal static class SampleMessages
    {
        private static readonly string[] Cities = { "Tokyo", "Warsaw", "São Paulo", "Zürich", "Kraków", "Москва", "東京", "Lima" };
        private static readonly string[] Codes = { "jp", "pl", "br", "ch", "pl", "ru", "jp", "pe" };
        private static readonly string[] Countries = { "Japan", "Poland", "Brazil", "Switzerland", "Poland", "Russia", "Japan", "Peru" };

        /// <summary>A message of about <paramref name="targetBytes"/> bytes: 5 visits (3 for small sizes), padded with the extra members a Matomo visit carries.</summary>
        public static byte[] Build(int targetBytes, int todayVisits = 1234, int firstCity = 0)
        {
            int visits = targetBytes < 2000 ? 3 : 5;
            int padding = 0;
            byte[] message = Render(visits, padding / visits, todayVisits, firstCity, false);
            while (message.Length < targetBytes)
            {
                padding += 8;
                message = Render(visits, padding / visits, todayVisits, firstCity, false);
            }

            return message;
        }

        /// <summary>
        /// A message with <paramref name="visits"/> visits starting at city <paramref name="firstCity"/> (a new visit shifts
        /// the list by one), today's count <paramref name="todayVisits"/>, and <paramref name="referrerPadding"/> extra
        /// characters in each visit's unknown <c>referrerUrl</c>. With <paramref name="timesFollowCities"/> each city keeps
        /// its visit time when the list shifts (as the relay's list does); otherwise the times stay with the positions.
        /// </summary>
        public static byte[] Render(int visits, int referrerPadding, int todayVisits, int firstCity, bool timesFollowCities)
        {
            var builder = new StringBuilder("{\"visits_live\":[");
            for (int index = 0; index < visits; index++)
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
                    .Append("\",\"lastActionDateTime\":\"2026-11-22 09:0").Append(timesFollowCities ? (firstCity + index) % 10 : index).Append(":14\"}");
            }

            builder.Append("],\"summary\":{\"today\":{\"visits\":").Append(todayVisits)
                .Append(",\"time_spent\":\"12:34:56\"},\"yesterday\":{\"visits\":987,\"time_spent\":\"08:00:01\"},\"day_before\":{\"visits\":1002,\"time_spent\":\"09:10:11\"}}}");
            return Encoding.UTF8.GetBytes(builder.ToString());
        }
    }
}
