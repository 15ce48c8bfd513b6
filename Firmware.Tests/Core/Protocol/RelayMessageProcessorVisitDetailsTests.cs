using System;
using System.Text;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>The visitors page's details of each visit: actions, source, browser, operating system.</summary>
    public class RelayMessageProcessorVisitDetailsTests
    {
        private static string NormalText => RelayMessageProcessorTests.NormalText;

        private static byte[] NormalWith(string oldText, string newText) => RelayMessageProcessorTests.NormalWith(oldText, newText);

        private static MessageOutcome Process(RelayMessageProcessor processor, byte[] message) => RelayMessageProcessorTests.Process(processor, message);

        private static (RelayMessageProcessor Processor, DashboardModel Model) AfterNormal() => RelayMessageProcessorTests.AfterNormal();

        [Fact]
        public void Every_visit_gets_its_actions_source_browser_and_system()
        {
            var (_, model) = AfterNormal();

            VisitEntry tokyo = model.GetRecentVisit(0);
            Assert.Equal(3, tokyo.Actions);
            Assert.Equal("Google", tokyo.Source);
            Assert.Equal("Chrome", tokyo.BrowserName);
            Assert.Equal("Android", tokyo.OperatingSystem);
            VisitEntry saoPaulo = model.GetRecentVisit(2);
            Assert.Equal(12, saoPaulo.Actions);
            Assert.Equal("Bing", saoPaulo.Source);
            Assert.Equal("Mobile Safari", saoPaulo.BrowserName);
            Assert.Equal("iOS", saoPaulo.OperatingSystem);
            Assert.Equal(-1, model.GetRecentVisit(3).Actions);
            Assert.Equal("news.ycombinator.com", model.GetRecentVisit(3).Source);
        }

        [Theory]
        [InlineData("\"actions\":\"\"", -1)]
        [InlineData("\"actions\":null", -1)]
        [InlineData("\"actions\":\"abc\"", -1)]
        [InlineData("\"actions\":\"-4\"", -1)]
        [InlineData("\"actions\":\"1234567890\"", -1)]
        [InlineData("\"actions\":\"999999999\"", 999999999)]
        [InlineData("\"actions\":\"007\"", 7)]
        [InlineData("\"actions\":\"\\u0034\\u0032\"", 42)]
        [InlineData("\"actions\":17", 17)]
        [InlineData("\"actions\":1.5", -1)]
        [InlineData("", -1)]
        public void Actions_are_the_number_in_the_string_or_unknown(string actions, int expected)
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, NormalWith("\"actions\":\"3\",", actions.Length == 0 ? string.Empty : actions + ",")));

            Assert.Equal(expected, model.GetRecentVisit(0).Actions);
            Assert.Equal("Tokyo", model.GetRecentVisit(0).City);
        }

        [Theory]
        [InlineData("{\"visits_live\":[{\"actions\":[]}]}")]
        [InlineData("{\"visits_live\":[{\"actions\":true}]}")]
        [InlineData("{\"visits_live\":[{\"source\":5}]}")]
        [InlineData("{\"visits_live\":[{\"browserName\":{}}]}")]
        [InlineData("{\"visits_live\":[{\"operatingSystem\":false}]}")]
        public void A_detail_of_the_wrong_type_rejects_the_message_as_a_city_would(string json)
        {
            var (processor, model) = AfterNormal();
            string before = ModelSnapshot.Of(model);

            Assert.Equal(MessageOutcome.Rejected, Process(processor, Payloads.Utf8(json)));

            Assert.Equal(RejectReason.WrongType, processor.LastRejectReason);
            Assert.Equal(before, ModelSnapshot.Of(model));
        }

        [Fact]
        public void Escapes_in_the_source_decode_to_the_proper_text()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Load("escapes-unicode.json")));

            Assert.Equal("a\\b/c\n\t\u0001 😀", model.GetRecentVisit(0).Source);
            Assert.Equal(string.Empty, model.GetRecentVisit(1).Source);
        }

        [Fact]
        public void Missing_or_null_details_are_empty_and_unknown()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Utf8("{\"visits_live\":[{\"city\":\"Lima\",\"source\":null},{\"browserName\":\"\",\"operatingSystem\":\"\"}]}")));

            for (int index = 0; index < 2; index++)
            {
                VisitEntry visit = model.GetRecentVisit(index);
                Assert.Equal(-1, visit.Actions);
                Assert.Equal(string.Empty, visit.Source);
                Assert.Equal(string.Empty, visit.BrowserName);
                Assert.Equal(string.Empty, visit.OperatingSystem);
            }
        }

        [Fact]
        public void An_oversize_source_is_cut_at_the_cap_without_splitting_a_surrogate_pair()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            string source = new string('s', RelayMessageProcessor.MaxTextLength - 1) + "😀" + new string('t', 5000);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Utf8("{\"visits_live\":[{\"source\":\"" + source + "\",\"browserName\":\"" + new string('b', 300) + "\"}]}")));

            Assert.Equal(new string('s', RelayMessageProcessor.MaxTextLength - 1), model.LatestVisit.Source);
            Assert.Equal(new string('b', RelayMessageProcessor.MaxTextLength), model.LatestVisit.BrowserName);
        }

        [Theory]
        [InlineData("\"actions\":\"3\"", "\"actions\":\"4\"")]
        [InlineData("\"source\":\"Google\"", "\"source\":\"Bing\"")]
        [InlineData("\"browserName\":\"Chrome\",\"source\":\"Google\"", "\"browserName\":\"Edge\",\"source\":\"Google\"")]
        [InlineData("\"operatingSystem\":\"Linux\"", "\"operatingSystem\":\"GNU/Linux\"")]
        public void A_changed_detail_is_only_a_visit_details_change_not_a_change_of_the_dashboard_or_the_map(string original, string replacement)
        {
            var (processor, model) = AfterNormal();

            Assert.Equal(MessageOutcome.Applied, Process(processor, NormalWith(original, replacement)));

            Assert.Equal(ChangedFields.VisitDetails, processor.LastChanges);
        }

        [Fact]
        public void A_new_visit_is_a_change_of_the_list_which_covers_the_details()
        {
            var (processor, model) = AfterNormal();
            string text = NormalText;
            string newVisit = "{\"city\":\"Lima\",\"countryCode\":\"pe\",\"actions\":\"2\",\"source\":\"Qwant\",\"browserName\":\"Opera\",\"operatingSystem\":\"Windows\"},";
            byte[] shifted = Encoding.UTF8.GetBytes(text.Insert(text.IndexOf('{', 1), newVisit));

            Assert.Equal(MessageOutcome.Applied, Process(processor, shifted));

            Assert.Equal(ChangedFields.LatestVisit | ChangedFields.RecentVisits, processor.LastChanges);
            Assert.Equal("Qwant", model.LatestVisit.Source);
            Assert.Equal(3, model.GetRecentVisit(1).Actions);
            Assert.Equal("Google", model.GetRecentVisit(1).Source);
        }

        [Fact]
        public void A_changed_action_count_allocates_nothing_and_keeps_the_detail_strings()
        {
            byte[] more = NormalWith("\"actions\":\"3\"", "\"actions\":\"4\"");
            long least = long.MaxValue;
            for (int run = 0; run < 4; run++)
            {
                var (processor, model) = AfterNormal();
                string google = model.GetRecentVisit(0).Source;
                long before = GC.GetAllocatedBytesForCurrentThread();
                MessageOutcome outcome = Process(processor, more);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(MessageOutcome.Applied, outcome);
                if (run > 0) least = Math.Min(least, allocated);
                Assert.Equal(4, model.LatestVisit.Actions);
                Assert.Same(google, model.LatestVisit.Source);
            }

            Assert.Equal(0, least);
        }
    }
}
