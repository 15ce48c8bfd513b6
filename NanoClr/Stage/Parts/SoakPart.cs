using System;
using System.Text;
using DeskStats.App;
using DeskStats.Display;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Settings;

namespace DeskStats.Stage
{
    /// <summary>
    /// The soak: the firmware's one main loop (<see cref="MainLoop"/>, with the real pipeline, supervisor, page turner
    /// and renderer) against <see cref="SoakRelay"/> for a number of simulated hours, a pass every 100 ms of simulated
    /// time as on the device. Each simulated hour: a line with the counters and the hash of every byte sent to the
    /// display (compared between nanoCLR and .NET), and a heap line with the free heap after a full collection. At fixed
    /// times: checkpoints of the screen state. Fails (a "soak: FAIL" line, which only one runtime writes or both) when a
    /// checkpoint fails, the loop faulted or asked for a reboot, or the free heap of a later hour is below the first's
    /// by more than <see cref="HeapToleranceBytes"/>.
    /// </summary>
    public sealed class SoakPart
    {
        /// <summary>Simulated time between passes, in ms (the device's loop period).</summary>
        public const int PassMilliseconds = MainLoop.LoopMilliseconds;

        /// <summary>The hours of the soak in CI (the stage's default): the first restart, the bad-token period and midnight.</summary>
        public const int ShortHours = 4;

        /// <summary>
        /// How far a later hour's free heap may be below the first hour's, in bytes: the live data that differs with the
        /// data itself (the last message, kept for comparison, and the model's strings change length with the visits:
        /// a few 24-byte blocks). A leak grows past it within hours; the hour lines show the trend.
        /// </summary>
        public const int HeapToleranceBytes = 512;

        /// <summary>The hours of the full soak (docs/soak.md).</summary>
        public const int FullHours = 24;

        // Night dimming from 23:00 and the pages (dashboard, visitors, map) turning every 30 s, as on the device.
        private const string SettingsJson = "{\"version\":1,\"relayUrl\":\"wss://relay.soak.example/\",\"token\":\"soak-device-token\",\"board\":\"cyd\","
            + "\"brightness\":80,\"nightDimming\":{\"from\":\"23:00\",\"to\":\"07:00\",\"brightness\":10},\"utcOffsetMinutes\":60,\"pageSeconds\":30}";

        private readonly int _hours;
        private readonly IStageScreens _screens;
        private readonly IHeapProbe _probe;
        private readonly IStageLog _log;
        private readonly SoakRelay _relay = new SoakRelay();
        private readonly DashboardModel _model = new DashboardModel();
        private readonly ScreenStatus _status = new ScreenStatus();
        private readonly LinkInbox _inbox = new LinkInbox();
        private readonly SoakPower _power = new SoakPower();
        private HashingDisplayBus _bus;
        private IDisplayBus _innerBus;
        private DashboardRenderer _renderer;
        private SoakClock _clock;
        private SoakLink _link;
        private MainLoop _loop;
        private int _failures;
        private int _firstHourFree = -1;
        private int _reconnectsAtLastCheckpoint;
        private int _faultsSeen;

        private SoakPart(int hours, IStageScreens screens, IHeapProbe probe, IStageLog log)
        {
            _hours = hours < 1 ? 1 : hours > 48 ? 48 : hours;
            _screens = screens;
            _probe = probe;
            _log = log;
        }

        /// <summary>Runs <paramref name="hours"/> simulated hours (1 to 48) and writes its lines to <paramref name="log"/>.</summary>
        public static void Run(int hours, IStageScreens screens, IHeapProbe probe, IStageLog log)
        {
            new SoakPart(hours, screens, probe, log).Run();
        }

