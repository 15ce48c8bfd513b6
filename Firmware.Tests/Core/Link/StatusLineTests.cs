using System;
using DeskStats.Link;

namespace DeskStats.Tests.Core.Link
{
    public class StatusLineTests
    {
        [Fact]
        public void Every_kind_and_failure_has_a_name()
        {
            foreach (ScreenKind kind in Enum.GetValues<ScreenKind>())
            {
                Assert.NotEqual("unknown", StatusLine.KindName(kind));
            }

            foreach (LinkFailure failure in Enum.GetValues<LinkFailure>())
            {
                Assert.NotEqual("unknown", StatusLine.FailureName(failure));
            }
        }

        [Fact]
        public void Online_status_line_lists_the_counters()
        {
            var status = new ScreenStatus
            {
                Kind = ScreenKind.Online, UptimeSeconds = 3600, Reconnects = 2, RejectedMessages = 1, FreeMemoryBytes = 54321,
                WifiSignalDbm = -61, LastFailure = LinkFailure.PingTimeout
            };
            Assert.Equal("online up=3600s reconnects=2 rejected=1 free=54321B rssi=-61dBm last=ping-timeout", StatusLine.Format(status));
        }

        [Fact]
        public void Waiting_setup_offline_and_insecure_are_shown()
        {
            var status = new ScreenStatus { Kind = ScreenKind.Unreachable, RetryInSeconds = 8, Offline = true, InsecureLink = true };
            Assert.Equal("unreachable retry=8s up=0s reconnects=0 rejected=0 last=none offline INSECURE", StatusLine.Format(status));

            status = new ScreenStatus { Kind = ScreenKind.SetupNeeded, SetupSetting = "token", SetupProblem = "must not be empty" };
            Assert.StartsWith("setup-needed token: must not be empty up=0s", StatusLine.Format(status));
        }

        [Theory]
        [InlineData(ScreenKind.Unreachable, LinkFailure.Unreachable, 0, "unreachable retry=4s up=0s reconnects=0 rejected=0 last=unreachable")]
        [InlineData(ScreenKind.Unreachable, LinkFailure.ConnectTimeout, 0, "unreachable retry=4s up=0s reconnects=0 rejected=0 last=connect-timeout")]
        [InlineData(ScreenKind.TlsFailed, LinkFailure.TlsFailed, 0, "tls-failed retry=4s up=0s reconnects=0 rejected=0 last=tls-failed")]
        [InlineData(ScreenKind.Rejected, LinkFailure.Rejected, 4001, "rejected retry=4s up=0s reconnects=0 rejected=0 last=rejected close=4001")]
        [InlineData(ScreenKind.Dropped, LinkFailure.ProtocolError, 0, "dropped retry=4s up=0s reconnects=0 rejected=0 last=protocol-error")]
        [InlineData(ScreenKind.Dropped, LinkFailure.ConnectionReset, 0, "dropped retry=4s up=0s reconnects=0 rejected=0 last=connection-reset")]
        [InlineData(ScreenKind.Dropped, LinkFailure.ClosedByRelay, 1011, "dropped retry=4s up=0s reconnects=0 rejected=0 last=closed-by-relay close=1011")]
        [InlineData(ScreenKind.Dropped, LinkFailure.UpgradeRefused, 0, "dropped retry=4s up=0s reconnects=0 rejected=0 last=upgrade-refused")]
        [InlineData(ScreenKind.Dropped, LinkFailure.LinkClosed, 0, "dropped retry=4s up=0s reconnects=0 rejected=0 last=link-closed")]
        public void Each_failure_kind_has_its_own_words_and_the_last_reason(ScreenKind kind, LinkFailure failure, int closeCode, string expected)
        {
            var status = new ScreenStatus { Kind = kind, LastFailure = failure, LastCloseCode = closeCode, RetryInSeconds = 4 };

            Assert.Equal(expected, StatusLine.Format(status));
        }

        [Fact]
        public void Connected_without_a_message_yet_is_waiting_for_data()
        {
            var status = new ScreenStatus { Kind = ScreenKind.Online, AwaitingFirstMessage = true };
            Assert.Equal("waiting-for-data up=0s reconnects=0 rejected=0 last=none", StatusLine.Format(status));

            status.AwaitingFirstMessage = false;
            Assert.StartsWith("online ", StatusLine.Format(status));
        }

        [Fact]
        public void Every_connect_failure_has_a_name()
        {
            foreach (ConnectFailure failure in Enum.GetValues<ConnectFailure>())
            {
                Assert.NotEqual("unknown", StatusLine.ConnectFailureName(failure));
            }
        }
    }
}
