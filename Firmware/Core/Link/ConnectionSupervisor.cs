using System;

namespace DeskStats.Link
{
    /// <summary>Where the connection supervisor is in its cycle (the screen shows <see cref="ScreenKind"/>).</summary>
    public enum LinkPhase
    {
        /// <summary>Not started yet.</summary>
        Stopped = 0,
        /// <summary>The settings are wrong: nothing is tried until they are fixed (and the device restarted).</summary>
        SetupNeeded = 1,
        /// <summary>JoinWifi was asked; waiting for its report.</summary>
        JoiningWifi = 2,
        /// <summary>SyncClock was asked; waiting for its report.</summary>
        SettingClock = 3,
        /// <summary>OpenRelay was asked; waiting for its report.</summary>
        Connecting = 4,
        /// <summary>The relay link is open.</summary>
        Online = 5,
        /// <summary>Waiting out a retry delay before the next step.</summary>
        WaitingToRetry = 6
    }

    /// <summary>
    /// One state machine for the whole link: Wi-Fi, clock, relay. The platform drives it with <see cref="Step"/>
    /// (a few times a second) and the On... reports; it answers through <see cref="ILinkCommands"/> and keeps
    /// <see cref="ScreenStatus"/> up to date. All times are milliseconds of a monotonic clock supplied by the
    /// caller, so it runs the same on the device and under a fake clock in tests. Thread-safe: reports may come
    /// from any thread; commands are issued while holding the supervisor's lock and must not block.
    /// </summary>
    public sealed class ConnectionSupervisor
    {
        /// <summary>The relay's close code for a refused device token.</summary>
        public const int RejectedCloseCode = 4001;

        private readonly object _lock = new object();
        private readonly ILinkCommands _commands;
        private readonly LinkTimings _timings;
        private readonly ScreenStatus _status;
        private readonly JitterSource _random;

        private LinkPhase _phase = LinkPhase.Stopped;
        private long _startedAt;
        private long _phaseStartedAt;
        private long _retryAt;
        private long _lastProgressAt;
        private long _lastAliveAt;
        private long _pingSentAt;
        private bool _pingOutstanding;
        private long _openedAt;
        private int _messagesSinceOpen;
        private int _quickCloseCount;
        private int _failedAttempts;
        private bool _wifiUp;
        private bool _clockValid;
        private bool _wasOnline;
        private bool _rebootRequested;
        private int _utcOffsetMinutes;

        /// <summary>Creates a supervisor that writes <paramref name="status"/> and commands <paramref name="commands"/>.</summary>
        /// <param name="commands">The platform's commands.</param>
        /// <param name="timings">Timings; null for the defaults.</param>
        /// <param name="status">The screen status to keep up to date.</param>
        /// <param name="randomSeed">Seed of the retry jitter (any value; tests fix it).</param>
        public ConnectionSupervisor(ILinkCommands commands, LinkTimings timings, ScreenStatus status, int randomSeed)
        {
            if (commands == null || status == null)
            {
                throw new ArgumentNullException();
            }

            _commands = commands;
            _timings = timings ?? new LinkTimings();
            _status = status;
            _random = new JitterSource(randomSeed);
        }

        /// <summary>The current phase.</summary>
        public LinkPhase Phase
        {
            get { lock (_lock) { return _phase; } }
        }

        /// <summary>Failed attempts since the link was last healthy (drives the retry delay), 0 or more.</summary>
        public int FailedAttempts
        {
            get { lock (_lock) { return _failedAttempts; } }
        }

        /// <summary>The retry delay in milliseconds, before jitter, for the given number of failed attempts (1 or more).</summary>
        public long BaseBackoffMilliseconds(int failedAttempts)
        {
            long delay = _timings.InitialBackoffMilliseconds;
            for (int attempt = 1; attempt < failedAttempts && delay < _timings.MaxBackoffMilliseconds; attempt++)
            {
                delay *= 2;
            }

            return delay > _timings.MaxBackoffMilliseconds ? _timings.MaxBackoffMilliseconds : delay;
        }

