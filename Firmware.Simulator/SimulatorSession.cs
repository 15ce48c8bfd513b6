using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.Display;
using DeskStats.Host.App;
using DeskStats.Host.Link;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Settings;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Simulator
{
    /// <summary>
    /// One run of the simulator: the device's main loop (settings parser, connection supervisor, relay message
    /// pipeline, renderer) with host adapters, against a relay (the built-in demo relay when none is given), showing
    /// the screen in the terminal and as a PNG. The session is the loop's screen.
    /// </summary>
    internal sealed class SimulatorSession : IDashboardScreen
    {
        private readonly SimulatorOptions _options;
        private readonly TextWriter _output;
        private readonly TextWriter _errors;
        private readonly bool _drawInTerminal;
        private readonly TaskCompletionSource<ScreenOutcome> _decided = new TaskCompletionSource<ScreenOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly DashboardModel _model = new DashboardModel();
        private readonly ScreenStatus _status = new ScreenStatus();
        private ScreenPresenter _presenter;
        private string _lastTextLine;
        private ScreenOutcome _lastFailure = ScreenOutcome.Connecting;

        public SimulatorSession(SimulatorOptions options, TextWriter output, TextWriter errors, bool outputIsTerminal)
        {
            _options = options;
            _output = output;
            _errors = errors;
            _drawInTerminal = outputIsTerminal && !options.Headless && !options.Once;
        }

        /// <summary>The model the screen shows (read it after <see cref="RunAsync"/> returned).</summary>
        internal DashboardModel Model => _model;

        /// <summary>The presenter (its last picture and the status it was drawn with), after <see cref="RunAsync"/>.</summary>
        internal ScreenPresenter Presenter => _presenter;

        /// <summary>Runs until Ctrl+C (or, with --once, the first decided screen or the timeout); returns the exit code.</summary>
        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            BoardProfile board = BoardProfiles.Find(_options.Board);
            DemoRelayServer demoRelay = null;
            DemoSitePlayer player = null;
            string temporaryCa = null;
            string relayUrl = _options.RelayUrl?.ToString();
            string token = _options.Token;
            string caFile = _options.CaFile;
            try
            {
                if (relayUrl == null && _options.SettingsFile == null)
                {
                    demoRelay = await DemoRelayServer.StartAsync(new DemoRelayOptions(), cancellationToken).ConfigureAwait(false);
                    player = new DemoSitePlayer(new DemoSite(_options.Seed), demoRelay, _options.Speed);
                    temporaryCa = Path.Combine(Path.GetTempPath(), "deskstats-simulator-ca-" + Environment.ProcessId + "-" + demoRelay.Port + ".pem");
                    await File.WriteAllTextAsync(temporaryCa, demoRelay.Certificates.AuthorityPem, cancellationToken).ConfigureAwait(false);
                    relayUrl = demoRelay.Url.ToString();
                    token = demoRelay.Token;
                    caFile = temporaryCa;
                }

                var settings = new RelaySettings();
                SettingsProblem problem;
                if (_options.SettingsFile != null)
                {
                    problem = RelaySettingsFile.Load(_options.SettingsFile, settings);
                    if (!_options.BoardGiven && BoardProfiles.Find(settings.Board) != null)
                    {
                        board = BoardProfiles.Find(settings.Board);
                    }
                }
                else
                {
                    byte[] settingsFile = BuildSettingsFile(relayUrl, token, caFile, board.Id);
                    problem = RelaySettingsParser.Parse(settingsFile, settingsFile.Length, settings);
                }

                _presenter = new ScreenPresenter(board, _options.PngPath, _drawInTerminal ? _output : null,
                    "DeskStats simulator · " + board.Id + " " + board.Width + "x" + board.Height + " · " +
                    (demoRelay != null ? "built-in demo relay" : Secrets.MaskUrl(settings.BuildConnectUrl())) + " · " + _options.PngPath + " · space: next page · Ctrl+C quits",
                    _errors);
                using var loop = new HostMainLoop(new HostMainLoopOptions
                {
                    ConnectTimeout = TimeSpan.FromSeconds(Math.Min(15, Math.Max(1, _options.TimeoutSeconds))),
                    Log = _options.Verbose ? line => _errors.WriteLine(line) : null,
                });
                _presenter.Start();
                // The pages as the device turns them: a key is the BOOT button, pageSeconds (from a settings file) turns them by time.
                var pages = new PageTurner(_presenter.PageCount, settings.PageSeconds);
                loop.Start(settings, problem, _model, _status, this, pages);
                pages.Select((int)_options.Page, loop.Loop.NowMilliseconds);
                loop.Wake();
                using var stopKeys = new CancellationTokenSource();
                Task keys = _drawInTerminal && !Console.IsInputRedirected ? ReadKeysAsync(loop, pages, stopKeys.Token) : Task.CompletedTask;

                int exitCode;
                if (_options.Once)
                {
                    await Task.WhenAny(_decided.Task, Task.Delay(TimeSpan.FromSeconds(_options.TimeoutSeconds), cancellationToken)).ConfigureAwait(false);
                    string line = null;
                    ScreenOutcome outcome = ScreenOutcome.Connecting;
                    loop.Invoke(() =>
                    {
                        outcome = ScreenReport.Classify(_model, _status);
                        bool betweenAttempts = outcome == ScreenOutcome.Connecting
                            || (outcome == ScreenOutcome.WaitingForData && _status.AwaitingFirstMessage && _lastFailure == ScreenOutcome.Dropped);
                        if (betweenAttempts && _lastFailure != ScreenOutcome.Connecting)
                        {
                            // Caught in a retry (or in the moment a link that keeps dropping is open again): the
                            // screen that stays up between attempts is the failure's.
                            outcome = _lastFailure;
                        }

                        line = ScreenReport.ToJsonLine(outcome, _model, _status, _presenter.PlaceShown(_model), _presenter.Page);
                    });
                    _output.WriteLine(line);
                    exitCode = outcome == ScreenOutcome.Data ? 0 : 1;
                }
                else
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // Ctrl+C: a clean exit.
                    }

                    exitCode = 0;
                }

                stopKeys.Cancel();
                await keys.ConfigureAwait(false);
                loop.Stop();
                return exitCode;
            }
            finally
            {
                _presenter?.Finish();
                if (player != null) await player.DisposeAsync().ConfigureAwait(false);
                if (demoRelay != null) await demoRelay.DisposeAsync().ConfigureAwait(false);
                if (temporaryCa != null) File.Delete(temporaryCa);
            }
        }

        /// <summary>The device's settings file for these values, so the firmware's own parser checks them.</summary>
        internal static byte[] BuildSettingsFile(string relayUrl, string token, string caFile, string board)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteNumber("version", RelaySettings.CurrentVersion);
                writer.WriteString("relayUrl", relayUrl);
                if (token != null) writer.WriteString("token", token);
                if (!string.IsNullOrEmpty(caFile)) writer.WriteString("caCertificateFile", caFile);
                writer.WriteString("board", board);
                writer.WriteNumber("utcOffsetMinutes", (int)Math.Round(TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow).TotalMinutes));
                writer.WriteEndObject();
            }

            return stream.ToArray();
        }

        /// <summary>On the main loop's thread, when something on screen changed: the model and the status are stable here.</summary>
        public void Render(DashboardModel model, ChangedFields dataChanges, ScreenStatus status)
        {
            _presenter.Present(_model, _status, dataChanges);
            ScreenOutcome outcome = ScreenReport.Classify(_model, _status);
            if (outcome == ScreenOutcome.Unreachable || outcome == ScreenOutcome.Rejected || outcome == ScreenOutcome.TlsFailed || outcome == ScreenOutcome.Dropped)
            {
                _lastFailure = outcome;
            }
            else if (outcome != ScreenOutcome.Connecting && !(outcome == ScreenOutcome.WaitingForData && _status.AwaitingFirstMessage))
            {
                // Data, setup needed, or a link that delivered a message: the earlier failure is over.
                _lastFailure = ScreenOutcome.Connecting;
            }

            if (!_drawInTerminal && !_options.Once)
            {
                string line = ScreenReport.ToTextLine(_model, _status);
                if (line != _lastTextLine)
                {
                    _lastTextLine = line;
                    _output.WriteLine(DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " " + line);
                    _output.Flush();
                }
            }

            if (outcome == ScreenOutcome.Data || outcome == ScreenOutcome.Rejected || outcome == ScreenOutcome.TlsFailed || outcome == ScreenOutcome.SetupNeeded)
            {
                // These need a person to change something (or are the goal): --once need not wait for the timeout.
                _decided.TrySetResult(outcome);
            }
        }

        /// <summary>On the main loop's thread, every pass: the new-visitor cue moves without any message.</summary>
        public void Tick(int elapsedMilliseconds) => _presenter.Tick(elapsedMilliseconds);

        /// <summary>On the main loop's thread: the backlight (night dimming).</summary>
        public void SetBrightness(int percent) => _presenter.SetBrightness(percent);

        /// <summary>The page at <paramref name="index"/> of the presenter's pages, in turning order.</summary>
        public ScreenPage PageAt(int index) => _presenter.PageAt(index);

        /// <summary>On the main loop's thread: the page the next <see cref="Render"/> draws.</summary>
        public ScreenPage Page
        {
            get => _presenter.Page;
            set => _presenter.Page = value;
        }

        // Space or p is a press of the BOOT button: down, and up a tenth of a second later, then the loop turns the page.
        private static async Task ReadKeysAsync(HostMainLoop loop, PageTurner pages, CancellationToken stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(50, stop).ConfigureAwait(false);
                    while (Console.KeyAvailable)
                    {
                        char key = Console.ReadKey(intercept: true).KeyChar;
                        if (key == ' ' || key == 'p' || key == 'P')
                        {
                            long now = loop.Loop.NowMilliseconds;
                            pages.OnButton(true, now - 100);
                            pages.OnButton(false, now);
                            loop.Wake();
                        }
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }
    }
}
