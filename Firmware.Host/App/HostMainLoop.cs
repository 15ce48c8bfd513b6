using System;
using System.Diagnostics;
using System.Threading;
using DeskStats.App;
using DeskStats.Display;
using DeskStats.Host.Link;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Settings;

namespace DeskStats.Host.App
{
    /// <summary>Options of the main loop on the host: the supervisor's timings and the link's.</summary>
    public sealed class HostMainLoopOptions
    {
        /// <summary>The supervisor's timings (defaults as on the device).</summary>
        public LinkTimings Timings { get; set; } = new LinkTimings();

        /// <summary>Longest time for TCP connect, TLS and the upgrade together. Default 15 s.</summary>
        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Interval of WebSocket pings. Default 30 s.</summary>
        public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>A ping not answered this long drops the link. Default 20 s.</summary>
        public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>Longest wait between the loop's passes, in ms (1 to 1000). Default 100, as on the device.</summary>
        public int PassMilliseconds { get; set; } = MainLoop.LoopMilliseconds;

        /// <summary>Seed of the retry jitter; default from the clock.</summary>
        public int RandomSeed { get; set; } = Environment.TickCount;

        /// <summary>Where debug lines go (secrets already masked); null for none.</summary>
        public Action<string> Log { get; set; }
    }

    /// <summary>
    /// The firmware's main loop (<see cref="MainLoop"/>) on the host (simulator, tests), on a thread of its own, with
    /// host adapters: the .NET WebSocket link, the OS's network and clock (reported at once), a stopwatch, and a
    /// restart of the cycle where the device would reboot. The adapters only move bytes and events.
    /// </summary>
    public sealed class HostMainLoop : IDisposable
    {
        private readonly HostMainLoopOptions _options;
        private Thread _thread;
        private MainLoop _loop;
        private HostRelayLink _link;
        private LinkInbox _inbox;
        private int _stopped;

        /// <summary>Creates a runner with <paramref name="options"/> (null for the defaults).</summary>
        public HostMainLoop(HostMainLoopOptions options = null)
        {
            _options = options ?? new HostMainLoopOptions();
        }

        /// <summary>The loop (null before <see cref="Start(RelaySettings, SettingsProblem, DashboardModel, ScreenStatus, IDashboardScreen)"/>).</summary>
        public MainLoop Loop => _loop;

        /// <summary>Times the supervisor asked for a restart (on the host: the whole cycle starts again).</summary>
        public int RestartCount => _loop == null ? 0 : _loop.RestartCount;

        /// <summary>
        /// Starts with <paramref name="settings"/> (already parsed: pass the problem of RelaySettingsParser, or None),
        /// writing <paramref name="model"/> and <paramref name="status"/>, drawing on <paramref name="screen"/> (null for none).
        /// </summary>
        /// <param name="pages">The pages to turn (a key or a button reports to it, then calls <see cref="Wake"/>); null for the dashboard only.</param>
        public void Start(RelaySettings settings, SettingsProblem settingsProblem, DashboardModel model, ScreenStatus status, IDashboardScreen screen, PageTurner pages = null)
        {
            if (_thread != null)
            {
                throw new InvalidOperationException("Already started.");
            }

            if (settings == null) throw new ArgumentNullException(nameof(settings));
            var inbox = new LinkInbox();
            _inbox = inbox;
            if (settingsProblem.IsNone)
            {
                try
                {
                    _link = new HostRelayLink(
                        new WebSocketRelayLinkOptions
                        {
                            Url = settings.BuildConnectUrl(),
                            CaCertificateFile = settings.CaCertificateFile,
                            ConnectTimeout = _options.ConnectTimeout,
                            KeepAliveInterval = _options.KeepAliveInterval,
                            KeepAliveTimeout = _options.KeepAliveTimeout,
                            MaxMessageBytes = RelayMessageProcessor.MaxMessageBytes
                        },
                        inbox);
                }
                catch (Exception exception) when (exception is System.IO.IOException || exception is UnauthorizedAccessException || exception is System.Security.Cryptography.CryptographicException)
                {
                    settingsProblem = new SettingsProblem(SettingsProblemKind.BadPath, "caCertificateFile");
                }
            }

            var log = new HostLog(_options.Log);
            _loop = new MainLoop(new MainLoopParts
            {
                Settings = settings,
                Model = model ?? throw new ArgumentNullException(nameof(model)),
                Status = status ?? throw new ArgumentNullException(nameof(status)),
                Inbox = inbox,
                Link = _link,
                Network = new HostNetwork(inbox),
                Clock = new HostClock(),
                Screen = screen,
                Pages = pages,
                Power = new HostPower(log),
                Log = log,
                Timings = _options.Timings,
                PassMilliseconds = _options.PassMilliseconds,
                RandomSeed = _options.RandomSeed
            });
            log.Line("link: start " + Secrets.MaskUrl(settings.BuildConnectUrl()) + (settingsProblem.IsNone ? string.Empty : " setup needed: " + settingsProblem.Setting + " " + settingsProblem.Describe()));
            _loop.Start(settingsProblem.Setting, settingsProblem.Describe());
            _thread = new Thread(_loop.Run) { IsBackground = true, Name = "DeskStats main loop" };
            _thread.Start();
        }

        /// <summary>Starts with settings that were checked as fine.</summary>
        public void Start(RelaySettings settings, DashboardModel model, ScreenStatus status, IDashboardScreen screen)
        {
            Start(settings, new SettingsProblem(SettingsProblemKind.None, string.Empty), model, status, screen);
        }

        /// <summary>Runs <paramref name="action"/> between two passes of the loop (to read the model and the status safely); at once when not started.</summary>
        public void Invoke(Action action)
        {
            if (_loop == null)
            {
                action();
                return;
            }

            lock (_loop.SyncRoot)
            {
                action();
            }
        }

        /// <summary>Lets the loop run a pass now (after an input it should see at once, such as a page turn).</summary>
        public void Wake()
        {
            _inbox?.Wake();
        }

        /// <summary>Stops: ends the loop's thread and tears the link down. Safe to call more than once.</summary>
        public void Stop()
        {
            if (_thread == null || Interlocked.Exchange(ref _stopped, 1) == 1)
            {
                return;
            }

            _loop.Stop();
            _thread.Join();
            _link?.Dispose();
        }

        /// <summary>Same as <see cref="Stop"/>.</summary>
        public void Dispose()
        {
            Stop();
        }

        // The OS keeps the network and the clock: both are reported at once.
        private sealed class HostNetwork : INetwork
        {
            private readonly LinkInbox _inbox;

            public HostNetwork(LinkInbox inbox)
            {
                _inbox = inbox;
            }

            public void JoinWifi() => _inbox.WifiJoined();

            public void SyncClock() => _inbox.ClockSet();
        }

        private sealed class HostClock : IClock
        {
            private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

            public long NowMilliseconds => _stopwatch.ElapsedMilliseconds;

            public DateTime UtcNow => DateTime.UtcNow;
        }

        // No reboot on the host: returning makes the loop start its cycle again in place.
        private sealed class HostPower : IPowerControl
        {
            private readonly HostLog _log;

            public HostPower(HostLog log)
            {
                _log = log;
            }

            public void Reboot() => _log.Line("restarting the cycle (the device would reboot)");
        }

        private sealed class HostLog : IDebugLog
        {
            private readonly Action<string> _write;

            public HostLog(Action<string> write)
            {
                _write = write;
            }

            public void Line(string text) => _write?.Invoke(text);
        }
    }
}
