using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Settings;

namespace DeskStats.Host.Link
{
    /// <summary>
    /// Called on the connection's own thread after something the screen shows changed: <paramref name="dataChanges"/>
    /// names the model fields a relay message changed (None when only the status changed). The model and the status
    /// are not written while the callback runs.
    /// </summary>
    public delegate void RelayChangedCallback(ChangedFields dataChanges, bool statusChanged);

    /// <summary>Options of the host relay connection: the supervisor's timings and the link's.</summary>
    public sealed class RelayConnectionOptions
    {
        /// <summary>The supervisor's timings (defaults as on the device).</summary>
        public LinkTimings Timings { get; set; } = new LinkTimings();

        /// <summary>Longest time for TCP connect, TLS and the upgrade together. Default 15 s.</summary>
        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Interval of WebSocket pings. Default 30 s.</summary>
        public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>A ping not answered this long drops the link. Default 20 s.</summary>
        public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>How often the supervisor's timers run, in ms. Default 100.</summary>
        public int StepIntervalMilliseconds { get; set; } = 100;

        /// <summary>Seed of the retry jitter; default from the clock.</summary>
        public int RandomSeed { get; set; } = Environment.TickCount;

        /// <summary>Where debug lines go (secrets already masked); null for none.</summary>
        public Action<string> Log { get; set; }
    }

    /// <summary>
    /// The relay connection of the host (simulator, tests): the connection supervisor, the WebSocket link and the
    /// relay message pipeline, run on one thread of its own. Everything that writes the model or the status runs
    /// on that thread, one thing at a time, and <see cref="RelayChangedCallback"/> runs there too.
    /// </summary>
    public sealed class RelayConnection : IDisposable
    {
        private readonly RelayConnectionOptions _options;
        private readonly BlockingCollection<Action> _work = new BlockingCollection<Action>();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private Thread _thread;
        private volatile bool _stopping;
        private ConnectionSupervisor _supervisor;
        private WebSocketRelayLink _link;
        private RelayMessageProcessor _processor;
        private ScreenStatus _status;
        private RelayChangedCallback _onChanged;
        private RelaySettings _settings;
        private StatusSnapshot _lastSnapshot;

        /// <summary>Creates a connection with <paramref name="options"/> (null for the defaults).</summary>
        public RelayConnection(RelayConnectionOptions options = null)
        {
            _options = options ?? new RelayConnectionOptions();
        }

        /// <summary>Times the supervisor asked for a restart (on the host: the whole cycle starts again).</summary>
        public int RestartCount { get; private set; }

        /// <summary>
        /// Starts connecting with <paramref name="settings"/> (already parsed: pass the problem of RelaySettingsParser,
        /// or None), writing <paramref name="model"/> and <paramref name="status"/> and calling <paramref name="onChanged"/>.
        /// </summary>
        public void Start(RelaySettings settings, SettingsProblem settingsProblem, DashboardModel model, ScreenStatus status, RelayChangedCallback onChanged)
        {
            if (_thread != null)
            {
                throw new InvalidOperationException("Already started.");
            }

            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _status = status ?? throw new ArgumentNullException(nameof(status));
            _processor = new RelayMessageProcessor(model ?? throw new ArgumentNullException(nameof(model)));
            _onChanged = onChanged;
            _thread = new Thread(Run) { IsBackground = true, Name = "DeskStats relay connection" };
            _work.Add(() => StartCycle(settingsProblem));
            _thread.Start();
        }

        /// <summary>Starts connecting with settings that were checked as fine.</summary>
        public void Start(RelaySettings settings, DashboardModel model, ScreenStatus status, RelayChangedCallback onChanged)
        {
            Start(settings, new SettingsProblem(SettingsProblemKind.None, string.Empty), model, status, onChanged);
        }

