using DeskStats.Model;

namespace DeskStats.Tests.Core.Model
{
    public class VisitEntryTests
    {
        private static VisitEntry Visit(string city, int actions, string source)
        {
            var visit = new VisitEntry { City = city, Actions = actions, Source = source, BrowserName = "Chrome", OperatingSystem = "Linux" };
            return visit;
        }

        [Fact]
        public void The_details_are_compared_apart_from_the_place_and_time()
        {
            VisitEntry first = Visit("Lima", 3, "Google");

            Assert.True(first.SameAs(Visit("Lima", 4, "Bing")));
            Assert.False(first.SameDetailsAs(Visit("Lima", 4, "Google")));
            Assert.False(first.SameDetailsAs(Visit("Lima", 3, "Bing")));
            Assert.True(first.SameDetailsAs(Visit("Quito", 3, "Google")));
        }

        [Fact]
        public void Copy_takes_the_details_and_clear_makes_them_unknown()
        {
            var copy = new VisitEntry();
            copy.CopyFrom(Visit("Lima", 3, "Google"));
            Assert.True(copy.SameDetailsAs(Visit("Lima", 3, "Google")));

            copy.Clear();

            Assert.Equal(-1, copy.Actions);
            Assert.Equal(string.Empty, copy.Source);
            Assert.Equal(string.Empty, copy.BrowserName);
            Assert.Equal(string.Empty, copy.OperatingSystem);
        }
    }
}
