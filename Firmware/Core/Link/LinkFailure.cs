namespace DeskStats.Link
{
    /// <summary>The kinds of fault the connection supervisor tells apart, for the status line and the debug output.</summary>
    public enum LinkFailure
    {
        /// <summary>No fault yet.</summary>
        None = 0,
        /// <summary>Joining the Wi-Fi network failed or timed out.</summary>
        WifiJoinFailed = 1,
        /// <summary>The Wi-Fi connection dropped.</summary>
        WifiLost = 2,
        /// <summary>The clock could not be set in time (SNTP).</summary>
        ClockSyncFailed = 3,
        /// <summary>The TLS handshake failed (certificate not trusted, expired, wrong host, or a wrong clock).</summary>
        TlsFailed = 4,
        /// <summary>The relay's host could not be resolved or refused the connection.</summary>
        Unreachable = 5,
        /// <summary>The connection or the WebSocket upgrade took too long.</summary>
        ConnectTimeout = 6,
        /// <summary>The relay refused the device token (close code 4001, or repeated closes right after the upgrade).</summary>
        Rejected = 7,
        /// <summary>The relay closed an open link (restart, network drop).</summary>
        ClosedByRelay = 8,
        /// <summary>The relay stopped answering keep-alive pings.</summary>
        PingTimeout = 9,
        /// <summary>The WebSocket client stopped reporting anything for a command: torn down by the watchdog.</summary>
        ClientHung = 10
    }

    /// <summary>Why an attempt to open the relay link failed, as the link adapter can tell.</summary>
    public enum ConnectFailure
    {
        /// <summary>The TLS handshake failed.</summary>
        Tls = 0,
        /// <summary>DNS failure, connection refused or reset, failed HTTP upgrade.</summary>
        Unreachable = 1,
        /// <summary>No answer in time (TCP connect, TLS or the upgrade).</summary>
        Timeout = 2
    }
}