        /// <summary>Runs <paramref name="action"/> on the connection's thread (to read the model and status safely) and waits for it (runs it at once when not started, stopped, or called from the callback).</summary>
        public void Invoke(Action action)
        {
            if (_thread == null || _stopping || Thread.CurrentThread == _thread)
            {
                // Not running (nothing else writes), or already on the connection's thread (inside the callback,
                // where waiting would deadlock): run it here.
                action();
                return;
            }

            using (var done = new ManualResetEventSlim())
            {
                _work.Add(() =>
                {
                    try
                    {
                        action();
                    }
                    finally
                    {
                        done.Set();
                    }
                });
                done.Wait();
            }
        }

        /// <summary>Stops: tears the link down and ends the thread. Safe to call more than once.</summary>
        public void Stop()
        {
            if (_thread == null || _stopping)
            {
                return;
            }

            _stopping = true;
            _work.Add(() => { });
            _thread.Join();
            _link?.Dispose();
        }

        /// <summary>Same as <see cref="Stop"/>.</summary>
        public void Dispose()
        {
            Stop();
        }

        private long Now => _clock.ElapsedMilliseconds;

        private void Log(string line)
        {
            _options.Log?.Invoke(line);
        }

        private void StartCycle(SettingsProblem settingsProblem)
        {
            _link?.Dispose();
            _link = null;
            var commands = new HostCommands(this);
            _supervisor = new ConnectionSupervisor(commands, _options.Timings, _status, _options.RandomSeed);
            if (settingsProblem.IsNone)
            {
                try
                {
                    _link = new WebSocketRelayLink(
                        new WebSocketRelayLinkOptions
                        {
                            Url = _settings.BuildConnectUrl(),
                            CaCertificateFile = _settings.CaCertificateFile,
                            ConnectTimeout = _options.ConnectTimeout,
                            KeepAliveInterval = _options.KeepAliveInterval,
                            KeepAliveTimeout = _options.KeepAliveTimeout,
                            MaxMessageBytes = RelayMessageProcessor.MaxMessageBytes
                        },
                        new LinkEvents(this));
                }
                catch (Exception exception) when (exception is System.IO.IOException || exception is UnauthorizedAccessException || exception is System.Security.Cryptography.CryptographicException)
                {
                    settingsProblem = new SettingsProblem(SettingsProblemKind.BadPath, "caCertificateFile");
                }
            }

            Log("link: start " + Secrets.MaskUrl(_settings.BuildConnectUrl()) + (settingsProblem.IsNone ? string.Empty : " setup needed: " + settingsProblem.Setting + " " + settingsProblem.Describe()));
            _supervisor.Start(Now, settingsProblem.Setting, settingsProblem.Describe(), _settings.UtcOffsetMinutes, _settings.InsecureLink);
        }

        private void Run()
        {
            while (!_stopping)
            {
                if (_work.TryTake(out Action action, _options.StepIntervalMilliseconds))
                {
                    action();
                }

                if (_stopping)
                {
                    break;
                }

                _supervisor?.Step(Now, DateTime.UtcNow);
                NotifyIfStatusChanged();
            }
        }

        private void NotifyIfStatusChanged()
        {
            var snapshot = new StatusSnapshot(_status);
            if (snapshot.Equals(_lastSnapshot))
            {
                return;
            }

            _lastSnapshot = snapshot;
            _onChanged?.Invoke(ChangedFields.None, true);
        }

        private void Post(Action action)
        {
            if (!_stopping)
            {
                _work.Add(action);
            }
        }

        private void HandleMessage(byte[] buffer, int length)
        {
            MessageOutcome outcome = _processor.Process(buffer, length);
            switch (outcome)
            {
                case MessageOutcome.Applied:
                    _supervisor.OnMessageApplied(Now);
                    _onChanged?.Invoke(_processor.LastChanges, false);
                    break;
                case MessageOutcome.Unchanged:
                    _supervisor.OnMessageUnchanged(Now);
                    break;
                default:
                    Log("link: message rejected, " + _processor.LastRejectReason);
                    _supervisor.OnMessageRejected(Now);
                    break;
            }
        }

