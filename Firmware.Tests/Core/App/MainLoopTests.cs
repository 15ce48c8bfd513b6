using System;
using System.Linq;
using DeskStats.App;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Tests.Core.App
{
    /// <summary>The portable main loop driven pass by pass with a scripted link and a fake clock (no threads, no sleeps).</summary>
    public class MainLoopTests
    {
        [Fact]
        public void Start_joins_wifi_sets_the_clock_and_opens_the_relay_in_the_first_pass()
        {
            var rig = new LoopRig().Start();

            Assert.Equal(1, rig.Network.Joins);
            Assert.Equal(new[] { "Close", "Open" }, rig.Link.Calls);
            Assert.Equal(1, rig.Link.Attempt);
            Assert.Equal(ScreenKind.ConnectingRelay, rig.Status.Kind);
            Assert.True(rig.Status.ClockValid);
            Assert.Single(rig.Screen.Renders);

            rig.Link.Opened();
            rig.Pass();
            Assert.Equal(ScreenKind.Online, rig.Status.Kind);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_message_is_applied_and_drawn_once_and_an_identical_repeat_draws_nothing()
        {
            var rig = new LoopRig().StartOnline();
            int renders = rig.Screen.Renders.Count;

            rig.Deliver(LoopRig.Message(1234));
            Assert.Equal(1234, rig.Model.Today.Visits);
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            Assert.Equal(ChangedFields.All & ~ChangedFields.RecentVisits, rig.Screen.Renders.Last() & ~ChangedFields.RecentVisits);

            rig.Deliver(LoopRig.Message(1234));
            rig.Advance(900);
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            Assert.Equal(1, rig.Loop.Processor.UnchangedCount);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void Connect_failures_climb_the_reconnect_ladder_to_its_cap()
        {
            var rig = new LoopRig();
            rig.Link.OnOpen = link => link.Fail(ConnectFailure.Unreachable);
            rig.Start();

            rig.Advance(1200000, 100);

            // Each retry waits the doubled delay (jitter off), counted from the pass that took the failure.
            long[] expected = { 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000 };
            Assert.True(rig.Link.OpenTimes.Count > expected.Length, "opens: " + rig.Link.OpenTimes.Count);
            for (int index = 0; index < expected.Length; index++)
            {
                long gap = rig.Link.OpenTimes[index + 1] - rig.Link.OpenTimes[index];
                Assert.InRange(gap, expected[index], expected[index] + 200);
            }

            Assert.Equal(ScreenKind.Unreachable, rig.Status.Kind);
            Assert.Equal(LinkFailure.Unreachable, rig.Status.LastFailure);
            Assert.Equal(0, rig.Power.Reboots);
            Assert.Contains(rig.Log.Lines, line => line.StartsWith("relay: connect failed (unreachable)", StringComparison.Ordinal));
        }

        [Fact]
        public void A_link_that_comes_back_after_being_online_starts_the_ladder_again()
        {
            var rig = new LoopRig().StartOnline();
            rig.Deliver(LoopRig.Message(10));
            rig.Advance(61000);
            rig.Link.Alive();
            rig.Link.Closed(1006);
            rig.Pass();
            Assert.Equal(ScreenKind.Dropped, rig.Status.Kind);
            Assert.Equal(LinkFailure.ConnectionReset, rig.Status.LastFailure);
            long closedAt = rig.Clock.NowMilliseconds;

            rig.Advance(1100);
            Assert.Equal(2, rig.Link.Count("Open"));
            Assert.InRange(rig.Link.OpenTimes[1] - closedAt, 1000, 1100);
        }

        [Fact]
        public void A_dropped_link_keeps_the_data_with_the_offline_marker_until_it_is_back()
        {
            var rig = new LoopRig().StartOnline();
            rig.Deliver(LoopRig.Message(1234));

            rig.Link.Closed(1006);
            rig.Pass();
            Assert.True(rig.Status.Offline);
            Assert.True(rig.Screen.RenderedOffline.Last());
            Assert.Equal(1234, rig.Model.Today.Visits);
            Assert.Equal(new DateTime(2026, 11, 22, 13, 0, 0), rig.Status.OfflineSinceLocal);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));

            rig.Advance(1100);
            Assert.Equal(2, rig.Link.Count("Open"));
            rig.Link.Opened();
            rig.Pass();
            Assert.False(rig.Status.Offline);
            Assert.False(rig.Screen.RenderedOffline.Last());
            Assert.Equal(1, rig.Status.Reconnects);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_refused_token_waits_the_long_delay_before_the_next_attempt()
        {
            var rig = new LoopRig().StartOnline();
            rig.Link.Closed(ConnectionSupervisor.RejectedCloseCode);
            rig.Pass();
            Assert.Equal(ScreenKind.Rejected, rig.Status.Kind);
            Assert.Equal(600, rig.Status.RetryInSeconds);

            rig.Advance(599000, 1000);
            Assert.Equal(1, rig.Link.Count("Open"));
            Assert.Equal(ScreenKind.Rejected, rig.Status.Kind);
            rig.Advance(1100);
            Assert.Equal(2, rig.Link.Count("Open"));
            Assert.Equal(ScreenKind.Rejected, rig.Status.Kind);
        }

        [Fact]
        public void Closes_reported_while_connecting_count_as_quick_closes_and_three_mean_rejected()
        {
            // The nanoFramework client reports the relay's close of a bad token before Connect returns.
            var rig = new LoopRig();
            rig.Link.OnOpen = link =>
            {
                link.ClosedCodeUnknown();
                link.Opened();
            };
            rig.Start();

            rig.Advance(4000);
            Assert.Equal(3, rig.Link.Count("Open"));
            Assert.Equal(ScreenKind.Rejected, rig.Status.Kind);
            Assert.Equal(LinkFailure.Rejected, rig.Status.LastFailure);
        }

        [Fact]
        public void Reports_of_an_attempt_that_was_given_up_are_ignored()
        {
            var rig = new LoopRig().Start();
            rig.Advance(45000, 1000);
            Assert.Equal(LinkFailure.ClientHung, rig.Status.LastFailure);

            // The hung attempt wakes up late: nothing changes.
            rig.Link.Opened();
            rig.Link.Send(LoopRig.Message(5));
            rig.Pass();
            Assert.Equal(ScreenKind.Unreachable, rig.Status.Kind);
            Assert.False(rig.Model.HasData);

            rig.Advance(1100);
            Assert.Equal(2, rig.Link.Attempt);
            rig.Link.Opened();
            rig.Pass();
            Assert.Equal(ScreenKind.Online, rig.Status.Kind);
        }

        [Fact]
        public void Midnight_moves_the_clock_on_screen_and_the_relays_rollover_shifts_the_days()
        {
            // 22:59 UTC with the rig's offset of 60 minutes: 23:59 local.
            var rig = new LoopRig(utcAtZero: new DateTime(2026, 11, 22, 22, 59, 0, DateTimeKind.Utc)).StartOnline();
            rig.Deliver(LoopRig.Message(500, 400, 300));
            Assert.Equal(23 * 60 + 59, rig.Screen.RenderedMinutes.Last());

            rig.Advance(60000, 500);
            rig.Link.Alive();
            rig.Pass();
            Assert.Equal(0, rig.Screen.RenderedMinutes.Last());
            Assert.Equal(23, rig.Status.LocalNow.Day);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));

            int renders = rig.Screen.Renders.Count;
            rig.Deliver(LoopRig.Message(0, 500, 400, visitTime: "2026-11-23 00:00:05"));
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            ChangedFields shifted = ChangedFields.TodayVisits | ChangedFields.YesterdayVisits | ChangedFields.DayBeforeVisits;
            Assert.Equal(shifted, rig.Screen.Renders.Last() & shifted);
            Assert.Equal(0, rig.Model.Today.Visits);
            Assert.Equal(500, rig.Model.Yesterday.Visits);
            Assert.Equal(400, rig.Model.DayBefore.Visits);
            rig.Advance(DeskStats.Display.DashboardRenderer.CueMilliseconds + 100);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void Night_dimming_follows_local_time_once_the_clock_is_set()
        {
            var settings = LoopRig.DefaultSettings(",\"nightDimming\":{\"from\":\"22:00\",\"to\":\"07:00\",\"brightness\":10}");
            // 22:30 local before the clock is set: the day brightness (no time of day is known yet).
            var rig = new LoopRig(settings, new DateTime(2026, 11, 22, 21, 30, 0, DateTimeKind.Utc), timings: new LinkTimings { JitterPercent = 0, PingIntervalMilliseconds = 0 });
            rig.Network.Answer = false;
            rig.Start();
            Assert.Equal(new[] { 80 }, rig.Screen.Brightness);

            rig.Advance(60000, 1000);
            rig.Network.Answer = true;
            rig.Advance(2000, 1000);
            Assert.True(rig.Status.ClockValid);
            Assert.Equal(new[] { 80, 10 }, rig.Screen.Brightness);

            rig.Link.Opened();
            rig.Pass();
            Assert.Equal(ScreenKind.Online, rig.Status.Kind);
            // Until 07:00 local (06:00 UTC) the screen stays dim, then the day brightness is back.
            long untilMorning = (long)(new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc) - rig.Clock.UtcNow).TotalMilliseconds;
            rig.Advance(untilMorning - 1000, 1000);
            Assert.Equal(10, rig.Loop.Brightness);
            rig.Advance(1000, 1000);
            Assert.Equal(new[] { 80, 10, 80 }, rig.Screen.Brightness);
            Assert.Equal(80, rig.Screen.Bus.BacklightPercent);
        }

        [Fact]
        public void A_burst_of_messages_is_taken_in_one_pass_keeping_only_the_newest_waiting_one()
        {
            var rig = new LoopRig().StartOnline();
            int renders = rig.Screen.Renders.Count;

            for (int visits = 1; visits <= 10; visits++)
            {
                rig.Link.Send(LoopRig.Message(visits));
            }

            Assert.Equal(9, rig.Inbox.DroppedMessages);
            rig.Pass();
            Assert.Equal(10, rig.Model.Today.Visits);
            Assert.Equal(1, rig.Loop.Processor.AcceptedCount);
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);

            // Messages with other reports between them are all handled, in order, and drawn once.
            rig.Link.Send(LoopRig.Message(11));
            rig.Link.Alive();
            rig.Link.Send(LoopRig.Message(12, city: "Osaka"));
            rig.Pass();
            Assert.Equal(3, rig.Loop.Processor.AcceptedCount);
            Assert.Equal(12, rig.Model.Today.Visits);
            Assert.Equal("Osaka", rig.Model.LatestVisit.City);
            Assert.Equal(renders + 2, rig.Screen.Renders.Count);
            // Once the new-visitor cue is over, the panel shows what one drawing of the newest data shows.
            rig.Advance(DeskStats.Display.DashboardRenderer.CueMilliseconds + 100);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_message_arriving_when_a_redraw_is_due_is_drawn_in_the_same_render()
        {
            var rig = new LoopRig().StartOnline();
            rig.Deliver(LoopRig.Message(100));
            int renders = rig.Screen.Renders.Count;

            // The minute on screen turns over and a message arrives before the next pass.
            rig.Clock.NowMilliseconds += 60000;
            rig.Link.Send(LoopRig.Message(101));
            rig.Pass();

            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            Assert.Equal(ChangedFields.TodayVisits, rig.Screen.Renders.Last() & ChangedFields.TodayVisits);
            Assert.Equal(13 * 60 + 1, rig.Screen.RenderedMinutes.Last());
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_silent_link_is_checked_and_dropped_when_the_check_goes_unanswered()
        {
            var rig = new LoopRig().StartOnline();
            rig.Deliver(LoopRig.Message(7));

            rig.Advance(60000);
            Assert.Equal(1, rig.Link.Count("CheckAlive"));
            rig.Link.Alive();
            rig.Pass();
            Assert.Equal(ScreenKind.Online, rig.Status.Kind);

            rig.Advance(80100);
            Assert.Equal(2, rig.Link.Count("CheckAlive"));
            Assert.Equal(LinkFailure.PingTimeout, rig.Status.LastFailure);
            Assert.True(rig.Status.Offline);
            Assert.Equal(7, rig.Model.Today.Visits);
        }

        [Fact]
        public void Health_is_measured_on_the_first_pass_and_then_every_30_seconds()
        {
            var rig = new LoopRig().StartOnline();
            Assert.Equal(1, rig.Health.Measurements);
            Assert.Equal(54321, rig.Status.FreeMemoryBytes);
            Assert.Equal(-61, rig.Status.WifiSignalDbm);

            rig.Advance(MainLoop.HealthIntervalMilliseconds - 100);
            Assert.Equal(1, rig.Health.Measurements);
            rig.Advance(100);
            Assert.Equal(2, rig.Health.Measurements);
            Assert.Contains(rig.Log.Lines, line => line.StartsWith("status: waiting-for-data", StringComparison.Ordinal) && line.Contains("free=54321B"));
            Assert.DoesNotContain(rig.Log.Lines, line => line.Contains("t0k3n-value"));
        }

        [Fact]
        public void Setup_needed_shows_its_screen_and_tries_nothing()
        {
            var rig = new LoopRig(withLink: false).Start("token", "is missing");
            rig.Advance(5000);

            Assert.Equal(ScreenKind.SetupNeeded, rig.Status.Kind);
            Assert.Equal(0, rig.Network.Joins);
            Assert.Equal(0, rig.Link.Count("Open"));
            Assert.Single(rig.Screen.Renders);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_display_fault_is_logged_and_the_link_carries_on()
        {
            var rig = new LoopRig();
            rig.Screen.ThrowOnRender = true;
            rig.StartOnline();
            rig.Deliver(LoopRig.Message(3));

            Assert.Equal(3, rig.Model.Today.Visits);
            Assert.Equal(0, rig.Loop.FaultCount);
            // The start's drawing threw; the open link and the message came within the second the loop waits after it.
            Assert.Equal(1, rig.Loop.DrawFaultCount);
            Assert.Contains(rig.Log.Lines, line => line == "display: InvalidOperationException");

            // Still failing: one try a second, not one every pass.
            rig.Advance(3000);
            Assert.Equal(4, rig.Loop.DrawFaultCount);

            rig.Screen.ThrowOnRender = false;
            rig.Deliver(LoopRig.Message(4));
            rig.Advance(MainLoop.DrawRetryMilliseconds);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void What_a_drawing_that_threw_did_not_draw_is_drawn_a_second_later_without_a_new_change()
        {
            var rig = new LoopRig();
            rig.StartOnline();
            rig.Deliver(LoopRig.Message(3));
            int renders = rig.Screen.Renders.Count;

            rig.Screen.ThrowOnRender = true;
            rig.Deliver(LoopRig.Message(4, city: "Lima", visitTime: "2026-11-22 09:04:00"));
            rig.Screen.ThrowOnRender = false;
            rig.Advance(MainLoop.DrawRetryMilliseconds - 100);
            Assert.Equal(renders, rig.Screen.Renders.Count);
            rig.Advance(100);

            Assert.Equal(1, rig.Loop.DrawFaultCount);
            Assert.Equal(renders + 1, rig.Screen.Renders.Count);
            ChangedFields retried = rig.Screen.Renders[renders];
            Assert.Equal(ChangedFields.TodayVisits | ChangedFields.LatestVisit, retried & (ChangedFields.TodayVisits | ChangedFields.LatestVisit));
            // Once the new visit's cue has ended, the panel is what a fresh drawing of the model shows.
            rig.Advance(DeskStats.Display.DashboardRenderer.CueMilliseconds);
            Assert.True(rig.Screen.ShowsFreshDrawingOf(rig.Model, rig.Status));
        }

        [Fact]
        public void A_fault_now_and_then_is_survived()
        {
            var rig = new LoopRig();
            rig.Link.ThrowOnOpen = true;
            Assert.True(rig.Loop.RunOnce());
            rig.Loop.Start(string.Empty, string.Empty);
            Assert.False(rig.Pass());
            Assert.Equal(1, rig.Loop.FaultsInARow);

            // The supervisor treats the attempt that never reported as hung and retries; the next fault is over a minute later.
            rig.Link.ThrowOnOpen = false;
            rig.Advance(46100, 100);
            Assert.Equal(1, rig.Link.Count("Open"));
            rig.Link.ThrowOnOpen = true;
            rig.Advance(61000, 1000);
            rig.Link.ThrowOnOpen = false;

            Assert.Equal(2, rig.Loop.FaultCount);
            Assert.Equal(1, rig.Loop.FaultsInARow);
            Assert.Equal(0, rig.Power.Reboots);
            Assert.Contains(rig.Log.Lines, line => line == "main loop: InvalidOperationException (1 in a row)");
        }

        [Fact]
        public void A_fault_that_keeps_repeating_reboots_and_where_reboot_returns_the_cycle_starts_again()
        {
            var rig = new LoopRig().StartOnline();
            ConnectionSupervisor first = rig.Loop.Supervisor;

            // The health probe throws every time it measures (every 30 s): ten faults, each within a minute of the last.
            rig.Health.Throw = true;
            rig.Advance(9 * MainLoop.HealthIntervalMilliseconds, 1000);
            Assert.Equal(0, rig.Power.Reboots);
            rig.Advance(MainLoop.HealthIntervalMilliseconds, 1000);
            Assert.Equal(1, rig.Power.Reboots);
            Assert.Equal(MainLoop.MaximumFaultsInARow, rig.Loop.FaultCount);
            Assert.Contains(rig.Log.Lines, line => line == "main loop: faults keep repeating, rebooting");

            rig.Health.Throw = false;
            rig.Advance(100);
            Assert.Equal(1, rig.Loop.RestartCount);
            Assert.NotSame(first, rig.Loop.Supervisor);
            Assert.Equal(rig.Link.Attempt, rig.Inbox.CurrentAttempt);
            rig.Link.Opened();
            rig.Pass();
            Assert.Equal(ScreenKind.Online, rig.Status.Kind);
        }

        [Fact]
        public void Without_a_display_the_link_and_the_model_still_run()
        {
            var rig = new LoopRig(withScreen: false).StartOnline();
            rig.Deliver(LoopRig.Message(42));

            Assert.Equal(42, rig.Model.Today.Visits);
            Assert.True(rig.Status.HasLastChange);
        }

        [Fact]
        public void Stop_closes_the_link_and_gives_up_the_attempt()
        {
            var rig = new LoopRig().StartOnline();
            rig.Loop.Stop();

            Assert.Equal("Close", rig.Link.Calls.Last());
            Assert.Equal(0, rig.Inbox.CurrentAttempt);
        }
    }
}
