using DeskStats.Display.Rendering;
using DeskStats.Link;

namespace DeskStats.Display.Layouts
{
    /// <summary>
    /// The words of the full-screen states: what is happening, in plain words, and what to do about it.
    /// One place for all of them so they read alike on every layout.
    /// </summary>
    public static class ScreenMessages
    {
        /// <summary>Colour of the bar and title: red for what the user must fix, amber for waiting on something, grey while starting.</summary>
        public static ushort Accent(ScreenKind kind, bool waitingForData)
        {
            if (waitingForData) return Rgb565.Good;
            switch (kind)
            {
                case ScreenKind.SetupNeeded:
                case ScreenKind.Rejected:
                case ScreenKind.TlsFailed:
                    return Rgb565.Error;
                case ScreenKind.Unreachable:
                case ScreenKind.Dropped:
                    return Rgb565.Warning;
                case ScreenKind.JoiningWifi:
                case ScreenKind.ConnectingRelay:
                    return Rgb565.Accent;
                default:
                    return Rgb565.Muted;
            }
        }

        /// <summary>
        /// The title line in the fewest words that fit <paramref name="title"/>'s width in its own font: the full title,
        /// else its short form ("Relay unreachable", "Unreachable"). A title that fits neither way is left for the
        /// field's smaller face; the ellipsis is only the renderer's last resort.
        /// </summary>
        public static void AppendFittingTitle(CharBuffer text, ScreenStatus status, bool waitingForData, TextField title)
        {
            int start = text.Length;
            AppendTitle(text, status, waitingForData, false);
            if (title.Font.MeasureWidth(text.Chars, start, text.Length - start) > title.Width)
            {
                text.Length = start;
                AppendTitle(text, status, waitingForData, true);
            }
        }

        /// <summary>The title line; <paramref name="brief"/> for the short form of the long titles (narrow screens).</summary>
        public static void AppendTitle(CharBuffer text, ScreenStatus status, bool waitingForData, bool brief)
        {
            if (waitingForData)
            {
                text.Append("Waiting for data");
                return;
            }

            switch (status.Kind)
            {
                case ScreenKind.SetupNeeded: text.Append("Setup needed"); break;
                case ScreenKind.JoiningWifi: text.Append("Joining Wi-Fi\u2026"); break;
                case ScreenKind.ConnectingRelay: text.Append("Connecting\u2026"); break;
                case ScreenKind.Rejected: text.Append(brief ? "Not accepted" : "Device not accepted"); break;
                case ScreenKind.TlsFailed: text.Append(brief ? "TLS failed" : "Secure link failed"); break;
                case ScreenKind.Unreachable: text.Append(brief ? "Unreachable" : "Relay unreachable"); break;
                case ScreenKind.Dropped: text.Append(brief ? "Link dropped" : "Relay link dropped"); break;
                default: text.Append(brief ? "Starting\u2026" : "DeskStats starting\u2026"); break;
            }
        }

        /// <summary>Cause and what to do, '\n' between paragraphs; <paramref name="compact"/> for the smallest screens.</summary>
        public static void AppendBody(CharBuffer text, ScreenStatus status, bool waitingForData, bool compact)
        {
            if (compact)
            {
                AppendShortBody(text, status, waitingForData);
                return;
            }

            if (waitingForData)
            {
                text.Append("Connected to the relay. The numbers appear as soon as the relay has them.");
                return;
            }

            switch (status.Kind)
            {
                case ScreenKind.SetupNeeded:
                    if (status.SetupSetting == "wifi")
                    {
                        text.Append("Wi-Fi is not set up");
                        if (status.SetupProblem.Length > 0) text.Append(": ").Append(status.SetupProblem);
                        text.Append(".\nRun the DeskStats provisioning tool, then restart.");
                        return;
                    }

                    text.Append("Setting \"").Append(status.SetupSetting.Length > 0 ? status.SetupSetting : "?").Append('"');
                    text.Append(status.SetupProblem.Length > 0 ? ": " : " is missing or wrong.");
                    text.Append(status.SetupProblem);
                    text.Append("\nRun the DeskStats provisioning tool, then restart.");
                    return;
                case ScreenKind.JoiningWifi:
                    text.Append("Looking for the Wi-Fi network stored on the device. Check that it is in range.");
                    return;
                case ScreenKind.ConnectingRelay:
                    text.Append("Wi-Fi is up. Setting the clock and opening the link to the relay.");
                    return;
                case ScreenKind.Rejected:
                    text.Append("The relay refused this device.\nRun the provisioning tool again with a token the relay accepts.");
                    return;
                case ScreenKind.TlsFailed:
                    text.Append("The relay's certificate was not accepted.\nCheck the CA certificate file and that the clock is right.");
                    return;
                case ScreenKind.Unreachable:
                    text.Append("No answer from the relay.\nCheck relayUrl and that the relay is running.");
                    return;
                case ScreenKind.Dropped:
                    AppendDroppedBody(text, status);
                    return;
                default:
                    text.Append("Reading the settings.");
                    return;
            }
        }

