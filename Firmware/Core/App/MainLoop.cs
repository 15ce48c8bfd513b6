using System;
using System.Threading;
using DeskStats.Display;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Settings;

namespace DeskStats.App
{
    /// <summary>
    /// The firmware's one main loop, on the device, in the simulator and on nanoCLR: takes the adapters' reports out
    /// of the <see cref="LinkInbox"/> (relay messages through the pipeline, link events to the connection supervisor),
    /// runs the supervisor's timers, redraws what changed, follows the night dimming and measures health. Everything
    /// that writes the model, the status or the screen happens in <see cref="RunOnce"/>, on one thread, while holding
    /// <see cref="SyncRoot"/>. A fault that keeps repeating reboots (on the host: starts the cycle again).
    /// </summary>
    public sealed partial class MainLoop
    {
        /// <summary>How long <see cref="Run"/> waits for a report before running the timers, in ms.</summary>
        public const int LoopMilliseconds = 100;

        /// <summary>How often memory and signal are measured and the status line printed, in ms.</summary>
        public const int HealthIntervalMilliseconds = 30000;

        /// <summary>Unexpected faults of the loop in a row after which the device reboots (1 to 100).</summary>
        public const int MaximumFaultsInARow = 10;

        /// <summary>A fault more than this many ms after the previous one starts a new count.</summary>
        public const int FaultWindowMilliseconds = 60000;

        /// <summary>Most reports handled in one pass (the rest wait for the next), so the screen and timers keep up.</summary>
        public const int MaxReportsPerPass = 32;

        private readonly object _gate = new object();
        private readonly RelaySettings _settings;
        private readonly DashboardModel _model;
        private readonly ScreenStatus _status;
        private readonly LinkInbox _inbox;
        private readonly IRelayLink _link;
        private readonly INetwork _network;
        private readonly IClock _clock;
        private readonly IHealthProbe _health;
        private readonly IDashboardScreen _screen;
        private readonly IPowerControl _power;
        private readonly PageTurner _pages;
        private readonly IDebugLog _log;
        private readonly LinkTimings _timings;
        private readonly int _randomSeed;
        private readonly int _passMilliseconds;
        private readonly RelayMessageProcessor _processor;
        private readonly LinkReport _report = new LinkReport();
        private readonly LoopCommands _commands;
        private ConnectionSupervisor _supervisor;
        private string _setupSetting = string.Empty;
        private string _setupProblem = string.Empty;
        private bool _started;
        private bool _stopping;
        private bool _restartRequested;
        private long _lastPassAt;
        private bool _passedOnce;
        private long _nextHealthAt;
        private int _faultsInARow;
        private long _lastFaultAt;
        private bool _lastPassFaulted;
        private int _restartCount;
        private int _faultCount;

        /// <summary>Creates the loop over <paramref name="parts"/> (see <see cref="MainLoopParts"/> for what is required).</summary>
        public MainLoop(MainLoopParts parts)
        {
            if (parts == null || parts.Settings == null || parts.Model == null || parts.Status == null || parts.Inbox == null
                || parts.Network == null || parts.Clock == null || parts.Power == null)
            {
                throw new ArgumentNullException("parts");
            }

            _settings = parts.Settings;
            _model = parts.Model;
            _status = parts.Status;
            _inbox = parts.Inbox;
            _link = parts.Link;
            _network = parts.Network;
            _clock = parts.Clock;
            _health = parts.Health;
            _screen = parts.Screen;
            _power = parts.Power;
            _pages = parts.Pages;
            _log = parts.Log;
            _timings = parts.Timings ?? new LinkTimings();
            _randomSeed = parts.RandomSeed;
            _passMilliseconds = parts.PassMilliseconds > 0 && parts.PassMilliseconds <= 1000 ? parts.PassMilliseconds : LoopMilliseconds;
            _processor = new RelayMessageProcessor(_model);
            _commands = new LoopCommands(this);
            _report.Clear();
            ResetDrawn();
        }

        /// <summary>Hold this to read the model and the status between passes (each pass holds it).</summary>
        public object SyncRoot => _gate;

        /// <summary>The connection supervisor of the current cycle (a new one after a restart in place); null before <see cref="Start"/>.</summary>
        public ConnectionSupervisor Supervisor => _supervisor;

        /// <summary>The loop's monotonic time in ms (<see cref="IClock.NowMilliseconds"/>): for adapters that time-stamp input, such as a button.</summary>
        public long NowMilliseconds => _clock.NowMilliseconds;

        /// <summary>The relay message pipeline (its counters: accepted, unchanged, rejected).</summary>
        public RelayMessageProcessor Processor => _processor;

        /// <summary>Times the cycle started again in place because the platform's reboot returned (the host), since start.</summary>
        public int RestartCount => _restartCount;

        /// <summary>Unexpected faults caught since start.</summary>
        public int FaultCount => _faultCount;

        /// <summary>Unexpected faults in the current run of faults (see <see cref="FaultWindowMilliseconds"/>).</summary>
        public int FaultsInARow => _faultsInARow;

        /// <summary>
        /// Starts the cycle. <paramref name="setupSetting"/> non-empty means the settings are unusable: the screen
        /// shows the setup-needed state naming it (with <paramref name="setupProblem"/>) and nothing is tried.
        /// </summary>
        public void Start(string setupSetting, string setupProblem)
        {
            lock (_gate)
            {
                _setupSetting = setupSetting ?? string.Empty;
                _setupProblem = setupProblem ?? string.Empty;
                StartCycle(_clock.NowMilliseconds);
                _started = true;
            }
        }

