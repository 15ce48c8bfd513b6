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
        /// <summary>The TLS handshake failed (certificate not trusted, expired, wrong host, not TLS at all, or a wrong clock).</summary>
        TlsFailed = 4,
        /// <summary>Nobody answered: the relay's host could not be resolved, or refused the TCP connection.</summary>
        Unreachable = 5,
        /// <summary>The TCP connection, the TLS handshake or the upgrade took too long.</summary>
        ConnectTimeout = 6,
        /// <summary>The relay refused the device token (close code 4001, or repeated closes right after the upgrade).</summary>
        Rejected = 7,
        /// <summary>The relay closed an open link with a close frame; <see cref="ScreenStatus.LastCloseCode"/> holds its code.</summary>
        ClosedByRelay = 8,
        /// <summary>The relay stopped answering keep-alive pings.</summary>
        PingTimeout = 9,
        /// <summary>The WebSocket client stopped reporting anything for a command: torn down by the watchdog.</summary>
        ClientHung = 10,
        /// <summary>The relay's frames broke the WebSocket protocol (a reserved opcode or bit, a bad length): the client gave up the link (close code 1002).</summary>
        ProtocolError = 11,
        /// <summary>The connection was cut without a close frame (a TCP reset, or the stream just ended; close code 1006).</summary>
        ConnectionReset = 12,
        /// <summary>Something answered at the relay's address but refused the WebSocket upgrade (an HTTP status other than 101: a proxy, a wrong path, a web server).</summary>
        UpgradeRefused = 13,
        /// <summary>The open link closed and the client does not say why (the nanoFramework client hides close codes and errors).</summary>
        LinkClosed = 14
    }

    /// <summary>Why an attempt to open the relay link failed, as the link adapter can tell.</summary>
    public enum ConnectFailure
    {
        /// <summary>The TLS handshake failed (untrusted, expired or misnamed certificate, or no TLS on that port).</summary>
        Tls = 0,
        /// <summary>Nobody answered: DNS failure, connection refused, no route.</summary>
        Unreachable = 1,
        /// <summary>No answer in time (TCP connect, TLS or the upgrade).</summary>
        Timeout = 2,
        /// <summary>TCP (and TLS) got through, then the connection was reset or ended during the WebSocket upgrade.</summary>
        Reset = 3,
        /// <summary>Something answered the upgrade, but not with a WebSocket (an HTTP status other than 101, or not HTTP).</summary>
        UpgradeRefused = 4
    }
}
