using System;
using System.Threading;
using DeskStats.Display;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Settings;

namespace DeskStats.Device
{
    /// <summary>
    /// The device's main loop: takes relay messages through the pipeline, runs the supervisor's timers, redraws
    /// what changed, follows the night dimming and prints the status line. Everything that writes the model,
    /// the status or the screen happens on this one thread.
    /// </summary>
    public sealed class DeviceMainLoop
    {
        /// <summary>How long the loop waits for a message before running the timers, in ms.</summary>
        public const int LoopMilliseconds = 100;

        /// <summary>How often memory and signal are measured and the status line printed, in ms.</summary>
        public const int HealthIntervalMilliseconds = 30000;

        /// <summary>Unexpected faults of the loop in a row after which the device reboots (1 to 100).</summary>
        public const int MaximumFaultsInARow = 10;

        /// <summary>A fault more than this many ms after the previous one starts a new count.</summary>
        public const int FaultWindowMilliseconds = 60000;

        private readonly ConnectionSupervisor _supervisor;
        private readonly RelayMessageProcessor _processor;
        private readonly DeviceRelayLink _relay;
        private readonly DeviceWifi _wifi;
        private readonly ScreenStatus _status;
        private readonly DashboardModel _model;
        private readonly DashboardRenderer _renderer;
        private readonly RelaySettings _settings;
        private readonly AutoResetEvent _messageArrived;
        private readonly ILinkCommands _commands;
        private int _drawnKind = -1;
        private int _drawnRetry = -2;
        private int _drawnRejected = -1;
        private int _drawnMinute = -1;
        private bool _drawnOffline;
        private bool _drawnClockValid;
        private int _brightness = -1;

        /// <summary>The page turner fed by the BOOT button (null: the dashboard only).</summary>
        public PageTurner Pages { get; set; }

        /// <summary>Creates the loop over the wired parts; <paramref name="relay"/> and <paramref name="renderer"/> may be null (setup needed, no display).</summary>
        public DeviceMainLoop(ConnectionSupervisor supervisor, RelayMessageProcessor processor, DeviceRelayLink relay, DeviceWifi wifi, ScreenStatus status,
            DashboardModel model, DashboardRenderer renderer, RelaySettings settings, AutoResetEvent messageArrived, ILinkCommands commands)
        {
            _commands = commands;
            _supervisor = supervisor;
            _processor = processor;
            _relay = relay;
            _wifi = wifi;
            _status = status;
            _model = model;
            _renderer = renderer;
            _settings = settings;
            _messageArrived = messageArrived;
        }

        /// <summary>Runs for ever. A fault that keeps repeating reboots the device rather than leaving it hung.</summary>
        public void Run()
        {
            int faultsInARow = 0;
            long lastFault = 0;
            while (true)
            {
                try
                {
                    RunUntilFault();
                }
                catch (Exception exception)
                {
                    // Nothing here should throw; if something does, carry on, and reboot as the last step when it
                    // keeps happening (a long-running gadget must not sit on a dead loop).
                    long now = Environment.TickCount64;
                    faultsInARow = now - lastFault > FaultWindowMilliseconds ? 1 : faultsInARow + 1;
                    lastFault = now;
                    DeviceDebug.Line("main loop: " + exception.GetType().Name + " (" + faultsInARow.ToString() + " in a row)");
                    if (faultsInARow >= MaximumFaultsInARow)
                    {
                        _commands.Reboot();
                    }

                    Thread.Sleep(LoopMilliseconds * faultsInARow);
                }
            }
        }

        private void RunUntilFault()
        {
            long nextHealth = 0;
            long lastTick = Environment.TickCount64;
            while (true)
            {
                _messageArrived.WaitOne(LoopMilliseconds, false);
                long now = Environment.TickCount64;
                ChangedFields changes = ChangedFields.None;
                int length = 0;
                byte[] message = _relay == null ? null : _relay.TakeMessage(out length);
                if (message != null)
                {
                    changes = HandleMessage(message, length, now);
                }

                _supervisor.Step(now, DateTime.UtcNow);
                Draw(changes, (int)(now - lastTick), now);
                lastTick = now;
                if (now >= nextHealth)
                {
                    nextHealth = now + HealthIntervalMilliseconds;
                    _supervisor.ReportHealth(DeviceHealth.FreeMemoryBytes(), _wifi.SignalDbm);
                    DeviceDebug.Line("status: " + StatusLine.Format(_status));
                }
            }
        }

        private ChangedFields HandleMessage(byte[] message, int length, long now)
        {
            MessageOutcome outcome = _processor.Process(message, length);
            if (outcome == MessageOutcome.Applied)
            {
                _supervisor.OnMessageApplied(now);
                return _processor.LastChanges;
            }

            if (outcome == MessageOutcome.Unchanged)
            {
                _supervisor.OnMessageUnchanged(now);
            }
            else
            {
                DeviceDebug.Line("relay: message rejected, reason " + ((int)_processor.LastRejectReason).ToString());
                _supervisor.OnMessageRejected(now);
            }

            return ChangedFields.None;
        }

        private void Draw(ChangedFields changes, int elapsedMilliseconds, long now)
        {
            if (_renderer == null)
            {
                return;
            }

            try
            {
                FollowNightDimming();
                DateTime local = _status.LocalNow;
                int minute = local.Hour * 60 + local.Minute;
                bool pageTurned = Pages != null && Pages.Step(now);
                if (pageTurned)
                {
                    _renderer.Page = _renderer.PageAt(Pages.Page);
                }

                bool statusChanged = pageTurned || (int)_status.Kind != _drawnKind || _status.RetryInSeconds != _drawnRetry || _status.Offline != _drawnOffline
                    || _status.RejectedMessages != _drawnRejected || _status.ClockValid != _drawnClockValid || minute != _drawnMinute;
                if (changes != ChangedFields.None || statusChanged)
                {
                    _renderer.Render(_model, changes, _status);
                    _drawnKind = (int)_status.Kind;
                    _drawnRetry = _status.RetryInSeconds;
                    _drawnOffline = _status.Offline;
                    _drawnRejected = _status.RejectedMessages;
                    _drawnClockValid = _status.ClockValid;
                    _drawnMinute = minute;
                }

                _renderer.Tick(elapsedMilliseconds);
            }
            catch (Exception exception)
            {
                // A drawing fault must not stop the link; the next change redraws.
                DeviceDebug.Line("display: " + exception.GetType().Name);
            }
        }

        private void FollowNightDimming()
        {
            int percent = _settings.Brightness;
            if (_status.ClockValid)
            {
                DateTime local = _status.LocalNow;
                percent = _settings.BrightnessAt(local.Hour * 60 + local.Minute);
            }

            if (percent != _brightness)
            {
                _brightness = percent;
                _renderer.SetBrightness(percent);
            }
        }
    }
}