        private void Run()
        {
            var settings = new RelaySettings();
            byte[] settingsBytes = Encoding.UTF8.GetBytes(SettingsJson);
            SettingsProblem problem = RelaySettingsParser.Parse(settingsBytes, settingsBytes.Length, settings);
            if (!problem.IsNone)
            {
                Fail("settings " + problem.Setting + " " + problem.Describe());
                return;
            }

            BoardProfile board = BoardProfiles.Find(settings.Board);
            _innerBus = _screens.CreateInnerBus(board);
            _bus = new HashingDisplayBus(_innerBus);
            _renderer = new DashboardRenderer(board, _bus, _screens.Fonts);
            // As on the device: all three pages.
            _renderer.UseVisitors();
            _renderer.UseMap(_screens.Map(DashboardRenderer.MapWidthFor(board.Width, board.Height)));
            _renderer.Initialize();
            _clock = new SoakClock(SoakRelay.LocalStart.AddMinutes(-settings.UtcOffsetMinutes));
            _link = new SoakLink(_inbox, _relay);
            var parts = new MainLoopParts();
            parts.Settings = settings;
            parts.Model = _model;
            parts.Status = _status;
            parts.Inbox = _inbox;
            parts.Link = _link;
            parts.Network = new SoakNetwork(_inbox);
            parts.Clock = _clock;
            parts.Health = new SoakHealth(_probe);
            parts.Screen = _renderer;
            parts.Pages = new PageTurner(_renderer.PageCount, settings.PageSeconds);
            parts.Power = _power;
            parts.RandomSeed = 20261204;
            parts.Log = new DiscardLog();
            _loop = new MainLoop(parts);
            _log.Line("soak " + _hours + " simulated hours, board " + board.Id + ", a pass every " + PassMilliseconds + " ms");
            _loop.Start(string.Empty, string.Empty);

            long end = _hours * SoakRelay.Hour;
            int nextCheckpoint = 0;
            for (long now = 0; now <= end; now += PassMilliseconds)
            {
                _clock.NowMilliseconds = now;
                bool push = _relay.Advance(now);
                _link.Tick(now, push);
                _loop.RunOnce();
                if (_loop.FaultCount + _loop.DrawFaultCount != _faultsSeen)
                {
                    // A pass or a drawing that threw: the loop carries on, but on a device the screen is left half drawn.
                    _faultsSeen = _loop.FaultCount + _loop.DrawFaultCount;
                    Fail("at " + now + " ms: a fault caught by the loop (passes " + _loop.FaultCount + ", drawings " + _loop.DrawFaultCount + ")");
                }

                while (nextCheckpoint < CheckpointCount && CheckpointTime(nextCheckpoint) <= now)
                {
                    Checkpoint(nextCheckpoint);
                    nextCheckpoint++;
                }

                if (now > 0 && now % SoakRelay.Hour == 0)
                {
                    ReportHour((int)(now / SoakRelay.Hour));
                }
            }

            Final();
        }

        private void ReportHour(int hour)
        {
            _log.Line("soak hour=" + hour + " messages=" + _link.MessagesSent + " applied=" + _loop.Processor.AcceptedCount
                + " unchanged=" + _loop.Processor.UnchangedCount + " rejected=" + _loop.Processor.RejectedCount + " replaced=" + _inbox.DroppedMessages
                + " renders=" + _loop.RenderCount + " display-bytes=" + _bus.DataBytes + " hash=" + _bus.Hash.Hex()
                + " state=" + StatusLine.StateName(_status) + " reconnects=" + _status.Reconnects + " today=" + _model.Today.Visits);
            int free = _probe.FreeBytesAfterCollection();
            if (free < 0)
            {
                return;
            }

            _log.Line("heap soak hour=" + hour + " free=" + free);
            if (hour == 1)
            {
                _firstHourFree = free;
            }
            else if (free < _firstHourFree - HeapToleranceBytes)
            {
                Fail("heap free after hour " + hour + " is " + free + " B, more than " + HeapToleranceBytes + " B below the first hour's " + _firstHourFree + " B");
            }
        }

        private void Final()
        {
            Expect("end: no unexpected fault", _loop.FaultCount == 0 && _loop.DrawFaultCount == 0);
            Expect("end: no reboot asked", _power.Reboots == 0);
            Expect("end: no report lost", _inbox.LostReports == 0);
            Expect("end: no relay message rejected", _loop.Processor.RejectedCount == 0 && _status.RejectedMessages == 0);
            Expect("end: every message taken or replaced by a newer one",
                _loop.Processor.AcceptedCount + _loop.Processor.UnchangedCount + _inbox.DroppedMessages == _link.MessagesSent);
            _log.Line("soak end: " + _link.MessagesSent + " messages (" + _relay.Changes + " changes, " + _relay.Repeats + " repeats, "
                + (_link.BytesSent / 1024) + " KB), opens " + _link.Opens + ", refused " + _link.Refused + ", failures " + _failures);
        }

        private const int CheckpointCount = 12;

        // Simulated times of the checkpoints, in ms from the start; those past the run's end are not reached.
        private static long CheckpointTime(int index)
        {
            switch (index)
            {
                case 0: return 30000;
                case 1: return SoakRelay.FirstRestartDown + SoakRelay.Minute;
                case 2: return SoakRelay.FirstRestartUp + 2 * SoakRelay.Minute;
                case 3: return SoakRelay.BadTokenFrom + 30 * SoakRelay.Minute;
                case 4: return SoakRelay.BadTokenTo + 11 * SoakRelay.Minute;
                case 5: return SoakRelay.Midnight - 30000;
                case 6: return SoakRelay.Midnight + SoakRelay.Minute;
                case 7: return SoakRelay.FirstQuietTo - SoakRelay.Minute;
                case 8: return 10 * SoakRelay.Hour + 5 * SoakRelay.Minute;
                case 9: return SoakRelay.SecondQuietTo - SoakRelay.Minute;
                case 10: return SoakRelay.SecondRestartDown + 5 * SoakRelay.Minute;
                default: return SoakRelay.SecondRestartUp + 5 * SoakRelay.Minute;
            }
        }

