using System;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// Checks the relay settings as given on the command line. Messages name the option and never quote the token.
    /// </summary>
    internal static class RelaySettingsRules
    {
        /// <summary>Longest token accepted, in characters.</summary>
        public const int MaxTokenLength = 256;

        /// <summary>
        /// Checks the relay URL: wss:// (ws:// only with <paramref name="allowInsecure"/>), a host, an explicit port
        /// (the relay listens on 8080 by default, so a URL without a port is almost always a mistake), no user
        /// information, no query (the device appends ?token=...) and no fragment.
        /// </summary>
        public static void CheckRelayUrl(string relayUrl, bool allowInsecure, ValidationReport report)
        {
            const string option = "--relay";
            if (string.IsNullOrEmpty(relayUrl))
            {
                report.AddError(option, "is missing: give the relay's address, e.g. wss://stats.example.com:8080/");
                return;
            }

            int schemeEnd = relayUrl.IndexOf("://", StringComparison.Ordinal);
            string scheme = schemeEnd > 0 ? relayUrl.Substring(0, schemeEnd).ToLowerInvariant() : string.Empty;
            if (scheme == "ws")
            {
                if (!allowInsecure)
                {
                    report.AddError(option, "starts with ws://, an unencrypted link: use wss:// (or add --allow-insecure for a test relay on your own network)");
                    return;
                }

                report.AddWarning(option, "is plain ws://: the token and the data travel unencrypted; the screen shows this link as insecure");
            }
            else if (scheme != "wss")
            {
                report.AddError(option, "must start with wss:// (a TLS WebSocket), e.g. wss://stats.example.com:8080/");
                return;
            }

            string rest = relayUrl.Substring(schemeEnd + 3);
            int authorityEnd = rest.IndexOfAny(new[] { '/', '?', '#' });
            string authority = authorityEnd < 0 ? rest : rest.Substring(0, authorityEnd);
            string afterAuthority = authorityEnd < 0 ? string.Empty : rest.Substring(authorityEnd);

            if (authority.Contains('@'))
            {
                report.AddError(option, "holds a user name or password (user@host): the relay authenticates with --token only");
                return;
            }

            if (afterAuthority.Contains('?'))
            {
                report.AddError(option, "holds a query (?...): give the bare address; the device adds ?token=... itself from --token");
                return;
            }

            if (afterAuthority.Contains('#'))
            {
                report.AddError(option, "holds a fragment (#...), which a WebSocket address cannot have");
                return;
            }

            string host;
            string portText;
            if (!SplitHostAndPort(authority, out host, out portText))
            {
                report.AddError(option, "has no host: give the relay's address, e.g. wss://stats.example.com:8080/");
                return;
            }

            if (portText == null)
            {
                report.AddError(option, "has no port: add it after the host, e.g. wss://" + host + ":8080/ (the relay's default port is 8080)");
                return;
            }

            int port;
            if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port < 1 || port > 65535)
            {
                report.AddError(option, "has port '" + portText + "'; a port is a number from 1 to 65535");
                return;
            }

            Uri parsed;
            if (!Uri.TryCreate(relayUrl, UriKind.Absolute, out parsed) || parsed.Host.Length == 0 || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
            {
                report.AddError(option, "host '" + host + "' is not a valid host name or IP address");
            }
        }

        /// <summary>Checks the token: present, at most 256 characters, only URL-safe characters (A-Z a-z 0-9 - . _ ~) since it travels in the query string.</summary>
        public static void CheckToken(string token, ValidationReport report)
        {
            const string option = "--token";
            if (string.IsNullOrEmpty(token))
            {
                report.AddError(option, "is missing: give the device token the relay expects");
                return;
            }

            if (token.Length > MaxTokenLength)
            {
                report.AddError(option, "is " + token.Length + " characters; at most " + MaxTokenLength);
                return;
            }

            for (int index = 0; index < token.Length; index++)
            {
                if (!IsUrlSafe(token[index]))
                {
                    report.AddError(option, "character " + (index + 1) + " is not URL-safe; a token may only hold A-Z a-z 0-9 - . _ ~ (it travels in the URL's query string)");
                    return;
                }
            }
        }

        /// <summary>Checks the backlight brightness in percent: 1 to 100.</summary>
        public static void CheckBrightness(int brightness, ValidationReport report)
        {
            if (brightness < 1 || brightness > 100)
            {
                report.AddError("--brightness", "is " + brightness + "; give a percentage from 1 to 100");
            }
        }

        /// <summary>Checks the offset of local time from UTC in minutes: -720 (UTC-12) to 840 (UTC+14).</summary>
        public static void CheckUtcOffset(int utcOffsetMinutes, ValidationReport report)
        {
            if (utcOffsetMinutes < -720 || utcOffsetMinutes > 840)
            {
                report.AddError("--utc-offset-minutes", "is " + utcOffsetMinutes + "; local time is UTC-12:00 to UTC+14:00, so -720 to 840 minutes");
            }
        }

        /// <summary>True for the characters RFC 3986 calls unreserved: A-Z a-z 0-9 - . _ ~.</summary>
        public static bool IsUrlSafe(char character)
        {
            return (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')
                || character == '-' || character == '.' || character == '_' || character == '~';
        }

        private static bool SplitHostAndPort(string authority, out string host, out string portText)
        {
            host = authority;
            portText = null;
            if (authority.Length == 0)
            {
                return false;
            }

            if (authority[0] == '[')
            {
                int close = authority.IndexOf(']');
                if (close < 0)
                {
                    return false;
                }

                host = authority.Substring(0, close + 1);
                if (close + 1 < authority.Length && authority[close + 1] == ':')
                {
                    portText = authority.Substring(close + 2);
                }

                return host.Length > 2;
            }

            int colon = authority.LastIndexOf(':');
            if (colon >= 0)
            {
                host = authority.Substring(0, colon);
                portText = authority.Substring(colon + 1);
            }

            return host.Length > 0;
        }
    }
}