        // The snapshot of the status fields that decide whether the screen needs a redraw.
        private readonly struct StatusSnapshot : IEquatable<StatusSnapshot>
        {
            private readonly ScreenKind _kind;
            private readonly int _retry;
            private readonly bool _offline;
            private readonly bool _clockValid;
            private readonly int _rejected;
            private readonly int _reconnects;
            private readonly LinkFailure _failure;
            private readonly int _minute;

            public StatusSnapshot(ScreenStatus status)
            {
                _kind = status.Kind;
                _retry = status.RetryInSeconds;
                _offline = status.Offline;
                _clockValid = status.ClockValid;
                _rejected = status.RejectedMessages;
                _reconnects = status.Reconnects;
                _failure = status.LastFailure;
                _minute = status.LocalNow.Hour * 60 + status.LocalNow.Minute;
            }

            public bool Equals(StatusSnapshot other) =>
                _kind == other._kind && _retry == other._retry && _offline == other._offline && _clockValid == other._clockValid
                && _rejected == other._rejected && _reconnects == other._reconnects && _failure == other._failure && _minute == other._minute;

            public override bool Equals(object obj) => obj is StatusSnapshot other && Equals(other);

            public override int GetHashCode() => HashCode.Combine(_kind, _retry, _offline, _rejected, _failure, _minute);
        }

        // The host's side of the supervisor's commands: the OS keeps the network and the clock.
        private sealed class HostCommands : ILinkCommands
        {
            private readonly RelayConnection _owner;

            public HostCommands(RelayConnection owner)
            {
                _owner = owner;
            }

            public void JoinWifi() => _owner.Post(() => _owner._supervisor.OnWifiJoined(_owner.Now));

            public void SyncClock() => _owner.Post(() => _owner._supervisor.OnClockSet(_owner.Now));

            public void OpenRelay()
            {
                _owner.Log("link: opening");
                _owner._link.Open();
            }

            public void CloseRelay() => _owner._link?.Close();

            public void SendPing() => _owner._link?.CheckAlive();

            public void Reboot()
            {
                _owner.RestartCount++;
                _owner.Log("link: no progress for a long time, restarting the cycle");
                _owner.Post(() => _owner.StartCycle(new SettingsProblem(SettingsProblemKind.None, string.Empty)));
            }
        }

        // Brings the link's reports onto the connection's thread.
        private sealed class LinkEvents : IRelayLinkEvents
        {
            private readonly RelayConnection _owner;

            public LinkEvents(RelayConnection owner)
            {
                _owner = owner;
            }

            public void Opened() => _owner.Post(() =>
            {
                _owner.Log("link: open");
                _owner._supervisor.OnRelayOpened(_owner.Now);
            });

            public void ConnectFailed(ConnectFailure failure, string detail) => _owner.Post(() =>
            {
                _owner.Log("link: connect failed (" + failure + "): " + detail);
                _owner._supervisor.OnConnectFailed(_owner.Now, failure);
            });

            public void Closed(LinkFailure reason, int closeCode, string detail) => _owner.Post(() =>
            {
                _owner.Log("link: closed " + closeCode + " (" + StatusLine.FailureName(reason) + "): " + detail);
                _owner._supervisor.OnRelayClosed(_owner.Now, reason, closeCode);
            });

            public void Message(byte[] buffer, int length) => _owner.Post(() => _owner.HandleMessage(buffer, length));

            public void Oversized(long length) => _owner.Post(() =>
            {
                _owner.Log("link: message of " + length + " bytes skipped (over the cap)");
                _owner._supervisor.OnMessageRejected(_owner.Now);
            });

            public void Alive() => _owner.Post(() => _owner._supervisor.OnLinkAlive(_owner.Now));
        }
    }
}
