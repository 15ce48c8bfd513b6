using System;
using DeskStats.Link;

namespace DeskStats.Stage
{
    /// <summary>
    /// The connection supervisor over a scripted timeline with a fake clock: a first connection, a relay restart, a run
    /// of failures up the back-off ladder, a rejected token, a lost Wi-Fi, a dead link found by missing pongs, and the
    /// recovery. Every event and every simulated 15 s: the phase, the commands it gave and what the screen says.
    /// </summary>
    public static class SupervisorPart
    {
        private const long StepMilliseconds = 250;
        private static readonly DateTime UtcAtZero = new DateTime(2026, 11, 22, 8, 0, 0);

        /// <summary>Runs the timeline.</summary>
        public static void Run(IStageLog log, StageHeapMeter heap)
        {
            var commands = new RecordingCommands();
            var status = new ScreenStatus();
            var supervisor = new ConnectionSupervisor(commands, new LinkTimings(), status, 7);
            var timeline = new Timeline(supervisor, commands, status, log);

            supervisor.Start(0, string.Empty, string.Empty, 60, false);
            timeline.Report(0, "start");
            timeline.RunUntil(2000);
            supervisor.OnWifiJoined(2000);
            timeline.Report(2000, "wifi-joined");
            timeline.RunUntil(3000);
            supervisor.OnClockSet(3000);
            timeline.Report(3000, "clock-set");
            timeline.RunUntil(4000);
            supervisor.OnRelayOpened(4000);
            timeline.Report(4000, "opened");
            supervisor.OnMessageApplied(4200);
            timeline.Report(4200, "message");
            timeline.RunUntil(95000);

            // The relay restarts: a normal close, then refused connections up the ladder, then it is back.
            supervisor.OnRelayClosed(95000, true, 1001);
            timeline.Report(95000, "closed-1001");
            long now = 95000;
            for (int attempt = 0; attempt < 6; attempt++)
            {
                now = timeline.RunUntilCommand(now, "open");
                supervisor.OnConnectFailed(now + 100, attempt % 3 == 0 ? ConnectFailure.Unreachable : attempt % 3 == 1 ? ConnectFailure.Timeout : ConnectFailure.Tls);
                now += 100;
                timeline.Report(now, "connect-failed");
            }

            now = timeline.RunUntilCommand(now, "open");
            supervisor.OnRelayOpened(now + 50);
            supervisor.OnMessageUnchanged(now + 80);
            now += 80;
            timeline.Report(now, "reopened");
            timeline.RunUntil(now + 70000);
            now += 70000;

            // A wrong token: the relay accepts, then closes with 4001.
            supervisor.OnRelayClosed(now, true, 4001);
            timeline.Report(now, "closed-4001");
            now = timeline.RunUntilCommand(now, "open");
            supervisor.OnRelayOpened(now + 50);
            supervisor.OnMessageRejected(now + 60);
            supervisor.OnMessageApplied(now + 70);
            now += 70;
            timeline.Report(now, "after-reject");

            // Wi-Fi goes away and comes back.
            supervisor.OnWifiLost(now + 1000);
            now += 1000;
            timeline.Report(now, "wifi-lost");
            now = timeline.RunUntilCommand(now, "join");
            supervisor.OnWifiJoinFailed(now + 500);
            now += 500;
            timeline.Report(now, "wifi-join-failed");
            now = timeline.RunUntilCommand(now, "join");
            supervisor.OnWifiJoined(now + 500);
            now += 500;
            now = timeline.RunUntilCommand(now, "clock");
            supervisor.OnClockSet(now + 100);
            now += 100;
            now = timeline.RunUntilCommand(now, "open");
            supervisor.OnRelayOpened(now + 100);
            now += 100;
            timeline.Report(now, "back");

            // A dead link: pings go out, no pong or message comes back.
            timeline.RunUntil(now + 600000);
            now += 600000;
            timeline.Report(now, "end");
            heap.Report("supervisor", log);
        }

        private sealed class Timeline
        {
            private readonly ConnectionSupervisor _supervisor;
            private readonly RecordingCommands _commands;
            private readonly ScreenStatus _status;
            private readonly IStageLog _log;
            private long _now;

            public Timeline(ConnectionSupervisor supervisor, RecordingCommands commands, ScreenStatus status, IStageLog log)
            {
                _supervisor = supervisor;
                _commands = commands;
                _status = status;
                _log = log;
            }

            public void RunUntil(long end)
            {
                while (_now + StepMilliseconds <= end)
                {
                    _now += StepMilliseconds;
                    _supervisor.Step(_now, UtcAtZero.AddMilliseconds(_now));
                    if (_now % 15000 == 0 || _commands.Pending.Length > 0)
                    {
                        Report(_now, "step");
                    }
                }
            }

            // Steps until the supervisor gives the command (or ten simulated minutes pass); returns that time.
            public long RunUntilCommand(long from, string command)
            {
                _now = from;
                long end = from + 600000;
                while (_now < end)
                {
                    _now += StepMilliseconds;
                    _supervisor.Step(_now, UtcAtZero.AddMilliseconds(_now));
                    bool given = _commands.Pending.IndexOf(command) >= 0;
                    if (_commands.Pending.Length > 0)
                    {
                        Report(_now, "step");
                    }

                    if (given)
                    {
                        return _now;
                    }
                }

                return _now;
            }

            public void Report(long now, string what)
            {
                _now = now > _now ? now : _now;
                _log.Line("t=" + now + " " + what + " phase=" + (int)_supervisor.Phase + " failed=" + _supervisor.FailedAttempts
                    + " commands=" + _commands.Take() + " " + StageText.Status(_status));
            }
        }

        private sealed class RecordingCommands : ILinkCommands
        {
            public string Pending = string.Empty;

            public string Take()
            {
                string taken = Pending;
                Pending = string.Empty;
                return taken.Length == 0 ? "-" : taken;
            }

            public void JoinWifi() => Pending += "join,";

            public void SyncClock() => Pending += "clock,";

            public void OpenRelay() => Pending += "open,";

            public void CloseRelay() => Pending += "close,";

            public void SendPing() => Pending += "ping,";

            public void Reboot() => Pending += "reboot,";
        }
    }
}
