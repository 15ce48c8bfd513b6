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
                default: return "unknown";
            }
        }

        /// <summary>
        /// The status as one line, e.g. "online up=3600s reconnects=2 rejected=0 free=54321B rssi=-61dBm last=ping-timeout".
        /// Holds no secrets.
        /// </summary>
        public static string Format(ScreenStatus status)
        {
            var line = new StringBuilder(160);
            line.Append(KindName(status.Kind));
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
