using System.Text;

namespace DeskStats.Link
{
    /// <summary>One line of plain text about the link for the serial debug output (nanoFramework prints enums as numbers, so names are spelled here).</summary>
    public static class StatusLine
    {
        /// <summary>The name of <paramref name="kind"/>, e.g. "online".</summary>
        public static string KindName(ScreenKind kind)
        {
            switch (kind)
            {
                case ScreenKind.Starting: return "starting";
                case ScreenKind.SetupNeeded: return "setup-needed";
                case ScreenKind.JoiningWifi: return "joining-wifi";
                case ScreenKind.ConnectingRelay: return "connecting";
                case ScreenKind.Rejected: return "rejected";
                case ScreenKind.TlsFailed: return "tls-failed";
                case ScreenKind.Unreachable: return "unreachable";
                case ScreenKind.Online: return "online";
                case ScreenKind.Dropped: return "dropped";
                default: return "unknown";
            }
        }

        /// <summary>The name of <paramref name="failure"/>, e.g. "ping-timeout".</summary>
        public static string FailureName(LinkFailure failure)
        {
            switch (failure)
            {
                case LinkFailure.None: return "none";
                case LinkFailure.WifiJoinFailed: return "wifi-join-failed";
                case LinkFailure.WifiLost: return "wifi-lost";
                case LinkFailure.ClockSyncFailed: return "clock-sync-failed";
                case LinkFailure.TlsFailed: return "tls-failed";
                case LinkFailure.Unreachable: return "unreachable";
                case LinkFailure.ConnectTimeout: return "connect-timeout";
                case LinkFailure.Rejected: return "rejected";
                case LinkFailure.ClosedByRelay: return "closed-by-relay";
                case LinkFailure.PingTimeout: return "ping-timeout";
                case LinkFailure.ClientHung: return "client-hung";
                case LinkFailure.ProtocolError: return "protocol-error";
                case LinkFailure.ConnectionReset: return "connection-reset";
                case LinkFailure.UpgradeRefused: return "upgrade-refused";
                case LinkFailure.LinkClosed: return "link-closed";
                default: return "unknown";
            }
        }

        /// <summary>The name of <paramref name="failure"/> for the debug output, e.g. "upgrade-refused".</summary>
        public static string ConnectFailureName(ConnectFailure failure)
        {
            switch (failure)
            {
                case ConnectFailure.Tls: return "tls";
                case ConnectFailure.Unreachable: return "unreachable";
                case ConnectFailure.Timeout: return "timeout";
                case ConnectFailure.Reset: return "reset";
                case ConnectFailure.UpgradeRefused: return "upgrade-refused";
                default: return "unknown";
            }
        }

        /// <summary>
        /// The state word of the line: <see cref="KindName"/>, except "waiting-for-data" for a link that is open
        /// with no message since it opened.
        /// </summary>
        public static string StateName(ScreenStatus status)
        {
            return status.Kind == ScreenKind.Online && status.AwaitingFirstMessage ? "waiting-for-data" : KindName(status.Kind);
        }

        /// <summary>
        /// The status as one line, e.g. "online up=3600s reconnects=2 rejected=0 free=54321B rssi=-61dBm last=ping-timeout",
        /// or "dropped retry=4s ... last=closed-by-relay close=1011". Holds no secrets.
        /// </summary>
        public static string Format(ScreenStatus status)
        {
            var line = new StringBuilder(160);
            line.Append(StateName(status));
            if (status.Kind == ScreenKind.SetupNeeded)
            {
                line.Append(' ').Append(status.SetupSetting).Append(": ").Append(status.SetupProblem);
            }

            if (status.RetryInSeconds >= 0)
            {
                line.Append(" retry=").Append(status.RetryInSeconds).Append('s');
            }

            line.Append(" up=").Append(status.UptimeSeconds).Append('s');
            line.Append(" reconnects=").Append(status.Reconnects);
            line.Append(" rejected=").Append(status.RejectedMessages);
            if (status.FreeMemoryBytes >= 0)
            {
                line.Append(" free=").Append(status.FreeMemoryBytes).Append('B');
            }

            if (status.WifiSignalDbm != 0)
            {
                line.Append(" rssi=").Append(status.WifiSignalDbm).Append("dBm");
            }

            line.Append(" last=").Append(FailureName(status.LastFailure));
            if (status.LastCloseCode > 0)
            {
                line.Append(" close=").Append(status.LastCloseCode);
            }

            if (status.Offline)
            {
                line.Append(" offline");
            }

            if (status.InsecureLink)
            {
                line.Append(" INSECURE");
            }

            return line.ToString();
        }
    }
}