        /// <summary>
        /// Starts the cycle. <paramref name="setupSetting"/> non-empty means the settings are wrong: the screen
        /// shows the setup-needed state naming it and nothing is tried.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="setupSetting">Empty when the settings are fine, else the setting's name as in the file (or "wifi").</param>
        /// <param name="setupProblem">Plain words on what is wrong; empty when fine.</param>
        /// <param name="utcOffsetMinutes">Offset of local time from UTC, -720 to 840.</param>
        /// <param name="insecureLink">True when the link is plain ws:// (always shown on screen).</param>
        public void Start(long nowMilliseconds, string setupSetting, string setupProblem, int utcOffsetMinutes, bool insecureLink)
        {
            lock (_lock)
            {
                _startedAt = nowMilliseconds;
                _lastProgressAt = nowMilliseconds;
                _utcOffsetMinutes = utcOffsetMinutes;
                _status.InsecureLink = insecureLink;
                if (setupSetting != null && setupSetting.Length > 0)
                {
                    _phase = LinkPhase.SetupNeeded;
                    _status.Kind = ScreenKind.SetupNeeded;
                    _status.SetupSetting = setupSetting;
                    _status.SetupProblem = setupProblem ?? string.Empty;
                    _status.RetryInSeconds = -1;
                    return;
                }

                BeginWifiJoin(nowMilliseconds);
            }
        }

        /// <summary>
        /// Advances the timers: retries, timeouts, keep-alive checks, the healthy reset and the last-resort reboot.
        /// Call a few times a second.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="utcNow">Current UTC time (meaningful once the clock was set).</param>
        public void Step(long nowMilliseconds, DateTime utcNow)
        {
            lock (_lock)
            {
                _status.LocalNow = utcNow.AddMinutes(_utcOffsetMinutes);
                _status.UptimeSeconds = (nowMilliseconds - _startedAt) / 1000;
                switch (_phase)
                {
                    case LinkPhase.JoiningWifi:
                        if (nowMilliseconds - _phaseStartedAt >= _timings.WifiJoinTimeoutMilliseconds)
                        {
                            ScheduleRetry(nowMilliseconds, LinkFailure.WifiJoinFailed, ScreenKind.JoiningWifi);
                        }

                        break;
                    case LinkPhase.SettingClock:
                        if (nowMilliseconds - _phaseStartedAt >= _timings.ClockTimeoutMilliseconds)
                        {
                            ScheduleRetry(nowMilliseconds, LinkFailure.ClockSyncFailed, ScreenKind.ConnectingRelay);
                        }

                        break;
                    case LinkPhase.Connecting:
                        if (nowMilliseconds - _phaseStartedAt >= _timings.ConnectTimeoutMilliseconds)
                        {
                            // The client never reported: tear it down, whatever it is doing.
                            _commands.CloseRelay();
                            ScheduleRetry(nowMilliseconds, LinkFailure.ClientHung, ScreenKind.Unreachable);
                        }

                        break;
                    case LinkPhase.Online:
                        StepOnline(nowMilliseconds);
                        break;
                    case LinkPhase.WaitingToRetry:
                        if (nowMilliseconds >= _retryAt)
                        {
                            NextStep(nowMilliseconds);
                        }

                        break;
                }

                UpdateRetryCountdown(nowMilliseconds);
                CheckReboot(nowMilliseconds);
            }
        }

        /// <summary>Records memory and signal measurements for the status screen and the debug output.</summary>
        /// <param name="freeMemoryBytes">Free managed memory in bytes, or -1 when unknown.</param>
        /// <param name="wifiSignalDbm">Wi-Fi signal in dBm, or 0 when unknown.</param>
        public void ReportHealth(int freeMemoryBytes, int wifiSignalDbm)
        {
            lock (_lock)
            {
                _status.FreeMemoryBytes = freeMemoryBytes;
                _status.WifiSignalDbm = wifiSignalDbm;
            }
        }

