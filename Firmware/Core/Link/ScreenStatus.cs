using System;

namespace DeskStats.Link
{
    /// <summary>What the link to the relay is doing, as the screen tells it.</summary>
    public enum ScreenKind
    {
        /// <summary>Power-on, before the settings were read.</summary>
        Starting = 0,
        /// <summary>A setting is missing or wrong: <see cref="ScreenStatus.SetupSetting"/> names it.</summary>
        SetupNeeded = 1,
        /// <summary>Joining the Wi-Fi network.</summary>
        JoiningWifi = 2,
        /// <summary>Wi-Fi is up; setting the clock or opening the WebSocket to the relay.</summary>
        ConnectingRelay = 3,
        /// <summary>The relay refused this device (close 4001, or repeated close right after the upgrade): check the token.</summary>
        Rejected = 4,
        /// <summary>The TLS handshake failed: check the CA certificate and the clock.</summary>
        TlsFailed = 5,
        /// <summary>Nobody answered (DNS, TCP refused, or no answer in time); retrying in <see cref="ScreenStatus.RetryInSeconds"/>.</summary>
        Unreachable = 6,
        /// <summary>The link is up; data shown is current (silence on a healthy link is not staleness).</summary>
        Online = 7,
        /// <summary>
        /// The relay answered and then the link broke (protocol error, reset, a close frame, no answer to pings, an
        /// upgrade refused): <see cref="ScreenStatus.LastFailure"/> and <see cref="ScreenStatus.LastCloseCode"/> say how.
        /// Stays on screen through the retries until the link is back or fails in another way.
        /// </summary>
        Dropped = 8
    }

    /// <summary>
    /// The link side of what the screen shows, written by the connection supervisor and read by the renderer.
    /// The renderer shows a full-screen state while <see cref="ScreenKind"/> is not Online and there is no
    /// data yet (and always for SetupNeeded); once data exists it stays up, with an "offline since" marker
    /// and the problem in the status line.
    /// </summary>
    public sealed class ScreenStatus
    {
        /// <summary>Current link state.</summary>
        public ScreenKind Kind { get; set; } = ScreenKind.Starting;

        /// <summary>For SetupNeeded: the setting's name as in the settings file (e.g. "relayUrl", "token", "wifi"); else empty.</summary>
        public string SetupSetting { get; set; } = string.Empty;

        /// <summary>For SetupNeeded: short plain words on what is wrong (e.g. "must start with wss://"); else empty.</summary>
        public string SetupProblem { get; set; } = string.Empty;

        /// <summary>Seconds until the next attempt, 0 to 86400, or -1 when not waiting.</summary>
        public int RetryInSeconds { get; set; } = -1;

        /// <summary>True while the link is down after having been online at least once.</summary>
        public bool Offline { get; set; }

        /// <summary>Local time the link went down; meaningful while <see cref="Offline"/>.</summary>
        public DateTime OfflineSinceLocal { get; set; }

        /// <summary>True once any message changed the data.</summary>
        public bool HasLastChange { get; set; }

        /// <summary>Local time of the last message that changed the data.</summary>
        public DateTime LastChangeLocal { get; set; }

        /// <summary>True once the clock was set (SNTP on the device); before that no time of day is shown.</summary>
        public bool ClockValid { get; set; }

        /// <summary>Current local time (UTC plus the configured offset).</summary>
        public DateTime LocalNow { get; set; }

        /// <summary>True when the link is plain ws:// because the settings allow insecure links: always shown.</summary>
        public bool InsecureLink { get; set; }

        /// <summary>Relay messages rejected since start (malformed, oversized, wrong types), 0 or more.</summary>
        public int RejectedMessages { get; set; }

        /// <summary>Times the relay link came back after having been online, since start, 0 or more.</summary>
        public int Reconnects { get; set; }

        /// <summary>Free managed memory in bytes as last measured, or -1 when not measured yet.</summary>
        public int FreeMemoryBytes { get; set; } = -1;

        /// <summary>Wi-Fi signal strength in dBm (about -100 to 0), or 0 when unknown or not joined.</summary>
        public int WifiSignalDbm { get; set; }

        /// <summary>Seconds since the firmware started, 0 or more.</summary>
        public long UptimeSeconds { get; set; }

        /// <summary>The most recent fault of the link, kept after recovery for the debug output; None before any.</summary>
        public LinkFailure LastFailure { get; set; } = LinkFailure.None;

        /// <summary>The relay's close code (1000 to 4999) of the last close frame, when the client can read it; 0 when unknown or none.</summary>
        public int LastCloseCode { get; set; }

        /// <summary>True while the link is open and no message has come since it opened ("connected, no data yet").</summary>
        public bool AwaitingFirstMessage { get; set; }
    }
}
