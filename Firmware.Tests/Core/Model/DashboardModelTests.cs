using DeskStats.Model;

namespace DeskStats.Tests.Core.Model
{
    public class DashboardModelTests
    {
        [Fact]
        public void A_new_model_has_no_data_and_no_latest_visit()
        {
            var model = new DashboardModel();

            Assert.False(model.HasData);
            Assert.Equal(0, model.RecentVisitCount);
            Assert.Null(model.LatestVisit);
            Assert.False(model.Today.HasValue);
            Assert.Equal(-1, model.Today.TimeSpentSeconds);
            Assert.Equal(string.Empty, model.Today.TimeSpent);
        }
    }
}