        private void Checkpoint(int index)
        {
            bool online = _status.Kind == ScreenKind.Online && !_status.Offline;
            bool current = _model.HasData && _model.Today.Visits == _relay.TodayVisits;
            switch (index)
            {
                case 0:
                    Expect("0:00:30 connected, data shown, day brightness", online && current && _loop.Brightness == 80 && _bus.Backlight == 80);
                    break;
                case 1:
                    Expect("1:11 relay restarting: offline marker, last data kept, nobody answers",
                        _status.Offline && _model.HasData && _status.Kind == ScreenKind.Unreachable);
                    break;
                case 2:
                    Expect("1:14 back online after the restart", online && current && _status.Reconnects > _reconnectsAtLastCheckpoint);
                    break;
                case 3:
                    Expect("2:30 token refused: rejected screen, offline marker, last data kept",
                        _status.Kind == ScreenKind.Rejected && _status.Offline && _model.HasData && _status.LastFailure == LinkFailure.Rejected);
                    break;
                case 4:
                    Expect("2:51 token accepted again: online", online && current && _status.LastFailure == LinkFailure.Rejected);
                    break;
                case 5:
                    Expect("2:59:30 night dimming (23:00 to 07:00 local)", _loop.Brightness == 10 && _bus.Backlight == 10 && _status.LocalNow.Hour == 23);
                    break;
                case 6:
                    Expect("3:01 after midnight: days rolled over, clock on the new day",
                        online && current && _relay.RolledOver && _model.Yesterday.Visits == _relay.YesterdayVisits
                        && _model.DayBefore.Visits == _relay.DayBeforeVisits && _status.LocalNow.Day == 23 && _status.LocalNow.Hour == 0);
                    break;
                case 7:
                    Expect("4:59 quiet spell: still online (silence is not a fault)", online && current && _status.RejectedMessages == 0);
                    break;
                case 8:
                    Expect("10:05 morning: day brightness", online && _loop.Brightness == 80 && _bus.Backlight == 80);
                    break;
                case 9:
                    Expect("14:39 second quiet spell: still online", online && current);
                    break;
                case 10:
                    Expect("16:05 second restart: offline marker, last data kept", _status.Offline && _model.HasData);
                    break;
                default:
                    Expect("16:17 back online after the second restart", online && current && _status.Reconnects > _reconnectsAtLastCheckpoint);
                    break;
            }

            _reconnectsAtLastCheckpoint = _status.Reconnects;

            // The host also checks the panel: what the loop left there equals a fresh drawing of the same state.
            _screens.LoopCheckpoint("soak-" + index, _innerBus, _model, _status, _renderer.Page, _renderer.CueActive);
        }

        private void Expect(string what, bool passed)
        {
            if (passed)
            {
                _log.Line("soak checkpoint " + what + ": ok");
                return;
            }

            Fail("checkpoint " + what + " (" + StatusLine.Format(_status) + ", today " + _model.Today.Visits + ", relay " + _relay.TodayVisits
                + ", brightness " + _loop.Brightness + ")");
        }

        private void Fail(string what)
        {
            _failures++;
            _log.Line("soak: FAIL " + what);
        }

        // The loop builds its debug lines as on the device (a status line every 30 s, link events), and they are dropped:
        // their garbage is part of what the heap must carry.
        private sealed class DiscardLog : IDebugLog
        {
            public void Line(string text)
            {
            }
        }

        // Simulated time: the soak moves it; UTC follows from the start.
        private sealed class SoakClock : IClock
        {
            private readonly DateTime _utcStart;

            public SoakClock(DateTime utcStart)
            {
                _utcStart = utcStart;
            }

            public long NowMilliseconds { get; set; }

            public DateTime UtcNow => _utcStart.AddMilliseconds(NowMilliseconds);
        }

        // Wi-Fi and SNTP that answer at once: the soak is about the loop, not the radio.
        private sealed class SoakNetwork : INetwork
        {
            private readonly LinkInbox _inbox;

            public SoakNetwork(LinkInbox inbox)
            {
                _inbox = inbox;
            }

            public void JoinWifi() => _inbox.WifiJoined();

            public void SyncClock() => _inbox.ClockSet();
        }

        // The loop's health probe on the stage's heap probe (nanoCLR: the collector; the host: unknown).
        private sealed class SoakHealth : IHealthProbe
        {
            private readonly IHeapProbe _probe;

            public SoakHealth(IHeapProbe probe)
            {
                _probe = probe;
            }

            public int FreeMemoryBytes() => _probe.FreeBytesAfterCollection();

            public int WifiSignalDbm => -61;
        }

        // The soak must not reboot: a reboot is counted (and fails the run).
        private sealed class SoakPower : IPowerControl
        {
            public int Reboots { get; private set; }

            public void Reboot() => Reboots++;
        }
    }
}
