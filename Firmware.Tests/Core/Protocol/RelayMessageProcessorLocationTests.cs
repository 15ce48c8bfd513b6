using System.Text;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>Latitude and longitude of the visits (the map page's dots).</summary>
    public class RelayMessageProcessorLocationTests
    {
        private static DashboardModel Apply(string normalReplaced, string replacement, out ChangedFields changes, RelayMessageProcessor processor = null, DashboardModel model = null)
        {
            model ??= new DashboardModel();
            processor ??= new RelayMessageProcessor(model);
            string text = Encoding.UTF8.GetString(Payloads.Load("normal.json"));
            if (normalReplaced != null)
            {
                Assert.Contains(normalReplaced, text);
                text = text.Replace(normalReplaced, replacement);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text);
            Assert.Equal(MessageOutcome.Applied, processor.Process(bytes, bytes.Length));
            changes = processor.LastChanges;
            return model;
        }

        [Fact]
        public void Coordinates_are_kept_in_hundredths_of_a_degree_rounded()
        {
            DashboardModel model = Apply(null, null, out _);
            VisitEntry tokyo = model.GetRecentVisit(0);
            Assert.True(tokyo.HasLocation);
            Assert.Equal(3569, tokyo.LatitudeCentidegrees);
            Assert.Equal(13969, tokyo.LongitudeCentidegrees);
            VisitEntry saoPaulo = model.GetRecentVisit(2);
            Assert.Equal(-2355, saoPaulo.LatitudeCentidegrees);
            Assert.Equal(-4663, saoPaulo.LongitudeCentidegrees);
        }

        [Theory]
        [InlineData("\"latitude\":35.6895", "\"latitude\":\"35.6895\"")]
        [InlineData("\"latitude\":35.6895", "\"latitude\":null")]
        [InlineData("\"latitude\":35.6895", "\"latitude\":95.5")]
        [InlineData("\"longitude\":139.6917", "\"longitude\":-180.01")]
        [InlineData("\"longitude\":139.6917", "\"longitude\":[139]")]
        [InlineData("\"latitude\":35.6895,", "")]
        public void A_missing_or_unusable_coordinate_leaves_that_visit_off_the_map_and_keeps_the_message(string original, string replacement)
        {
            DashboardModel model = Apply(original, replacement, out _);
            VisitEntry tokyo = model.GetRecentVisit(0);
            Assert.False(tokyo.HasLocation);
            Assert.Equal(0, tokyo.LatitudeCentidegrees);
            Assert.Equal("Tokyo", tokyo.City);
            Assert.True(model.GetRecentVisit(1).HasLocation);
        }

        [Fact]
        public void A_moved_visit_is_a_change_of_the_recent_visits()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            Apply(null, null, out _, processor, model);
            Apply("\"latitude\":52.2297", "\"latitude\":52.5", out ChangedFields changes, processor, model);
            Assert.Equal(ChangedFields.RecentVisits, changes);
            Assert.Equal(5250, model.GetRecentVisit(1).LatitudeCentidegrees);
        }
    }
}
