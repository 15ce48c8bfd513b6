using System;
using System.Collections.Generic;
using System.Linq;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator.DemoRelay
{
    public class DemoSiteTests
    {
        /// <summary>The steps of the first real minute of <paramref name="seed"/>'s script.</summary>
        private static List<DemoEvent> FirstMinute(int seed)
        {
            var site = new DemoSite(seed);
            var steps = new List<DemoEvent>();
            int elapsed = 0;
            while (true)
            {
                DemoEvent step = site.Next();
                elapsed += step.DelayMilliseconds;
                if (elapsed > 60000) return steps;
                steps.Add(step);
            }
        }

        [Fact]
        public void The_same_seed_plays_the_same_script()
        {
            List<DemoEvent> first = FirstMinute(7);
            List<DemoEvent> second = FirstMinute(7);

            Assert.Equal(first.Count, second.Count);
            for (int index = 0; index < first.Count; index++)
            {
                Assert.Equal(first[index].Kind, second[index].Kind);
                Assert.Equal(first[index].DelayMilliseconds, second[index].DelayMilliseconds);
                Assert.Equal(first[index].Snapshot.ToMessage(), second[index].Snapshot.ToMessage());
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2026)]
        [InlineData(424242)]
        public void The_first_minute_shows_visits_a_quiet_spell_a_repeat_and_a_rollover(int seed)
        {
            List<DemoEvent> steps = FirstMinute(seed);

            Assert.Contains(steps, step => step.Kind == DemoEventKind.NewVisit);
            Assert.Contains(steps, step => step.Kind == DemoEventKind.ReturningVisitor);
            Assert.Contains(steps, step => step.Kind == DemoEventKind.IdenticalRepeat);
            Assert.Single(steps, step => step.Kind == DemoEventKind.DayRollover);
            Assert.Contains(steps, step => step.DelayMilliseconds >= 8000);
            Assert.True(steps.Count(step => step.Kind == DemoEventKind.NewVisit) >= 10);
        }

        [Fact]
        public void A_day_rollover_moves_today_to_yesterday_and_yesterday_to_the_day_before()
        {
            var site = new DemoSite(2026);
            RelaySnapshot before = site.Current;
            DemoEvent step;
            do
            {
                before = site.Current;
                step = site.Next();
            }
            while (step.Kind != DemoEventKind.DayRollover);

            RelaySnapshot after = step.Snapshot;
            Assert.Equal(before.Today.Visits, after.Yesterday.Visits);
            Assert.Equal(before.Today.TimeSpent, after.Yesterday.TimeSpent);
            Assert.Equal(before.Yesterday.Visits, after.DayBefore.Visits);
            Assert.Equal(before.Yesterday.TimeSpent, after.DayBefore.TimeSpent);
            Assert.Equal(0, after.Today.Visits);
            Assert.Equal("00:00:00", after.Today.TimeSpent);
            Assert.Equal(new DateTime(2026, 11, 23), site.NowLocal);
        }

        [Fact]
        public void An_identical_repeat_keeps_the_data_and_a_visit_changes_it()
        {
            var site = new DemoSite(5);
            for (int index = 0; index < 200; index++)
            {
                RelaySnapshot before = site.Current;
                DemoEvent step = site.Next();
                if (step.Kind == DemoEventKind.IdenticalRepeat)
                {
                    Assert.Equal(before.ToMessage(), step.Snapshot.ToMessage());
                }
                else
                {
                    Assert.NotEqual(before.ToMessage(), step.Snapshot.ToMessage());
                }
            }
        }

        [Fact]
        public void Visits_are_newest_first_from_documentation_addresses_with_world_cities()
        {
            var site = new DemoSite(11);
            var cities = new HashSet<string>();
            for (int index = 0; index < 300; index++)
            {
                RelaySnapshot snapshot = site.Next().Snapshot;
                Assert.InRange(snapshot.VisitCount, 1, 5);
                for (int visit = 0; visit < snapshot.VisitCount; visit++)
                {
                    RelayVisit entry = snapshot.GetVisit(visit);
                    Assert.True(entry.VisitIp.StartsWith("203.0.113.", StringComparison.Ordinal) || entry.VisitIp.StartsWith("198.51.100.", StringComparison.Ordinal), entry.VisitIp);
                    Assert.Equal(entry.CountryCode.ToLowerInvariant(), entry.CountryCode);
                    cities.Add(entry.City);
                    if (visit > 0)
                    {
                        Assert.True(entry.LastActionLocal <= snapshot.GetVisit(visit - 1).LastActionLocal);
                    }
                }
            }

            Assert.Contains("Kraków", cities);
            Assert.Contains("Москва", cities);
            Assert.Contains("東京", cities);
            Assert.Contains(string.Empty, cities);
        }
    }
}
