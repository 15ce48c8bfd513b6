using System;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// The tool's own rules for the relay settings, stricter than the device's: the settings file itself is checked by
    /// the device's parser (<see cref="DeviceSettingsCheck"/>), these only catch mistakes the device would accept but
    /// that cannot work with the relay. Messages name the option and never quote the token.
    /// </summary>
    internal static class RelaySettingsRules
    {
        /// <summary>
        /// The relay URL must be given, have an explicit port (the relay listens on 8080 by default; the device would
        /// silently use 443) and no query (the device appends ?token=... itself). Scheme, host, port range, user
        /// information and fragment are the device parser's to judge.
        /// </summary>
        public static void CheckRelayUrl(string relayUrl, ValidationReport report)
        {
            const string option = "--relay";
            if (string.IsNullOrEmpty(relayUrl))
            {
                report.AddError(option, "is missing: give the relay's address, e.g. wss://stats.example.com:8080/");
                return;
            }

            int schemeEnd = relayUrl.IndexOf("://", StringComparison.Ordinal);
            string scheme = schemeEnd < 0 ? string.Empty : relayUrl.Substring(0, schemeEnd).ToLowerInvariant();
            if (scheme != "wss" && scheme != "ws")
            {
                return;
            }

            string rest = relayUrl.Substring(schemeEnd + 3);
            int authorityEnd = rest.IndexOfAny(new[] { '/', '?', '#' });
            string authority = authorityEnd < 0 ? rest : rest.Substring(0, authorityEnd);
            string afterAuthority = authorityEnd < 0 ? string.Empty : rest.Substring(authorityEnd);
            int fragment = afterAuthority.IndexOf('#');
            if (fragment >= 0)
            {
                afterAuthority = afterAuthority.Substring(0, fragment);
            }

            if (afterAuthority.Contains('?'))
            {
                report.AddError(option, "holds a query (?...): give the bare address; the device adds ?token=... itself from --token");
                return;
            }

            string hostAndPort = authority.Substring(authority.LastIndexOf('@') + 1);
            if (hostAndPort.Length == 0)
            {
                return;
            }

            int close = hostAndPort.StartsWith("[", StringComparison.Ordinal) ? hostAndPort.IndexOf(']') : -1;
            if (hostAndPort.IndexOf(':', close + 1) < 0)
            {
                report.AddError(option, "has no port: add it after the host, e.g. " + relayUrl.Substring(0, schemeEnd) + "://" + hostAndPort + ":8080/ (the relay's default port is 8080)");
            }
        }

        /// <summary>The token must be given and hold only URL-safe characters (A-Z a-z 0-9 - . _ ~): it travels in the query string, and the relay compares it as typed.</summary>
        public static void CheckToken(string token, ValidationReport report)
        {
            const string option = "--token";
            if (string.IsNullOrEmpty(token))
            {
                report.AddError(option, "is missing: give the device token the relay expects");
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

        /// <summary>True for the characters RFC 3986 calls unreserved: A-Z a-z 0-9 - . _ ~.</summary>
        public static bool IsUrlSafe(char character)
        {
            return (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')
                || character == '-' || character == '.' || character == '_' || character == '~';
        }
    }
}