        private static void AppendShortBody(CharBuffer text, ScreenStatus status, bool waitingForData)
        {
            if (waitingForData)
            {
                text.Append("Connected. The numbers appear when the relay has them.");
                return;
            }

            switch (status.Kind)
            {
                case ScreenKind.SetupNeeded:
                    if (status.SetupSetting == "wifi")
                    {
                        text.Append("No Wi-Fi stored. Run the provisioning tool.");
                        return;
                    }

                    text.Append('"').Append(status.SetupSetting.Length > 0 ? status.SetupSetting : "?").Append('"');
                    text.Append(status.SetupProblem.Length > 0 ? ": " : " is missing or wrong");
                    text.Append(status.SetupProblem).Append(". Run the provisioning tool.");
                    return;
                case ScreenKind.JoiningWifi:
                    text.Append("Looking for the stored Wi-Fi network.");
                    return;
                case ScreenKind.ConnectingRelay:
                    text.Append("Setting the clock, then linking to the relay.");
                    return;
                case ScreenKind.Rejected:
                    text.Append("The relay refused this device. Check the token.");
                    return;
                case ScreenKind.TlsFailed:
                    text.Append("Certificate not accepted. Check the CA file and the clock.");
                    return;
                case ScreenKind.Unreachable:
                    text.Append("No answer from the relay. Check relayUrl.");
                    return;
                case ScreenKind.Dropped:
                    if (status.LastFailure == LinkFailure.UpgradeRefused)
                    {
                        text.Append("Something answered, but not as a WebSocket relay. Check relayUrl.");
                        return;
                    }

                    text.Append("The relay answered, then the link broke: ");
                    AppendDropReason(text, status);
                    text.Append(". Check the relay.");
                    return;
                default:
                    text.Append("Reading the settings.");
                    return;
            }
        }

        /// <summary>
        /// How the link broke, in a few words for <see cref="ScreenKind.Dropped"/>: "protocol error", "connection reset",
        /// "closed, code 1011", "upgrade refused", "no answer to pings", or "closed" where the client cannot tell.
        /// </summary>
        public static void AppendDropReason(CharBuffer text, ScreenStatus status)
        {
            switch (status.LastFailure)
            {
                case LinkFailure.ProtocolError: text.Append("protocol error"); return;
                case LinkFailure.ConnectionReset: text.Append("connection reset"); return;
                case LinkFailure.UpgradeRefused: text.Append("upgrade refused"); return;
                case LinkFailure.PingTimeout: text.Append("no answer to pings"); return;
                case LinkFailure.ClosedByRelay:
                    text.Append("closed");
                    if (status.LastCloseCode > 0) text.Append(", code ").AppendNumber(status.LastCloseCode);
                    return;
                default: text.Append("closed"); return;
            }
        }

        private static void AppendDroppedBody(CharBuffer text, ScreenStatus status)
        {
            if (status.LastFailure == LinkFailure.UpgradeRefused)
            {
                text.Append("Something answered at relayUrl, but not as a WebSocket relay.\nCheck its port and path, and any proxy in between.");
                return;
            }

            text.Append("The relay answered, then the link broke: ");
            AppendDropReason(text, status);
            switch (status.LastFailure)
            {
                case LinkFailure.ProtocolError:
                    text.Append(".\nCheck the relay's version and any proxy in between.");
                    return;
                case LinkFailure.PingTimeout:
                    text.Append(".\nCheck that the relay is running and the network in between.");
                    return;
                default:
                    text.Append(".\nCheck the relay's log and any proxy or firewall in between.");
                    return;
            }
        }

        /// <summary>The changing detail line: the retry countdown.</summary>
        public static void AppendDetail(CharBuffer text, ScreenStatus status)
        {
            if (status.RetryInSeconds >= 0 && status.Kind != ScreenKind.SetupNeeded && status.Kind != ScreenKind.Online)
            {
                text.Append("Retrying in ").AppendNumber(status.RetryInSeconds).Append(" s");
            }
        }
    }
}
