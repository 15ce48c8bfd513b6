using System;
using System.Collections.Generic;
using DeskStats.Link;

namespace DeskStats.Tests.Core.Link
{
    /// <summary>Records the supervisor's commands, in order (a test double of our own interface).</summary>
    internal sealed class RecordingLinkCommands : ILinkCommands
    {
        public List<string> Calls { get; } = new List<string>();

        public int Count(string command) => Calls.FindAll(call => call == command).Count;

        public string Last => Calls.Count == 0 ? null : Calls[Calls.Count - 1];

        public void JoinWifi() => Calls.Add("JoinWifi");

        public void SyncClock() => Calls.Add("SyncClock");

        public void OpenRelay() => Calls.Add("OpenRelay");

        public void CloseRelay() => Calls.Add("CloseRelay");

        public void SendPing() => Calls.Add("SendPing");

        public void Reboot() => Calls.Add("Reboot");
    }

    public class ConnectionSupervisorTests
    {
        private static readonly DateTime Noon = new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

        private readonly RecordingLinkCommands _commands = new RecordingLinkCommands();
        private readonly ScreenStatus _status = new ScreenStatus();
        private readonly LinkTimings _timings = new LinkTimings { JitterPercent = 0 };
        private long _now;
        private ConnectionSupervisor _supervisor;

        private ConnectionSupervisor Create()
        {
            _supervisor = new ConnectionSupervisor(_commands, _timings, _status, 1234);
            return _supervisor;
        }

        private void Advance(long milliseconds)
        {
            // Step the way a device loop does: every 250 ms.
            long end = _now + milliseconds;
            while (_now < end)
            {
                _now = Math.Min(end, _now + 250);
                _supervisor.Step(_now, Noon.AddMilliseconds(_now));
            }
        }

        private void StartOnline()
        {
            Create().Start(_now, string.Empty, string.Empty, 60, false);
            _supervisor.OnWifiJoined(_now);
            _supervisor.OnClockSet(_now);
            _supervisor.OnRelayOpened(_now);
        }

        [Fact]
        public void Start_with_good_settings_joins_wifi_then_sets_the_clock_then_opens_the_relay()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            Assert.Equal(ScreenKind.JoiningWifi, _status.Kind);
            Assert.Equal("JoinWifi", _commands.Last);

            _supervisor.OnWifiJoined(10);
            Assert.Equal("SyncClock", _commands.Last);
            Assert.Equal(ScreenKind.ConnectingRelay, _status.Kind);

            _supervisor.OnClockSet(20);
            Assert.True(_status.ClockValid);
            Assert.Equal("OpenRelay", _commands.Last);
            Assert.Equal(LinkPhase.Connecting, _supervisor.Phase);

            _supervisor.OnRelayOpened(30);
            Assert.Equal(ScreenKind.Online, _status.Kind);
            Assert.Equal(LinkPhase.Online, _supervisor.Phase);
            Assert.Equal(-1, _status.RetryInSeconds);
            Assert.False(_status.Offline);
            Assert.Equal(new[] { "JoinWifi", "SyncClock", "OpenRelay" }, _commands.Calls);
        }

        [Fact]
        public void Start_with_a_settings_problem_shows_setup_needed_and_tries_nothing()
        {
            Create().Start(0, "relayUrl", "must start with wss://", 0, false);
            Advance(600000);

            Assert.Equal(ScreenKind.SetupNeeded, _status.Kind);
            Assert.Equal("relayUrl", _status.SetupSetting);
            Assert.Equal("must start with wss://", _status.SetupProblem);
            Assert.Empty(_commands.Calls);
        }

        [Fact]
        public void Insecure_link_and_local_time_are_written_to_the_status()
        {
            Create().Start(0, string.Empty, string.Empty, 90, true);
            Advance(1000);

            Assert.True(_status.InsecureLink);
            Assert.Equal(Noon.AddMinutes(90).AddSeconds(1), _status.LocalNow);
            Assert.Equal(1, _status.UptimeSeconds);
        }

