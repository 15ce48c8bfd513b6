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
    }
}