        /// <summary>Report: the Wi-Fi network was joined (an IP address is set).</summary>
        public void OnWifiJoined(long nowMilliseconds)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                _wifiUp = true;
                if (_phase == LinkPhase.JoiningWifi)
                {
                    NextStep(nowMilliseconds);
                }
            }
        }

        /// <summary>Report: joining the Wi-Fi network failed.</summary>
        public void OnWifiJoinFailed(long nowMilliseconds)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                if (_phase == LinkPhase.JoiningWifi)
                {
                    ScheduleRetry(nowMilliseconds, LinkFailure.WifiJoinFailed, ScreenKind.JoiningWifi);
                }
            }
        }

        /// <summary>Report: the Wi-Fi connection dropped. The relay link is torn down and Wi-Fi rejoined.</summary>
        public void OnWifiLost(long nowMilliseconds)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                _wifiUp = false;
                if (_phase == LinkPhase.Stopped || _phase == LinkPhase.SetupNeeded)
                {
                    return;
                }

                if (_phase == LinkPhase.Online || _phase == LinkPhase.Connecting)
                {
                    _commands.CloseRelay();
                    GoOffline();
                }

                _status.LastFailure = LinkFailure.WifiLost;
                if (_phase != LinkPhase.JoiningWifi)
                {
                    BeginWifiJoin(nowMilliseconds);
                }
            }
        }

        /// <summary>Report: the clock was set (UTC is now right).</summary>
        public void OnClockSet(long nowMilliseconds)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                _clockValid = true;
                _status.ClockValid = true;
                if (_phase == LinkPhase.SettingClock)
                {
                    NextStep(nowMilliseconds);
                }
            }
        }

        /// <summary>Report: the WebSocket upgrade completed; the link is open.</summary>
        public void OnRelayOpened(long nowMilliseconds)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                if (_phase != LinkPhase.Connecting)
                {
                    return;
                }

                _phase = LinkPhase.Online;
                _phaseStartedAt = nowMilliseconds;
                _openedAt = nowMilliseconds;
                _lastAliveAt = nowMilliseconds;
                _pingOutstanding = false;
                _messagesSinceOpen = 0;
                _status.AwaitingFirstMessage = true;
                if (_wasOnline)
                {
                    _status.Reconnects++;
                }

                _wasOnline = true;
                _status.Kind = ScreenKind.Online;
                _status.Offline = false;
                _status.RetryInSeconds = -1;
            }
        }

        /// <summary>Report: an opening attempt failed before the link was open.</summary>
        public void OnConnectFailed(long nowMilliseconds, ConnectFailure failure)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                if (_phase != LinkPhase.Connecting)
                {
                    return;
                }

                _commands.CloseRelay();
                switch (failure)
                {
                    case ConnectFailure.Tls:
                        ScheduleRetry(nowMilliseconds, LinkFailure.TlsFailed, ScreenKind.TlsFailed);
                        break;
                    case ConnectFailure.Timeout:
                        ScheduleRetry(nowMilliseconds, LinkFailure.ConnectTimeout, ScreenKind.Unreachable);
                        break;
                    case ConnectFailure.Reset:
                        // Something answered (TCP, TLS) and then broke the upgrade: not "nobody answers".
                        ScheduleRetry(nowMilliseconds, LinkFailure.ConnectionReset, ScreenKind.Dropped);
                        break;
                    case ConnectFailure.UpgradeRefused:
                        ScheduleRetry(nowMilliseconds, LinkFailure.UpgradeRefused, ScreenKind.Dropped);
                        break;
                    default:
                        ScheduleRetry(nowMilliseconds, LinkFailure.Unreachable, ScreenKind.Unreachable);
                        break;
                }
            }
        }

        /// <summary>
        /// Report: the open link closed, from a client that only knows close codes. <paramref name="closeCodeKnown"/>
        /// false (the nanoFramework client hides them) reports <see cref="LinkFailure.LinkClosed"/>; a known code is
        /// read as <see cref="DropReasonOf"/> says.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="closeCodeKnown">True when <paramref name="closeCode"/> is the server's close code.</param>
        /// <param name="closeCode">The WebSocket close code (e.g. 1000, 1006, 4001) when known.</param>
        public void OnRelayClosed(long nowMilliseconds, bool closeCodeKnown, int closeCode)
        {
            OnRelayClosed(nowMilliseconds, closeCodeKnown ? DropReasonOf(closeCode) : LinkFailure.LinkClosed, closeCodeKnown ? closeCode : 0);
        }

        /// <summary>
        /// Report: the open link closed, and why. A close frame with 4001 is a refused token. Where the client hides
        /// why (<see cref="LinkFailure.LinkClosed"/>), a close before any message, soon after the upgrade, several
        /// times in a row, counts as "rejected". Anything else shows <see cref="ScreenKind.Dropped"/> with the reason.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="reason">ClosedByRelay (a close frame), ProtocolError, ConnectionReset, PingTimeout, or LinkClosed when the client cannot tell.</param>
        /// <param name="closeCode">For ClosedByRelay the relay's close code (1000 to 4999); else ignored.</param>
        public void OnRelayClosed(long nowMilliseconds, LinkFailure reason, int closeCode)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                if (_phase != LinkPhase.Online && _phase != LinkPhase.Connecting)
                {
                    return;
                }

                bool wasOnline = _phase == LinkPhase.Online;
                _commands.CloseRelay();
                if (wasOnline)
                {
                    GoOffline();
                }

                if (reason == LinkFailure.ClosedByRelay && closeCode == RejectedCloseCode)
                {
                    Reject(nowMilliseconds, closeCode);
                    return;
                }

                if (reason != LinkFailure.ClosedByRelay && reason != LinkFailure.ProtocolError && reason != LinkFailure.ConnectionReset && reason != LinkFailure.PingTimeout)
                {
                    reason = LinkFailure.LinkClosed;
                }

                if (reason == LinkFailure.LinkClosed && wasOnline && _messagesSinceOpen == 0 && nowMilliseconds - _openedAt < _timings.RejectCloseWindowMilliseconds)
                {
                    _quickCloseCount++;
                    if (_quickCloseCount >= _timings.RejectCloseCount)
                    {
                        Reject(nowMilliseconds, 0);
                        return;
                    }
                }

                if (wasOnline && nowMilliseconds - _openedAt >= _timings.HealthyResetMilliseconds)
                {
                    _failedAttempts = 0;
                }

                ScheduleRetry(nowMilliseconds, reason, ScreenKind.Dropped);
                _status.LastCloseCode = reason == LinkFailure.ClosedByRelay ? closeCode : 0;
            }
        }

        /// <summary>
        /// What a known close code says about a dropped link: 1006 (no close frame: reset, stream ended) is
        /// ConnectionReset, 1002 (protocol error) is ProtocolError, any other is a close frame from the relay.
        /// </summary>
        public static LinkFailure DropReasonOf(int closeCode)
        {
            switch (closeCode)
            {
                case 1006: return LinkFailure.ConnectionReset;
                case 1002: return LinkFailure.ProtocolError;
                default: return LinkFailure.ClosedByRelay;
            }
        }

        /// <summary>Report: the relay sent a message that changed the data.</summary>
        public void OnMessageApplied(long nowMilliseconds)
        {
            lock (_lock)
            {
                if (MessageArrived(nowMilliseconds))
                {
                    _status.HasLastChange = true;
                    _status.LastChangeLocal = _status.LocalNow;
                }
            }
        }

        /// <summary>Report: the relay sent a message identical in effect to what is shown.</summary>
        public void OnMessageUnchanged(long nowMilliseconds)
        {
            lock (_lock)
            {
                MessageArrived(nowMilliseconds);
            }
        }

        /// <summary>Report: the relay sent a message that was rejected (malformed, oversized, wrong types).</summary>
        public void OnMessageRejected(long nowMilliseconds)
        {
            lock (_lock)
            {
                if (MessageArrived(nowMilliseconds))
                {
                    _status.RejectedMessages++;
                }
            }
        }

        /// <summary>Report: the link proved alive (a pong, or the client's own keep-alive check passed).</summary>
        public void OnLinkAlive(long nowMilliseconds)
        {
            lock (_lock)
            {
                _lastProgressAt = nowMilliseconds;
                if (_phase == LinkPhase.Online)
                {
                    _lastAliveAt = nowMilliseconds;
                    _pingOutstanding = false;
                }
            }
        }

        private bool MessageArrived(long nowMilliseconds)
        {
            _lastProgressAt = nowMilliseconds;
            if (_phase != LinkPhase.Online)
            {
                return false;
            }

            _messagesSinceOpen++;
            _status.AwaitingFirstMessage = false;
            _quickCloseCount = 0;
            _lastAliveAt = nowMilliseconds;
            _pingOutstanding = false;
            return true;
        }

        private void StepOnline(long nowMilliseconds)
        {
            if (nowMilliseconds - _openedAt >= _timings.HealthyResetMilliseconds)
            {
                _failedAttempts = 0;
            }

            if (nowMilliseconds - _openedAt >= _timings.RejectCloseWindowMilliseconds)
            {
                // The link stayed up past the window: the token is fine even if the relay has no data yet.
                _quickCloseCount = 0;
            }

            // Silence is not a fault: it only triggers a check.
            _lastProgressAt = nowMilliseconds;
            if (_timings.PingIntervalMilliseconds <= 0)
            {
                return;
            }

            if (_pingOutstanding)
            {
                if (nowMilliseconds - _pingSentAt >= _timings.PongTimeoutMilliseconds)
                {
                    _commands.CloseRelay();
                    GoOffline();
                    ScheduleRetry(nowMilliseconds, LinkFailure.PingTimeout, ScreenKind.Dropped);
                }
            }
            else if (nowMilliseconds - _lastAliveAt >= _timings.PingIntervalMilliseconds)
            {
                _pingOutstanding = true;
                _pingSentAt = nowMilliseconds;
                _commands.SendPing();
            }
        }

        // Takes the next step towards Online from whatever is already done.
        private void NextStep(long nowMilliseconds)
        {
            if (!_wifiUp)
            {
                BeginWifiJoin(nowMilliseconds);
            }
            else if (!_clockValid)
            {
                _phase = LinkPhase.SettingClock;
                _phaseStartedAt = nowMilliseconds;
                SetConnectingKind();
                _commands.SyncClock();
            }
            else
            {
                _phase = LinkPhase.Connecting;
                _phaseStartedAt = nowMilliseconds;
                SetConnectingKind();
                _commands.OpenRelay();
            }
        }

        private void BeginWifiJoin(long nowMilliseconds)
        {
            _phase = LinkPhase.JoiningWifi;
            _phaseStartedAt = nowMilliseconds;
            _status.Kind = ScreenKind.JoiningWifi;
            _status.RetryInSeconds = -1;
            _commands.JoinWifi();
        }

        private void SetConnectingKind()
        {
            // A refused token or a link that keeps dropping stays on screen through the retries: "connecting"
            // would hide the cause (and flicker with every attempt).
            if (_status.Kind != ScreenKind.Rejected && _status.Kind != ScreenKind.Dropped)
            {
                _status.Kind = ScreenKind.ConnectingRelay;
            }

            _status.RetryInSeconds = -1;
        }

        private void GoOffline()
        {
            if (_wasOnline && !_status.Offline)
            {
                _status.Offline = true;
                _status.OfflineSinceLocal = _status.LocalNow;
            }

            _pingOutstanding = false;
            _status.AwaitingFirstMessage = false;
        }

        private void Reject(long nowMilliseconds, int closeCode)
        {
            _status.LastFailure = LinkFailure.Rejected;
            _status.LastCloseCode = closeCode;
            _status.Kind = ScreenKind.Rejected;
            _phase = LinkPhase.WaitingToRetry;
            _phaseStartedAt = nowMilliseconds;
            _retryAt = nowMilliseconds + Jitter(_timings.RejectedBackoffMilliseconds);
            UpdateRetryCountdown(nowMilliseconds);
        }

        private void ScheduleRetry(long nowMilliseconds, LinkFailure failure, ScreenKind kind)
        {
            _failedAttempts++;
            _status.LastFailure = failure;
            _status.LastCloseCode = 0;
            _status.Kind = kind;
            _phase = LinkPhase.WaitingToRetry;
            _phaseStartedAt = nowMilliseconds;
            _retryAt = nowMilliseconds + Jitter(BaseBackoffMilliseconds(_failedAttempts));
            UpdateRetryCountdown(nowMilliseconds);
        }

        private long Jitter(long delay)
        {
            int percent = _timings.JitterPercent;
            if (percent <= 0)
            {
                return delay;
            }

            long spread = delay * percent / 100;
            if (spread > int.MaxValue / 2)
            {
                spread = int.MaxValue / 2;
            }

            long jittered = delay - spread + _random.Next((int)(spread * 2) + 1);
            return jittered < 1 ? 1 : jittered;
        }

        private void UpdateRetryCountdown(long nowMilliseconds)
        {
            if (_phase != LinkPhase.WaitingToRetry)
            {
                if (_phase != LinkPhase.SetupNeeded)
                {
                    _status.RetryInSeconds = -1;
                }

                return;
            }

            long remaining = _retryAt - nowMilliseconds;
            long seconds = remaining <= 0 ? 0 : (remaining + 999) / 1000;
            _status.RetryInSeconds = seconds > 86400 ? 86400 : (int)seconds;
        }

        private void CheckReboot(long nowMilliseconds)
        {
            if (_rebootRequested || _timings.RebootAfterNoProgressMilliseconds <= 0 || _phase == LinkPhase.SetupNeeded || _phase == LinkPhase.Stopped)
            {
                return;
            }

            // Progress is any report from the platform (a failure report too: the platform is not stuck), and
            // time online. A client that stops reporting anything keeps being torn down by the timeouts; when
            // that has gone on this long, only a restart is left.
            if (nowMilliseconds - _lastProgressAt >= _timings.RebootAfterNoProgressMilliseconds)
            {
                _rebootRequested = true;
                _commands.Reboot();
            }
        }
    }
}