        [Fact]
        public void Backoff_doubles_from_one_second_to_the_cap()
        {
            Create();
            Assert.Equal(1000, _supervisor.BaseBackoffMilliseconds(1));
            Assert.Equal(2000, _supervisor.BaseBackoffMilliseconds(2));
            Assert.Equal(4000, _supervisor.BaseBackoffMilliseconds(3));
            Assert.Equal(256000, _supervisor.BaseBackoffMilliseconds(9));
            Assert.Equal(300000, _supervisor.BaseBackoffMilliseconds(10));
            Assert.Equal(300000, _supervisor.BaseBackoffMilliseconds(1000));
        }

        [Fact]
        public void Unreachable_relay_is_retried_with_growing_delays_and_a_countdown()
        {
            StartOnline();
            _supervisor.OnRelayClosed(_now, true, 1006);
            Assert.Equal(ScreenKind.Dropped, _status.Kind);
            Assert.Equal(LinkFailure.ConnectionReset, _status.LastFailure);
            Assert.Equal(1, _status.RetryInSeconds);

            var delays = new List<long>();
            for (int attempt = 0; attempt < 5; attempt++)
            {
                long failedAt = _now;
                int opensBefore = _commands.Count("OpenRelay");
                while (_commands.Count("OpenRelay") == opensBefore)
                {
                    Advance(250);
                }

                delays.Add(_now - failedAt);
                _supervisor.OnConnectFailed(_now, ConnectFailure.Unreachable);
                Assert.Equal(ScreenKind.Unreachable, _status.Kind);
                Assert.Equal(LinkFailure.Unreachable, _status.LastFailure);
            }

            Assert.Equal(new long[] { 1000, 2000, 4000, 8000, 16000 }, delays);
            Assert.Equal(32, _status.RetryInSeconds);
            Advance(10000);
            Assert.Equal(22, _status.RetryInSeconds);
        }

        [Fact]
        public void Jitter_keeps_each_delay_within_its_percentage()
        {
            _timings.JitterPercent = 20;
            var seen = new HashSet<long>();
            for (int seed = 0; seed < 50; seed++)
            {
                var commands = new RecordingLinkCommands();
                var supervisor = new ConnectionSupervisor(commands, _timings, new ScreenStatus(), seed);
                supervisor.Start(0, string.Empty, string.Empty, 0, false);
                supervisor.OnWifiJoined(0);
                supervisor.OnClockSet(0);
                supervisor.OnConnectFailed(0, ConnectFailure.Unreachable);
                long now = 0;
                while (commands.Count("OpenRelay") == 1)
                {
                    now += 10;
                    supervisor.Step(now, Noon);
                }

                Assert.InRange(now, 800, 1210);
                seen.Add(now);
            }

            Assert.True(seen.Count > 5, "the jitter spreads retries");
        }

        [Fact]
        public void Backoff_resets_after_a_healthy_period_online()
        {
            StartOnline();
            for (int failure = 0; failure < 4; failure++)
            {
                _supervisor.OnRelayClosed(_now, true, 1006);
                while (_supervisor.Phase != LinkPhase.Connecting)
                {
                    Advance(250);
                }

                _supervisor.OnRelayOpened(_now);
            }

            Assert.Equal(4, _supervisor.FailedAttempts);
            Advance(_timings.HealthyResetMilliseconds);
            Assert.Equal(0, _supervisor.FailedAttempts);

            _supervisor.OnRelayClosed(_now, true, 1001);
            Assert.Equal(1, _status.RetryInSeconds);
        }

        [Fact]
        public void Close_code_4001_is_rejected_at_once_with_the_long_backoff()
        {
            StartOnline();
            _supervisor.OnRelayClosed(_now, true, 4001);

            Assert.Equal(ScreenKind.Rejected, _status.Kind);
            Assert.Equal(LinkFailure.Rejected, _status.LastFailure);
            Assert.Equal(600, _status.RetryInSeconds);

            Advance(599000);
            Assert.Equal(1, _commands.Count("OpenRelay"));
            Advance(1000);
            Assert.Equal(2, _commands.Count("OpenRelay"));
            Assert.Equal(ScreenKind.Rejected, _status.Kind);
        }

