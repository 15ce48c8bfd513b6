using System;
using System.Text;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Tests.Core.Protocol
{
    public class RelayMessageProcessorTests
    {
        internal static string NormalText => Encoding.UTF8.GetString(Payloads.Load("normal.json"));

        internal static byte[] NormalWith(string oldText, string newText)
        {
            string text = NormalText;
            Assert.Contains(oldText, text);
            return Encoding.UTF8.GetBytes(text.Replace(oldText, newText));
        }

        internal static (RelayMessageProcessor Processor, DashboardModel Model) AfterNormal()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            byte[] normal = Payloads.Load("normal.json");
            Assert.Equal(MessageOutcome.Applied, processor.Process(normal, normal.Length));
            return (processor, model);
        }

        internal static MessageOutcome Process(RelayMessageProcessor processor, byte[] message) => processor.Process(message, message.Length);

        // Bytes allocated by processing `second` after `first` (least of several runs, after a warm-up run).
        private static long AllocatedBytesFor(byte[] first, byte[] second, MessageOutcome expectedOutcome, ChangedFields expectedChanges)
        {
            long least = long.MaxValue;
            for (int run = 0; run < 4; run++)
            {
                var processor = new RelayMessageProcessor(new DashboardModel());
                Process(processor, first);
                long before = GC.GetAllocatedBytesForCurrentThread();
                MessageOutcome outcome = Process(processor, second);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(expectedOutcome, outcome);
                Assert.Equal(expectedChanges, processor.LastChanges);
                if (run > 0)
                {
                    least = Math.Min(least, allocated);
                }
            }

            return least;
        }

        [Fact]
        public void The_normal_message_fills_the_model_and_reports_every_field_changed()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            byte[] normal = Payloads.Load("normal.json");

            Assert.Equal(MessageOutcome.Applied, processor.Process(normal, normal.Length));

            Assert.Equal(ChangedFields.All, processor.LastChanges);
            Assert.Equal(RejectReason.None, processor.LastRejectReason);
            Assert.True(model.HasData);
            Assert.True(model.Today.HasValue);
            Assert.Equal(1234, model.Today.Visits);
            Assert.Equal("12:34:56", model.Today.TimeSpent);
            Assert.Equal(12 * 3600 + 34 * 60 + 56, model.Today.TimeSpentSeconds);
            Assert.Equal(987, model.Yesterday.Visits);
            Assert.Equal(8 * 3600 + 1, model.Yesterday.TimeSpentSeconds);
            Assert.Equal(1002, model.DayBefore.Visits);
            Assert.Equal("09:10:11", model.DayBefore.TimeSpent);
            Assert.Equal(5, model.RecentVisitCount);
            Assert.Equal("Tokyo", model.LatestVisit.City);
            Assert.Equal("jp", model.LatestVisit.CountryCode);
            Assert.Equal("Japan", model.LatestVisit.Country);
            Assert.Equal("2026-11-22 09:03:14", model.LatestVisit.LastActionDateTime);
            Assert.Equal(9, model.LatestVisit.VisitHour);
            Assert.Equal(3, model.LatestVisit.VisitMinute);
            Assert.Equal("São Paulo", model.GetRecentVisit(2).City);
            Assert.Equal("Zürich", model.GetRecentVisit(3).City);
            Assert.Equal("Kraków", model.GetRecentVisit(4).City);
            Assert.Equal(1, processor.AcceptedCount);
        }

        [Fact]
        public void An_identical_message_is_unchanged_and_allocates_nothing()
        {
            byte[] normal = Payloads.Load("normal.json");
            var (processor, model) = AfterNormal();
            string before = ModelSnapshot.Of(model);

            Assert.Equal(0, AllocatedBytesFor(normal, (byte[])normal.Clone(), MessageOutcome.Unchanged, ChangedFields.None));
            Assert.Equal(MessageOutcome.Unchanged, Process(processor, normal));
            Assert.Equal(ChangedFields.None, processor.LastChanges);
            Assert.Equal(1, processor.UnchangedCount);
            Assert.Equal(before, ModelSnapshot.Of(model));
        }

        [Theory]
        [InlineData("pretty.json")]
        [InlineData("reordered.json")]
        [InlineData("unknown-members.json")]
        public void The_same_data_written_differently_changes_nothing_and_allocates_nothing(string name)
        {
            byte[] normal = Payloads.Load("normal.json");
            byte[] other = Payloads.Load(name);
            var (processor, model) = AfterNormal();
            string before = ModelSnapshot.Of(model);

            Assert.Equal(MessageOutcome.Unchanged, Process(processor, other));
            Assert.Equal(ChangedFields.None, processor.LastChanges);
            Assert.Equal(before, ModelSnapshot.Of(model));
            Assert.Equal(0, AllocatedBytesFor(normal, other, MessageOutcome.Unchanged, ChangedFields.None));
        }

        [Theory]
        [InlineData("pretty.json")]
        [InlineData("reordered.json")]
        [InlineData("unknown-members.json")]
        public void Reordered_pretty_or_extended_messages_read_like_the_normal_one(string name)
        {
            var (_, expected) = AfterNormal();
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Load(name)));
            Assert.Equal(ModelSnapshot.Of(expected), ModelSnapshot.Of(model));
        }

        [Fact]
        public void A_changed_number_reports_only_that_field_and_allocates_nothing()
        {
            byte[] normal = Payloads.Load("normal.json");
            byte[] changed = NormalWith("\"visits\":1234", "\"visits\":1235");
            var (processor, model) = AfterNormal();

            Assert.Equal(MessageOutcome.Applied, Process(processor, changed));
            Assert.Equal(ChangedFields.TodayVisits, processor.LastChanges);
            Assert.Equal(1235, model.Today.Visits);
            Assert.Equal(0, AllocatedBytesFor(normal, changed, MessageOutcome.Applied, ChangedFields.TodayVisits));
        }

        [Fact]
        public void A_changed_time_spent_reports_that_field_and_its_seconds()
        {
            byte[] changed = NormalWith("\"08:00:01\"", "\"08:00:02\"");
            var (processor, model) = AfterNormal();

            Assert.Equal(MessageOutcome.Applied, Process(processor, changed));
            Assert.Equal(ChangedFields.YesterdayTimeSpent, processor.LastChanges);
            Assert.Equal(8 * 3600 + 2, model.Yesterday.TimeSpentSeconds);
        }

        [Fact]
        public void A_changed_latest_city_reports_the_latest_visit_and_allocates_only_that_string()
        {
            byte[] normal = Payloads.Load("normal.json");
            byte[] changed = NormalWith("\"Tokyo\"", "\"Osaka\"");
            var (processor, model) = AfterNormal();
            string tokyoCountry = model.LatestVisit.Country;

            Assert.Equal(MessageOutcome.Applied, Process(processor, changed));
            Assert.Equal(ChangedFields.LatestVisit | ChangedFields.RecentVisits, processor.LastChanges);
            Assert.Equal("Osaka", model.LatestVisit.City);
            Assert.Same(tokyoCountry, model.LatestVisit.Country);
            long allocated = AllocatedBytesFor(normal, changed, MessageOutcome.Applied, ChangedFields.LatestVisit | ChangedFields.RecentVisits);
            Assert.InRange(allocated, 1, 64);
        }

        [Fact]
        public void A_new_visit_shifting_the_list_allocates_only_the_new_visit_strings()
        {
            byte[] normal = Payloads.Load("normal.json");
            string text = NormalText;
            int firstVisit = text.IndexOf('{', 1);
            string newVisit = "{\"latitude\":1,\"longitude\":2,\"city\":\"Lima\",\"countryCode\":\"pe\",\"country\":\"Peru\",\"actions\":\"1\",\"lastActionDateTime\":\"2026-11-22 09:04:00\"},";
            byte[] shifted = Encoding.UTF8.GetBytes(text.Insert(firstVisit, newVisit));
            var (processor, model) = AfterNormal();
            string tokyo = model.LatestVisit.City;

            Assert.Equal(MessageOutcome.Applied, Process(processor, shifted));
            Assert.Equal(ChangedFields.LatestVisit | ChangedFields.RecentVisits, processor.LastChanges);
            Assert.Equal("Lima", model.LatestVisit.City);
            Assert.Equal(9, model.LatestVisit.VisitHour);
            Assert.Equal(4, model.LatestVisit.VisitMinute);
            Assert.Same(tokyo, model.GetRecentVisit(1).City);
            Assert.Equal("Zürich", model.GetRecentVisit(4).City);
            Assert.Equal(5, model.RecentVisitCount);
            long allocated = AllocatedBytesFor(normal, shifted, MessageOutcome.Applied, ChangedFields.LatestVisit | ChangedFields.RecentVisits);
            Assert.InRange(allocated, 1, 512);
        }

        [Fact]
        public void Empty_sections_clear_visits_and_totals()
        {
            var (processor, model) = AfterNormal();

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Load("empty-sections.json")));

            Assert.Equal(ChangedFields.All, processor.LastChanges);
            Assert.True(model.HasData);
            Assert.Equal(0, model.RecentVisitCount);
            Assert.Null(model.LatestVisit);
            Assert.False(model.Today.HasValue);
            Assert.Equal(0, model.Today.Visits);
            Assert.Equal(string.Empty, model.Today.TimeSpent);
            Assert.Equal(-1, model.Today.TimeSpentSeconds);
            Assert.False(model.DayBefore.HasValue);
        }

        [Fact]
        public void Empty_sections_as_the_first_message_give_data_without_values()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Load("empty-sections.json")));
            Assert.Equal(ChangedFields.All, processor.LastChanges);
            Assert.True(model.HasData);
            Assert.False(model.Today.HasValue);
            Assert.Equal(0, model.RecentVisitCount);
        }

        [Fact]
        public void A_missing_section_keeps_the_previous_data()
        {
            var (processor, model) = AfterNormal();

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Utf8("{\"visits_live\":[]}")));
            Assert.Equal(ChangedFields.LatestVisit | ChangedFields.RecentVisits, processor.LastChanges);
            Assert.Equal(1234, model.Today.Visits);

            Assert.Equal(MessageOutcome.Unchanged, Process(processor, Payloads.Utf8("{\"other\":1}")));
            Assert.Equal(1234, model.Today.Visits);
        }

        [Fact]
        public void A_day_missing_from_a_present_summary_is_not_sent()
        {
            var (processor, model) = AfterNormal();

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Utf8("{\"summary\":{\"today\":{\"visits\":1234,\"time_spent\":\"12:34:56\"},\"yesterday\":null}}")));
            Assert.Equal(ChangedFields.YesterdayVisits | ChangedFields.YesterdayTimeSpent | ChangedFields.DayBeforeVisits | ChangedFields.DayBeforeTimeSpent, processor.LastChanges);
            Assert.True(model.Today.HasValue);
            Assert.False(model.Yesterday.HasValue);
            Assert.False(model.DayBefore.HasValue);
            Assert.Equal(5, model.RecentVisitCount);
        }

        [Fact]
        public void Escapes_and_non_ascii_cities_decode_to_proper_strings()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Load("escapes-unicode.json")));

            Assert.Equal("São Paulo", model.GetRecentVisit(0).City);
            Assert.Equal("Brasil \"BR\"", model.GetRecentVisit(0).Country);
            Assert.Equal(23, model.GetRecentVisit(0).VisitHour);
            Assert.Equal(59, model.GetRecentVisit(0).VisitMinute);
            Assert.Equal("Zürich", model.GetRecentVisit(1).City);
            Assert.Equal(7, model.GetRecentVisit(1).VisitHour);
            Assert.Equal(5, model.GetRecentVisit(1).VisitMinute);
            Assert.Equal("Kraków", model.GetRecentVisit(2).City);
            Assert.Equal(-1, model.GetRecentVisit(2).VisitHour);
            Assert.Equal("Москва", model.GetRecentVisit(3).City);
            Assert.Equal("Россия", model.GetRecentVisit(3).Country);
            Assert.Equal(0, model.GetRecentVisit(3).VisitHour);
            Assert.Equal(0, model.GetRecentVisit(3).VisitMinute);
            Assert.Equal("東京 😀😀", model.GetRecentVisit(4).City);
            Assert.Equal("日本", model.GetRecentVisit(4).Country);
            Assert.Equal(-1, model.GetRecentVisit(4).VisitHour);
            Assert.Equal(-1, model.GetRecentVisit(4).VisitMinute);
            Assert.Equal(100 * 3600 + 1, model.Today.TimeSpentSeconds);
            Assert.Equal(-1, model.Yesterday.TimeSpentSeconds);
            Assert.True(model.Yesterday.HasValue);
            Assert.Equal(5 * 60 + 9, model.DayBefore.TimeSpentSeconds);
        }

        [Fact]
        public void Numbers_in_every_json_form_are_read()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Load("numbers.json")));
            Assert.Equal(1000, model.Today.Visits);
            Assert.Equal(1000, model.Today.TimeSpentSeconds);
            Assert.Equal(10, model.Yesterday.Visits);
            Assert.Equal(25, model.DayBefore.Visits);
            Assert.Equal("Quito", model.LatestVisit.City);
        }

        [Fact]
        public void Long_text_is_cut_at_the_cap_without_splitting_a_surrogate_pair()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            string city = new string('a', RelayMessageProcessor.MaxTextLength - 1) + "😀tail";

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Utf8("{\"visits_live\":[{\"city\":\"" + city + "\"}]}")));
            Assert.Equal(new string('a', RelayMessageProcessor.MaxTextLength - 1), model.LatestVisit.City);
            Assert.Equal(string.Empty, model.LatestVisit.Country);
        }

        [Fact]
        public void Only_the_first_five_visits_are_kept()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            var builder = new StringBuilder("{\"visits_live\":[");
            for (int index = 0; index < 8; index++)
            {
                builder.Append(index > 0 ? "," : string.Empty).Append("{\"city\":\"C").Append(index).Append("\"}");
            }

            Assert.Equal(MessageOutcome.Applied, Process(processor, Payloads.Utf8(builder.Append("]}").ToString())));
            Assert.Equal(DashboardModel.MaxRecentVisits, model.RecentVisitCount);
            Assert.Equal("C4", model.GetRecentVisit(4).City);
        }

        [Theory]
        [InlineData("wrong-type-visits-string.json", RejectReason.WrongType)]
        [InlineData("wrong-type-visits-live-string.json", RejectReason.WrongType)]
        [InlineData("large-64k.json", RejectReason.TooLarge)]
        public void Golden_bad_messages_are_rejected_and_the_model_is_kept(string name, RejectReason reason)
        {
            var (processor, model) = AfterNormal();
            string before = ModelSnapshot.Of(model);

            Assert.Equal(MessageOutcome.Rejected, Process(processor, Payloads.Load(name)));
            Assert.Equal(reason, processor.LastRejectReason);
            Assert.Equal(ChangedFields.None, processor.LastChanges);
            Assert.Equal(1, processor.RejectedCount);
            Assert.Equal(before, ModelSnapshot.Of(model));
        }

        [Theory]
        [InlineData("", RejectReason.Empty)]
        [InlineData(" \n ", RejectReason.Empty)]
        [InlineData("[1]", RejectReason.NotAnObject)]
        [InlineData("\"x\"", RejectReason.NotAnObject)]
        [InlineData("null", RejectReason.NotAnObject)]
        [InlineData("[1", RejectReason.Truncated)]
        [InlineData("{\"summary\":{}}}", RejectReason.Malformed)]
        [InlineData("{\"summary\":{},}", RejectReason.Malformed)]
        [InlineData("{\"summary\":{\"today\":{\"visits\":12a}}}", RejectReason.Malformed)]
        [InlineData("{\"summary\":[]}", RejectReason.WrongType)]
        [InlineData("{\"visits_live\":{}}", RejectReason.WrongType)]
        [InlineData("{\"visits_live\":null}", RejectReason.WrongType)]
        [InlineData("{\"visits_live\":[1]}", RejectReason.WrongType)]
        [InlineData("{\"visits_live\":[{\"city\":5}]}", RejectReason.WrongType)]
        [InlineData("{\"visits_live\":[{\"lastActionDateTime\":[]}]}", RejectReason.WrongType)]
        [InlineData("{\"summary\":{\"today\":5}}", RejectReason.WrongType)]
        [InlineData("{\"summary\":{\"today\":{\"visits\":null}}}", RejectReason.WrongType)]
        [InlineData("{\"summary\":{\"today\":{\"time_spent\":123}}}", RejectReason.WrongType)]
        [InlineData("{\"summary\":{\"today\":{\"visits\":-1}}}", RejectReason.OutOfRange)]
        [InlineData("{\"summary\":{\"today\":{\"visits\":1.5}}}", RejectReason.OutOfRange)]
        [InlineData("{\"summary\":{\"today\":{\"visits\":3e9}}}", RejectReason.OutOfRange)]
        [InlineData("{\"x\":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}", RejectReason.TooDeep)]
        public void Bad_messages_are_rejected_with_a_reason_and_the_model_is_kept(string json, RejectReason reason)
        {
            var (processor, model) = AfterNormal();
            string before = ModelSnapshot.Of(model);

            Assert.Equal(MessageOutcome.Rejected, Process(processor, Payloads.Utf8(json)));
            Assert.Equal(reason, processor.LastRejectReason);
            Assert.Equal(before, ModelSnapshot.Of(model));
        }

        [Fact]
        public void Null_and_zero_length_buffers_are_empty_and_a_length_beyond_the_buffer_is_truncated()
        {
            var processor = new RelayMessageProcessor(new DashboardModel());

            Assert.Equal(MessageOutcome.Rejected, processor.Process(null, 10));
            Assert.Equal(RejectReason.Empty, processor.LastRejectReason);
            Assert.Equal(MessageOutcome.Rejected, processor.Process(new byte[10], 0));
            Assert.Equal(RejectReason.Empty, processor.LastRejectReason);
            Assert.Equal(MessageOutcome.Rejected, processor.Process(new byte[10], 11));
            Assert.Equal(RejectReason.Truncated, processor.LastRejectReason);
            Assert.Equal(3, processor.RejectedCount);
        }

        [Fact]
        public void A_message_truncated_at_every_byte_offset_is_rejected_and_the_model_is_kept()
        {
            byte[] normal = Payloads.Load("normal.json");
            foreach (string first in new[] { "normal.json", "escapes-unicode.json" })
            {
                var model = new DashboardModel();
                var processor = new RelayMessageProcessor(model);
                Process(processor, Payloads.Load(first));
                string before = ModelSnapshot.Of(model);
                for (int length = 0; length < normal.Length; length++)
                {
                    Assert.Equal(MessageOutcome.Rejected, processor.Process(normal, length));
                    Assert.True(
                        processor.LastRejectReason == RejectReason.Truncated || (length == 0 && processor.LastRejectReason == RejectReason.Empty),
                        $"length {length}: {processor.LastRejectReason}");
                    Assert.Equal(before, ModelSnapshot.Of(model));
                }

                Assert.Equal(normal.Length, processor.RejectedCount);
            }
        }

        [Fact]
        public void A_rejected_message_does_not_disturb_change_detection()
        {
            byte[] normal = Payloads.Load("normal.json");
            var (processor, _) = AfterNormal();

            Process(processor, NormalWith("\"visits\":1234", "\"visits\":\"1234\""));
            Assert.Equal(MessageOutcome.Rejected, processor.Process(normal, normal.Length - 1));
            Assert.Equal(MessageOutcome.Unchanged, Process(processor, normal));
            Assert.Equal(ChangedFields.TodayVisits, Process(processor, NormalWith("\"visits\":1234", "\"visits\":1")) == MessageOutcome.Applied ? processor.LastChanges : ChangedFields.None);
            Assert.Equal(1, processor.UnchangedCount);
            Assert.Equal(2, processor.RejectedCount);
            Assert.Equal(2, processor.AcceptedCount);
        }

        [Fact]
        public void A_repeated_member_counts_its_last_occurrence()
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);

            Process(processor, Payloads.Utf8("{\"summary\":{\"today\":{\"visits\":1}},\"summary\":{\"today\":{\"visits\":2,\"visits\":3}}}"));
            Assert.Equal(3, model.Today.Visits);
        }

        [Theory]
        [InlineData("12:34:56", 45296)]
        [InlineData("0:00:00", 0)]
        [InlineData("100:00:01", 360001)]
        [InlineData("596522:59:59", 2147482799)]
        [InlineData("596523:00:00", -1)]
        [InlineData("12:60:00", -1)]
        [InlineData("12:34", -1)]
        [InlineData("", -1)]
        [InlineData("ab:cd:ef", -1)]
        [InlineData(":34:56", -1)]
        public void Time_spent_is_parsed_into_seconds(string text, int expected)
        {
            Assert.Equal(expected, RelayMessageProcessor.ParseTimeSpent(text));
        }

        [Theory]
        [InlineData("2026-11-22 09:03:14", 9, 3)]
        [InlineData("2026-11-22T23:59:00Z", 23, 59)]
        [InlineData("07:05", 7, 5)]
        [InlineData("2026-11-22 24:00:00", -1, -1)]
        [InlineData("2026-11-22", -1, -1)]
        [InlineData("", -1, -1)]
        [InlineData("yesterday", -1, -1)]
        public void Visit_time_is_parsed_into_hour_and_minute(string text, int hour, int minute)
        {
            RelayMessageProcessor.ParseVisitTime(text, out int parsedHour, out int parsedMinute);
            Assert.Equal(hour, parsedHour);
            Assert.Equal(minute, parsedMinute);
        }
    }
}