        /// <summary>Runs passes until <see cref="Stop"/>: waits up to <see cref="MainLoopParts.PassMilliseconds"/> for a report, then <see cref="RunOnce"/>.</summary>
        public void Run()
        {
            while (!_stopping)
            {
                if (_lastPassFaulted)
                {
                    // A fault storm must not spin: back off a little more with each fault in a row.
                    Thread.Sleep(_passMilliseconds * _faultsInARow);
                }
                else
                {
                    _inbox.Wait(_passMilliseconds);
                }

                if (_stopping)
                {
                    break;
                }

                RunOnce();
            }
        }

        /// <summary>Ends <see cref="Run"/> after its current pass (and closes the link). Safe to call from any thread, more than once.</summary>
        public void Stop()
        {
            _stopping = true;
            _inbox.Wake();
            lock (_gate)
            {
                CloseLink();
            }
        }

        /// <summary>
        /// One pass: the waiting reports, the supervisor's timers, the screen, the health. Never throws: an unexpected
        /// fault is logged and counted, and after <see cref="MaximumFaultsInARow"/> of them the device reboots.
        /// Returns false when the pass faulted.
        /// </summary>
        public bool RunOnce()
        {
            lock (_gate)
            {
                if (!_started)
                {
                    return true;
                }

                try
                {
                    Pass();
                    _lastPassFaulted = false;
                    return true;
                }
                catch (Exception exception)
                {
                    OnFault(exception);
                    _lastPassFaulted = true;
                    return false;
                }
            }
        }

        private void Pass()
        {
            long now = _clock.NowMilliseconds;
            if (_restartRequested)
            {
                _restartRequested = false;
                _restartCount++;
                Log("loop: starting the cycle again");
                StartCycle(now);
            }

            ChangedFields changes = ChangedFields.None;
            for (int handled = 0; handled < MaxReportsPerPass && _inbox.Take(_report); handled++)
            {
                changes |= Handle(_report, now);
            }

            _report.Clear();
            _supervisor.Step(now, _clock.UtcNow);
            int elapsed = 0;
            if (_passedOnce)
            {
                long since = now - _lastPassAt;
                elapsed = since < 0 ? 0 : since > FaultWindowMilliseconds ? FaultWindowMilliseconds : (int)since;
            }

            _lastPassAt = now;
            _passedOnce = true;
            Draw(changes, elapsed, now);
            if (now >= _nextHealthAt)
            {
                _nextHealthAt = now + HealthIntervalMilliseconds;
                MeasureHealth();
            }
        }

        private void StartCycle(long now)
        {
            CloseLink();
            _supervisor = new ConnectionSupervisor(_commands, _timings, _status, _randomSeed);
            _supervisor.Start(now, _setupSetting, _setupProblem, _settings.UtcOffsetMinutes, _settings.InsecureLink);
        }

        private void OnFault(Exception exception)
        {
            // Nothing in a pass should throw; if something does, carry on, and reboot as the last step when it keeps
            // happening (a long-running gadget must not sit on a dead loop).
            long now = _clock.NowMilliseconds;
            _faultCount++;
            _faultsInARow = _faultsInARow == 0 || now - _lastFaultAt > FaultWindowMilliseconds ? 1 : _faultsInARow + 1;
            _lastFaultAt = now;
            Log("main loop: " + exception.GetType().Name + " (" + _faultsInARow.ToString() + " in a row)");
            if (_faultsInARow >= MaximumFaultsInARow)
            {
                _faultsInARow = 0;
                Reboot("main loop: faults keep repeating, rebooting");
            }
        }

        private void Reboot(string why)
        {
            Log(why);
            _power.Reboot();

            // Still here: the platform restarts in place (the host). Start the cycle again on the next pass.
            _restartRequested = true;
        }

        private void MeasureHealth()
        {
            if (_health != null)
            {
                _supervisor.ReportHealth(_health.FreeMemoryBytes(), _health.WifiSignalDbm);
            }

            Log("status: " + StatusLine.Format(_status));
        }

        // Ends the current link attempt (its late reports are dropped by the inbox) and closes the link.
        private void CloseLink()
        {
            _inbox.EndAttempt();
            if (_link != null)
            {
                _link.Close();
            }
        }

        private void Log(string line)
        {
            if (_log != null)
            {
                _log.Line(line);
            }
        }

        // The supervisor's commands, turned into calls on the adapters; link attempts are numbered by the inbox.
        private sealed class LoopCommands : ILinkCommands
        {
            private readonly MainLoop _owner;

            public LoopCommands(MainLoop owner)
            {
                _owner = owner;
            }

            public void JoinWifi()
            {
                _owner.Log("link: joining Wi-Fi");
                _owner._network.JoinWifi();
            }

            public void SyncClock()
            {
                _owner.Log("link: setting the clock");
                _owner._network.SyncClock();
            }

            public void OpenRelay()
            {
                if (_owner._link == null)
                {
                    return;
                }

                int attempt = _owner._inbox.BeginAttempt();
                _owner.Log("relay: opening (attempt " + attempt.ToString() + ")");
                _owner._link.Open(attempt);
            }

            public void CloseRelay()
            {
                _owner.CloseLink();
            }

            public void SendPing()
            {
                if (_owner._link != null)
                {
                    _owner._link.CheckAlive();
                }
            }

            public void Reboot()
            {
                _owner.Reboot("link: no progress for a long time, rebooting");
            }
        }
    }
}