        [Fact]
        public void Hidden_close_codes_three_quick_closes_without_a_message_mean_rejected()
        {
            StartOnline();
            for (int close = 1; close <= 3; close++)
            {
                Advance(500);
                _supervisor.OnRelayClosed(_now, false, 0);
                if (close < 3)
                {
                    Assert.Equal(ScreenKind.Dropped, _status.Kind);
                    Assert.Equal(LinkFailure.LinkClosed, _status.LastFailure);
                    while (_supervisor.Phase != LinkPhase.Connecting)
                    {
                        Advance(250);
                    }

                    _supervisor.OnRelayOpened(_now);
                }
            }

            Assert.Equal(ScreenKind.Rejected, _status.Kind);
            Assert.Equal(600, _status.RetryInSeconds);
        }

        [Fact]
        public void Hidden_close_codes_a_message_in_between_resets_the_quick_close_count()
        {
            StartOnline();
            for (int close = 1; close <= 5; close++)
            {
                Advance(500);
                if (close == 3)
                {
                    _supervisor.OnMessageUnchanged(_now);
                }

                _supervisor.OnRelayClosed(_now, false, 0);
                Assert.NotEqual(ScreenKind.Rejected, _status.Kind);
                while (_supervisor.Phase != LinkPhase.Connecting)
                {
                    Advance(250);
                }

                _supervisor.OnRelayOpened(_now);
            }
        }

        [Fact]
        public void Hidden_close_codes_closes_after_the_window_are_plain_closes()
        {
            StartOnline();
            for (int close = 1; close <= 4; close++)
            {
                Advance(_timings.RejectCloseWindowMilliseconds + 250);
                _supervisor.OnRelayClosed(_now, false, 0);
                Assert.Equal(ScreenKind.Dropped, _status.Kind);
                while (_supervisor.Phase != LinkPhase.Connecting)
                {
                    Advance(250);
                }

                _supervisor.OnRelayOpened(_now);
            }
        }

        [Fact]
        public void Known_close_codes_never_use_the_quick_close_guess()
        {
            StartOnline();
            for (int close = 1; close <= 5; close++)
            {
                _supervisor.OnRelayClosed(_now, true, 1000);
                Assert.Equal(ScreenKind.Dropped, _status.Kind);
                Assert.Equal(LinkFailure.ClosedByRelay, _status.LastFailure);
                Assert.Equal(1000, _status.LastCloseCode);
                while (_supervisor.Phase != LinkPhase.Connecting)
                {
                    Advance(250);
                }

                _supervisor.OnRelayOpened(_now);
            }
        }

        [Fact]
        public void Tls_failure_shows_tls_failed_and_retries()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            _supervisor.OnClockSet(0);
            _supervisor.OnConnectFailed(0, ConnectFailure.Tls);

