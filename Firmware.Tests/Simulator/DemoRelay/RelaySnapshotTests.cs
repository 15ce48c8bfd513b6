using System;
using System.Text;
using System.Text.Json;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator.DemoRelay
{
    public class RelaySnapshotTests
    {
        internal static RelaySnapshot Sample()
        {
            var krakow = new RelayVisit
            {
                Latitude = 50.0647,
                Longitude = 19.945,
                City = "Kraków",
                CountryCode = "pl",
                Country = "Poland",
                Actions = 3,
                VisitIp = "203.0.113.7",
                OperatingSystem = "Android",
                BrowserName = "Chrome",
                Source = "The \"Weekly\" Digest",
                LastActionLocal = new DateTime(2026, 11, 22, 9, 3, 14),
            };
            var tokyo = new RelayVisit
            {
                Latitude = 35.6895,
                Longitude = 139.6917,
                City = "東京",
                CountryCode = "jp",
                Country = "Japan",
                Actions = 12,
                VisitIp = "198.51.100.20",
                OperatingSystem = "iOS",
                BrowserName = "Safari",
                Source = "🚀 Launch thread",
                LastActionLocal = new DateTime(2026, 11, 22, 8, 59, 1),
            };
            return new RelaySnapshot(new[] { krakow, tokyo },
                new RelayDayTotals(1203, 12 * 3600 + 34 * 60 + 56),
                new RelayDayTotals(987, 8 * 3600 + 1),
                new RelayDayTotals(1002, 101 * 3600 + 10 * 60 + 11));
        }

        [Fact]
        public void The_message_has_every_member_of_the_protocol_in_its_order_and_types()
        {
            byte[] message = Sample().ToMessage();
            using JsonDocument document = JsonDocument.Parse(message);
            JsonElement visit = document.RootElement.GetProperty("visits_live")[0];
            string[] expectedMembers =
            {
                "latitude", "longitude", "city", "countryCode", "country", "actions", "visitIp",
                "operatingSystem", "browserName", "source", "lastActionDateTime",
            };
            int index = 0;
            foreach (JsonProperty property in visit.EnumerateObject())
            {
                Assert.Equal(expectedMembers[index++], property.Name);
            }

            Assert.Equal(expectedMembers.Length, index);
            Assert.Equal(JsonValueKind.Number, visit.GetProperty("latitude").ValueKind);
            Assert.Equal("3", visit.GetProperty("actions").GetString());
            Assert.Equal("Kraków", visit.GetProperty("city").GetString());
            Assert.Equal("2026-11-22 09:03:14", visit.GetProperty("lastActionDateTime").GetString());
            JsonElement summary = document.RootElement.GetProperty("summary");
            Assert.Equal(1203, summary.GetProperty("today").GetProperty("visits").GetInt32());
            Assert.Equal("12:34:56", summary.GetProperty("today").GetProperty("time_spent").GetString());
            Assert.Equal("08:00:01", summary.GetProperty("yesterday").GetProperty("time_spent").GetString());
            Assert.Equal("101:10:11", summary.GetProperty("day_before").GetProperty("time_spent").GetString());
        }

        [Fact]
        public void Non_ASCII_text_travels_as_raw_UTF8_not_escapes()
        {
            string text = Encoding.UTF8.GetString(Sample().ToMessage());

            Assert.Contains("\"city\":\"Kraków\"", text);
            Assert.Contains("\"city\":\"東京\"", text);
            Assert.Contains("\"source\":\"🚀 Launch thread\"", text);
            Assert.Contains("\"source\":\"The \\\"Weekly\\\" Digest\"", text);
            Assert.DoesNotContain("\\u", text);
        }

        [Fact]
        public void The_pretty_form_holds_the_same_data()
        {
            RelaySnapshot snapshot = Sample();
            using JsonDocument compact = JsonDocument.Parse(snapshot.ToMessage());
            using JsonDocument pretty = JsonDocument.Parse(snapshot.ToPrettyJson());

            Assert.NotEmpty(compact.RootElement.GetRawText());
            Assert.Equal(JsonSerializer.Serialize(compact.RootElement), JsonSerializer.Serialize(pretty.RootElement));
            Assert.StartsWith("{\n  \"visits_live\": [\n    {\n      \"latitude\": 50.0647,", snapshot.ToPrettyJson());
        }

        [Fact]
        public void At_most_five_visits_are_kept_newest_first()
        {
            var visits = new RelayVisit[7];
            for (int index = 0; index < visits.Length; index++)
            {
                visits[index] = new RelayVisit { City = "City " + index };
            }

            var snapshot = new RelaySnapshot(visits, default, default, default);

            Assert.Equal(5, snapshot.VisitCount);
            Assert.Equal("City 0", snapshot.LatestVisit.City);
            Assert.Equal("City 4", snapshot.GetVisit(4).City);
        }

        [Theory]
        [InlineData(0, "00:00:00")]
        [InlineData(59, "00:00:59")]
        [InlineData(3600 * 5 + 61, "05:01:01")]
        [InlineData(3600 * 123 + 45, "123:00:45")]
        public void Time_spent_has_the_relays_form(int seconds, string expected)
        {
            Assert.Equal(expected, RelayDayTotals.FormatTimeSpent(seconds));
        }
    }
}
