using System.Text;
using DeskStats.Display;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Simulator;
using DeskStats.Tests.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator
{
    public class ScreenReportTests
    {
        private static DashboardModel ModelOf(byte[] message)
        {
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            Assert.Equal(MessageOutcome.Applied, processor.Process(message, message.Length));
            return model;
        }

        [Fact]
        public void A_complete_message_gives_the_data_line_with_the_values_as_sent()
        {
            DashboardModel model = ModelOf(RelaySnapshotTests.Sample().ToMessage());
            var status = new ScreenStatus { Kind = ScreenKind.Online };

            Assert.Equal(
                "{\"screen\":\"data\",\"todayVisits\":1203,\"todayTimeSpent\":\"12:34:56\",\"yesterdayVisits\":987," +
                "\"yesterdayTimeSpent\":\"08:00:01\",\"dayBeforeVisits\":1002,\"dayBeforeTimeSpent\":\"101:10:11\"," +
                "\"latestCity\":\"Kraków\",\"latestCountryCode\":\"pl\",\"latestTime\":\"09:03\"}",
                ScreenReport.ToJsonLine(model, status));
        }

        [Fact]
        public void The_data_line_ends_with_the_page_shown_and_full_screen_states_name_none()
        {
            DashboardModel model = ModelOf(RelaySnapshotTests.Sample().ToMessage());
            var status = new ScreenStatus { Kind = ScreenKind.Online };

            string data = ScreenReport.ToJsonLine(ScreenOutcome.Data, model, status, "Kraków", ScreenPage.Map);
            Assert.EndsWith(",\"latestPlaceShown\":\"Kraków\",\"page\":\"map\"}", data);
            Assert.StartsWith(ScreenReport.ToJsonLine(model, status).TrimEnd('}'), data);

            var setup = new ScreenStatus { Kind = ScreenKind.SetupNeeded, SetupSetting = "token", SetupProblem = "is missing" };
            Assert.Equal("{\"screen\":\"setup-needed\",\"setting\":\"token\",\"problem\":\"is missing\"}",
                ScreenReport.ToJsonLine(ScreenOutcome.SetupNeeded, model, setup, null, ScreenPage.Map));
        }

        [Fact]
        public void Data_stays_up_while_the_link_is_down()
        {
            DashboardModel model = ModelOf(RelaySnapshotTests.Sample().ToMessage());
            var status = new ScreenStatus { Kind = ScreenKind.Unreachable, Offline = true };

            Assert.Equal(ScreenOutcome.Data, ScreenReport.Classify(model, status));
        }

        [Fact]
        public void An_empty_summary_is_not_a_complete_data_screen()
        {
            DashboardModel model = ModelOf(Encoding.UTF8.GetBytes("{\"visits_live\":[],\"summary\":{}}"));
            var status = new ScreenStatus { Kind = ScreenKind.Online };

            Assert.Equal(ScreenOutcome.WaitingForData, ScreenReport.Classify(model, status));
            Assert.Equal("{\"screen\":\"waiting-for-data\"}", ScreenReport.ToJsonLine(model, status));
        }

        [Theory]
        [InlineData(ScreenKind.Rejected, "{\"screen\":\"rejected\"}")]
        [InlineData(ScreenKind.TlsFailed, "{\"screen\":\"tls-failed\"}")]
        [InlineData(ScreenKind.Unreachable, "{\"screen\":\"unreachable\"}")]
        [InlineData(ScreenKind.ConnectingRelay, "{\"screen\":\"connecting\"}")]
        [InlineData(ScreenKind.Starting, "{\"screen\":\"connecting\"}")]
        public void Without_data_the_link_state_is_the_screen(ScreenKind kind, string expected)
        {
            Assert.Equal(expected, ScreenReport.ToJsonLine(new DashboardModel(), new ScreenStatus { Kind = kind }));
        }

        [Theory]
        [InlineData(LinkFailure.ConnectionReset, 0, "{\"screen\":\"dropped\",\"reason\":\"connection-reset\"}")]
        [InlineData(LinkFailure.ProtocolError, 0, "{\"screen\":\"dropped\",\"reason\":\"protocol-error\"}")]
        [InlineData(LinkFailure.UpgradeRefused, 0, "{\"screen\":\"dropped\",\"reason\":\"upgrade-refused\"}")]
        [InlineData(LinkFailure.ClosedByRelay, 1011, "{\"screen\":\"dropped\",\"reason\":\"closed-by-relay\",\"closeCode\":1011}")]
        public void A_dropped_link_has_its_own_word_and_says_why(LinkFailure reason, int closeCode, string expected)
        {
            var status = new ScreenStatus { Kind = ScreenKind.Dropped, LastFailure = reason, LastCloseCode = closeCode, RetryInSeconds = 3 };

            Assert.Equal(ScreenOutcome.Dropped, ScreenReport.Classify(new DashboardModel(), status));
            Assert.Equal(expected, ScreenReport.ToJsonLine(new DashboardModel(), status));
        }

        [Fact]
        public void The_text_line_of_a_dropped_link_says_why_and_when_it_retries()
        {
            var status = new ScreenStatus { Kind = ScreenKind.Dropped, LastFailure = LinkFailure.ClosedByRelay, LastCloseCode = 1011, RetryInSeconds = 3 };

            Assert.Equal("dropped: closed-by-relay 1011 (retry in 3 s)", ScreenReport.ToTextLine(new DashboardModel(), status));
        }

        [Fact]
        public void Setup_needed_names_the_setting_even_over_data()
        {
            DashboardModel model = ModelOf(RelaySnapshotTests.Sample().ToMessage());
            var status = new ScreenStatus { Kind = ScreenKind.SetupNeeded, SetupSetting = "token", SetupProblem = "is missing" };

            Assert.Equal("{\"screen\":\"setup-needed\",\"setting\":\"token\",\"problem\":\"is missing\"}", ScreenReport.ToJsonLine(model, status));
        }

        [Fact]
        public void The_text_line_shows_counts_as_the_screen_does()
        {
            DashboardModel model = ModelOf(RelaySnapshotTests.Sample().ToMessage());

            string line = ScreenReport.ToTextLine(model, new ScreenStatus { Kind = ScreenKind.Online });

            Assert.Equal("data: today 1,203 (12:34:56), yesterday 987 (08:00:01), day before 1,002 (101:10:11), latest Kraków pl 09:03", line);
        }
    }
}