            Assert.Equal(ScreenKind.TlsFailed, _status.Kind);
            Assert.Equal(LinkFailure.TlsFailed, _status.LastFailure);
            Assert.False(_status.Offline, "never online yet, so not offline");
            Advance(1000);
            Assert.Equal(2, _commands.Count("OpenRelay"));
            Assert.Equal(1, _commands.Count("SyncClock"));
        }

        [Fact]
        public void Connect_timeout_is_unreachable()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            _supervisor.OnClockSet(0);
            _supervisor.OnConnectFailed(0, ConnectFailure.Timeout);

            Assert.Equal(ScreenKind.Unreachable, _status.Kind);
            Assert.Equal(LinkFailure.ConnectTimeout, _status.LastFailure);
        }

        [Fact]
        public void A_client_that_never_reports_on_open_is_torn_down_by_the_watchdog()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            _supervisor.OnClockSet(0);
            Advance(_timings.ConnectTimeoutMilliseconds);

            Assert.Equal("CloseRelay", _commands.Last);
            Assert.Equal(LinkFailure.ClientHung, _status.LastFailure);
            Assert.Equal(ScreenKind.Unreachable, _status.Kind);
            Advance(1000);
            Assert.Equal("OpenRelay", _commands.Last);
        }

        [Fact]
        public void Silence_is_not_a_fault_while_pings_are_answered()
        {
            StartOnline();
            for (int hour = 0; hour < 3 * 60; hour++)
            {
                Advance(60000);
                if (_commands.Last == "SendPing")
                {
                    _supervisor.OnLinkAlive(_now);
                }
            }

            Assert.Equal(ScreenKind.Online, _status.Kind);
            Assert.Equal(LinkPhase.Online, _supervisor.Phase);
            Assert.Equal(0, _commands.Count("CloseRelay"));
            Assert.Equal(0, _commands.Count("Reboot"));
            Assert.True(_commands.Count("SendPing") >= 170);
        }

        [Fact]
        public void Messages_count_as_life_so_no_ping_is_needed()
        {
            StartOnline();
            for (int second = 0; second < 600; second += 30)
            {
                Advance(30000);
                _supervisor.OnMessageUnchanged(_now);
            }

            Assert.Equal(0, _commands.Count("SendPing"));
        }

        [Fact]
        public void An_unanswered_ping_tears_the_link_down_and_reconnects()
        {
            StartOnline();
            _supervisor.OnMessageApplied(_now);
            Advance(_timings.PingIntervalMilliseconds);
            Assert.Equal("SendPing", _commands.Last);
            Advance(_timings.PongTimeoutMilliseconds);

            Assert.Equal("CloseRelay", _commands.Last);
            Assert.Equal(LinkFailure.PingTimeout, _status.LastFailure);
            Assert.Equal(ScreenKind.Dropped, _status.Kind);
            Assert.True(_status.Offline);
            Assert.Equal(Noon.AddMinutes(60).AddMilliseconds(_now), _status.OfflineSinceLocal);

            Advance(1000);
            Assert.Equal("OpenRelay", _commands.Last);
            _supervisor.OnRelayOpened(_now);
            Assert.Equal(1, _status.Reconnects);
            Assert.False(_status.Offline);
            Assert.Equal(ScreenKind.Online, _status.Kind);
        }

        [Fact]
        public void Pings_can_be_turned_off()
        {
            _timings.PingIntervalMilliseconds = 0;
            StartOnline();
            Advance(3600000);

            Assert.Equal(0, _commands.Count("SendPing"));
            Assert.Equal(LinkPhase.Online, _supervisor.Phase);
            Assert.Equal(0, _commands.Count("Reboot"));
        }

        [Fact]
        public void Messages_update_last_change_and_rejected_counter()
        {
            StartOnline();
            Advance(5000);
            _supervisor.OnMessageApplied(_now);
            Assert.True(_status.HasLastChange);
            Assert.Equal(Noon.AddMinutes(60).AddSeconds(5), _status.LastChangeLocal);

            Advance(5000);
            _supervisor.OnMessageUnchanged(_now);
            _supervisor.OnMessageRejected(_now);
            _supervisor.OnMessageRejected(_now);
            Assert.Equal(2, _status.RejectedMessages);
            Assert.Equal(Noon.AddMinutes(60).AddSeconds(5), _status.LastChangeLocal);
            Assert.Equal(ScreenKind.Online, _status.Kind);
        }

        [Fact]
        public void Wifi_loss_tears_the_relay_down_and_rejoins_without_resetting_the_clock()
        {
            StartOnline();
            Advance(10000);
            _supervisor.OnWifiLost(_now);

            Assert.Equal(ScreenKind.JoiningWifi, _status.Kind);
            Assert.Equal(LinkFailure.WifiLost, _status.LastFailure);
            Assert.True(_status.Offline);
            Assert.Equal(new[] { "JoinWifi", "SyncClock", "OpenRelay", "CloseRelay", "JoinWifi" }, _commands.Calls);

            _supervisor.OnWifiJoined(_now);
            Assert.Equal("OpenRelay", _commands.Last);
            _supervisor.OnRelayOpened(_now);
            Assert.Equal(1, _status.Reconnects);
        }

        [Fact]
        public void Wifi_join_failure_and_timeout_retry_with_backoff()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoinFailed(0);
            Assert.Equal(ScreenKind.JoiningWifi, _status.Kind);
            Assert.Equal(LinkFailure.WifiJoinFailed, _status.LastFailure);
            Assert.Equal(1, _status.RetryInSeconds);

            _supervisor.Step(1000, Noon);
            Assert.Equal(2, _commands.Count("JoinWifi"));

            _now = 1000;
            Advance(_timings.WifiJoinTimeoutMilliseconds);
            Assert.Equal(LinkPhase.WaitingToRetry, _supervisor.Phase);
            Assert.Equal(2, _status.RetryInSeconds);
        }

        [Fact]
        public void Clock_timeout_retries_the_clock()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            Advance(_timings.ClockTimeoutMilliseconds);
            Assert.Equal(LinkFailure.ClockSyncFailed, _status.LastFailure);
            Advance(1000);
            Assert.Equal(2, _commands.Count("SyncClock"));
            Assert.Equal(0, _commands.Count("OpenRelay"));
        }

        [Fact]
        public void Failures_that_keep_being_reported_never_reboot()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            _supervisor.OnClockSet(0);
            for (int minute = 0; minute < 180; minute++)
            {
                while (_supervisor.Phase != LinkPhase.Connecting)
                {
                    Advance(250);
                }

                _supervisor.OnConnectFailed(_now, ConnectFailure.Unreachable);
            }

            Assert.Equal(0, _commands.Count("Reboot"));
            Assert.True(_now > 3 * 3600000L);
        }

        [Fact]
        public void A_platform_that_reports_nothing_for_thirty_minutes_reboots_once()
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            _supervisor.OnClockSet(0);
            Advance(_timings.RebootAfterNoProgressMilliseconds - 1000);
            Assert.Equal(0, _commands.Count("Reboot"));
            Assert.True(_commands.Count("CloseRelay") >= 5, "torn down first, several times");

            Advance(1000);
            Assert.Equal(1, _commands.Count("Reboot"));
            Advance(_timings.RebootAfterNoProgressMilliseconds);
            Assert.Equal(1, _commands.Count("Reboot"));
        }

        [Fact]
        public void Late_reports_of_an_abandoned_attempt_are_ignored()
        {
            StartOnline();
            _supervisor.OnRelayClosed(_now, true, 1006);
            _supervisor.OnRelayOpened(_now);
            _supervisor.OnConnectFailed(_now, ConnectFailure.Tls);
            _supervisor.OnMessageRejected(_now);

            Assert.Equal(LinkPhase.WaitingToRetry, _supervisor.Phase);
            Assert.Equal(ScreenKind.Dropped, _status.Kind);
            Assert.Equal(0, _status.RejectedMessages);
        }

        [Theory]
        [InlineData(ConnectFailure.Unreachable, ScreenKind.Unreachable, LinkFailure.Unreachable)]
        [InlineData(ConnectFailure.Timeout, ScreenKind.Unreachable, LinkFailure.ConnectTimeout)]
        [InlineData(ConnectFailure.Tls, ScreenKind.TlsFailed, LinkFailure.TlsFailed)]
        [InlineData(ConnectFailure.Reset, ScreenKind.Dropped, LinkFailure.ConnectionReset)]
        [InlineData(ConnectFailure.UpgradeRefused, ScreenKind.Dropped, LinkFailure.UpgradeRefused)]
        public void Each_connect_failure_has_its_screen_and_its_name(ConnectFailure failure, ScreenKind kind, LinkFailure named)
        {
            Create().Start(0, string.Empty, string.Empty, 0, false);
            _supervisor.OnWifiJoined(0);
            _supervisor.OnClockSet(0);
            _supervisor.OnConnectFailed(0, failure);

            Assert.Equal(kind, _status.Kind);
            Assert.Equal(named, _status.LastFailure);
            Assert.Equal(0, _status.LastCloseCode);
            Assert.Equal(1, _status.RetryInSeconds);
        }

        [Theory]
        [InlineData(LinkFailure.ProtocolError, 1002, 0)]
        [InlineData(LinkFailure.ConnectionReset, 1006, 0)]
        [InlineData(LinkFailure.ClosedByRelay, 1011, 1011)]
        [InlineData(LinkFailure.PingTimeout, 1006, 0)]
        [InlineData(LinkFailure.LinkClosed, 0, 0)]
        public void An_open_link_that_breaks_shows_dropped_with_the_reason_and_keeps_the_data_marked_offline(LinkFailure reason, int closeCode, int codeShown)
        {
            StartOnline();
            _supervisor.OnMessageApplied(_now);
            Advance(_timings.RejectCloseWindowMilliseconds);

            _supervisor.OnRelayClosed(_now, reason, closeCode);

            Assert.Equal(ScreenKind.Dropped, _status.Kind);
            Assert.Equal(reason, _status.LastFailure);
            Assert.Equal(codeShown, _status.LastCloseCode);
            Assert.True(_status.Offline);
            Assert.True(_status.HasLastChange);
            Assert.Equal("CloseRelay", _commands.Last);
        }

        [Theory]
        [InlineData(1006, LinkFailure.ConnectionReset)]
        [InlineData(1002, LinkFailure.ProtocolError)]
        [InlineData(1000, LinkFailure.ClosedByRelay)]
        [InlineData(1011, LinkFailure.ClosedByRelay)]
        public void A_known_close_code_names_the_reason(int closeCode, LinkFailure reason)
        {
            Assert.Equal(reason, ConnectionSupervisor.DropReasonOf(closeCode));
        }

        [Fact]
        public void A_refused_token_keeps_its_close_code()
        {
            StartOnline();
            _supervisor.OnRelayClosed(_now, LinkFailure.ClosedByRelay, 4001);

            Assert.Equal(ScreenKind.Rejected, _status.Kind);
            Assert.Equal(4001, _status.LastCloseCode);
        }

        [Fact]
        public void A_link_that_keeps_dropping_stays_dropped_through_its_retries_until_a_message_comes()
        {
            StartOnline();
            for (int drop = 0; drop < 3; drop++)
            {
                _supervisor.OnRelayClosed(_now, LinkFailure.ConnectionReset, 1006);
                Assert.Equal(ScreenKind.Dropped, _status.Kind);
                while (_supervisor.Phase != LinkPhase.Connecting)
                {
                    Advance(250);
                }

                // Trying again: the cause stays on screen, not "connecting".
                Assert.Equal(ScreenKind.Dropped, _status.Kind);
                Assert.Equal(-1, _status.RetryInSeconds);
                _supervisor.OnRelayOpened(_now);
                Assert.Equal(ScreenKind.Online, _status.Kind);
                Assert.True(_status.AwaitingFirstMessage);
            }

            _supervisor.OnMessageUnchanged(_now);
            Assert.False(_status.AwaitingFirstMessage);
            Assert.Equal(ScreenKind.Online, _status.Kind);
            Assert.False(_status.Offline);
        }

        [Fact]
        public void Nobody_answering_after_a_drop_shows_unreachable()
        {
            StartOnline();
            _supervisor.OnRelayClosed(_now, LinkFailure.ProtocolError, 1002);
            while (_supervisor.Phase != LinkPhase.Connecting)
            {
                Advance(250);
            }

            _supervisor.OnConnectFailed(_now, ConnectFailure.Unreachable);

            Assert.Equal(ScreenKind.Unreachable, _status.Kind);
            Assert.Equal(LinkFailure.Unreachable, _status.LastFailure);
        }

        [Fact]
        public void An_open_link_awaits_its_first_message_until_one_comes_or_it_closes()
        {
            StartOnline();
            Assert.True(_status.AwaitingFirstMessage);
            _supervisor.OnMessageRejected(_now);
            Assert.False(_status.AwaitingFirstMessage);

            _supervisor.OnRelayClosed(_now, LinkFailure.ConnectionReset, 1006);
            while (_supervisor.Phase != LinkPhase.Connecting)
            {
                Advance(250);
            }

            _supervisor.OnRelayOpened(_now);
            Assert.True(_status.AwaitingFirstMessage);
            _supervisor.OnWifiLost(_now);
            Assert.False(_status.AwaitingFirstMessage);
        }

        [Fact]
        public void Health_measurements_reach_the_status()
        {
            Create().ReportHealth(54321, -67);
            Assert.Equal(54321, _status.FreeMemoryBytes);
            Assert.Equal(-67, _status.WifiSignalDbm);
        }
    }
}
