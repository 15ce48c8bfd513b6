using System.Text;

namespace DeskStats.Settings
{
    /// <summary>Splits a relay URL into scheme, host, port and path, and builds the URL to connect to.</summary>
    public static class RelayUrlParts
    {
        /// <summary>Longest host name accepted (DNS limit).</summary>
        public const int MaxHostLength = 253;

        /// <summary>
        /// Checks <paramref name="url"/> and stores its parts in <paramref name="result"/>
        /// (<see cref="RelaySettings.Secure"/>, Host, Port, PathAndQuery). wss:// is always accepted; ws:// only
        /// with <paramref name="allowInsecure"/>. Returns None or the problem (for the setting "relayUrl").
        /// </summary>
        public static SettingsProblemKind Parse(string url, bool allowInsecure, RelaySettings result)
        {
            if (url == null || url.Length == 0)
            {
                return SettingsProblemKind.Missing;
            }

            for (int index = 0; index < url.Length; index++)
            {
                char character = url[index];
                if (character <= ' ' || character > '~')
                {
                    return SettingsProblemKind.BadUrl;
                }
            }

            string lower = url.ToLower();
            int authorityStart;
            bool secure;
            if (lower.StartsWith("wss://"))
            {
                secure = true;
                authorityStart = 6;
            }
            else if (lower.StartsWith("ws://"))
            {
                if (!allowInsecure)
                {
                    return SettingsProblemKind.InsecureNotAllowed;
                }

                secure = false;
                authorityStart = 5;
            }
            else
            {
                return SettingsProblemKind.NotWebSocketUrl;
            }

            if (url.IndexOf('#') >= 0)
            {
                return SettingsProblemKind.BadUrl;
            }

            int authorityEnd = url.Length;
            int slash = url.IndexOf('/', authorityStart);
            int question = url.IndexOf('?', authorityStart);
            if (slash >= 0 && slash < authorityEnd)
            {
                authorityEnd = slash;
            }

            if (question >= 0 && question < authorityEnd)
            {
                authorityEnd = question;
            }

            string authority = url.Substring(authorityStart, authorityEnd - authorityStart);
            if (authority.IndexOf('@') >= 0)
            {
                return SettingsProblemKind.BadUrl;
            }

            string host;
            string portText = null;
            if (authority.Length > 0 && authority[0] == '[')
            {
                int close = authority.IndexOf(']');
                if (close < 0)
                {
                    return SettingsProblemKind.BadHost;
                }

                host = authority.Substring(1, close - 1);
                if (host.Length == 0 || !IsIpv6Text(host))
                {
                    return SettingsProblemKind.BadHost;
                }

                string rest = authority.Substring(close + 1);
                if (rest.Length > 0)
                {
                    if (rest[0] != ':')
                    {
                        return SettingsProblemKind.BadHost;
                    }

                    portText = rest.Substring(1);
                }
            }
            else
            {
                int colon = authority.IndexOf(':');
                host = colon < 0 ? authority : authority.Substring(0, colon);
                if (colon >= 0)
                {
                    portText = authority.Substring(colon + 1);
                }

                if (!IsHostName(host))
                {
                    return SettingsProblemKind.BadHost;
                }
            }

            int port = secure ? 443 : 80;
            if (portText != null)
            {
                port = ParsePort(portText);
                if (port < 0)
                {
                    return SettingsProblemKind.BadPort;
                }
            }

            string pathAndQuery = url.Substring(authorityEnd);
            if (pathAndQuery.Length == 0)
            {
                pathAndQuery = "/";
            }
            else if (pathAndQuery[0] == '?')
            {
                pathAndQuery = "/" + pathAndQuery;
            }

            int query = pathAndQuery.IndexOf('?');
            if (query >= 0 && HasTokenParameter(pathAndQuery, query))
            {
                // The token belongs in "token", where it is masked in the debug output.
                return SettingsProblemKind.BadUrl;
            }

            result.Secure = secure;
            result.Host = host;
            result.Port = port;
            result.PathAndQuery = pathAndQuery;
            return SettingsProblemKind.None;
        }

        /// <summary>
        /// The URL to open: scheme, host, port (left out when it is the scheme's default), path and query, with
        /// <c>token=</c> and the URL-escaped <paramref name="token"/> added to the query.
        /// </summary>
        public static string BuildConnectUrl(bool secure, string host, int port, string pathAndQuery, string token)
        {
            var builder = new StringBuilder();
            builder.Append(secure ? "wss://" : "ws://");
            if (host.IndexOf(':') >= 0)
            {
                builder.Append('[');
                builder.Append(host);
                builder.Append(']');
            }
            else
            {
                builder.Append(host);
            }

            if (port != (secure ? 443 : 80))
            {
                builder.Append(':');
                builder.Append(port.ToString());
            }

            string path = pathAndQuery == null || pathAndQuery.Length == 0 ? "/" : pathAndQuery;
            builder.Append(path);
            int query = path.IndexOf('?');
            if (query < 0)
            {
                builder.Append('?');
            }
            else if (query != path.Length - 1 && path[path.Length - 1] != '&')
            {
                builder.Append('&');
            }

            builder.Append("token=");
            AppendEscaped(builder, token ?? string.Empty);
            return builder.ToString();
        }

        /// <summary>Appends <paramref name="value"/> percent-escaped for a query value (unreserved characters kept; ASCII only).</summary>
        public static void AppendEscaped(StringBuilder builder, string value)
        {
            const string hex = "0123456789ABCDEF";
            for (int index = 0; index < value.Length; index++)
            {
                char character = value[index];
                if ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9')
                    || character == '-' || character == '.' || character == '_' || character == '~')
                {
                    builder.Append(character);
                }
                else
                {
                    int code = character & 0xFF;
                    builder.Append('%');
                    builder.Append(hex[code >> 4]);
                    builder.Append(hex[code & 15]);
                }
            }
        }

        private static bool HasTokenParameter(string pathAndQuery, int query)
        {
            int start = query + 1;
            while (start < pathAndQuery.Length)
            {
                int end = pathAndQuery.IndexOf('&', start);
                if (end < 0)
                {
                    end = pathAndQuery.Length;
                }

                if (end - start >= 6 && pathAndQuery.Substring(start, 6).ToLower() == "token=")
                {
                    return true;
                }

                start = end + 1;
            }

            return false;
        }

        private static int ParsePort(string text)
        {
            if (text.Length == 0 || text.Length > 5)
            {
                return -1;
            }

            int port = 0;
            for (int index = 0; index < text.Length; index++)
            {
                char character = text[index];
                if (character < '0' || character > '9')
                {
                    return -1;
                }

                port = port * 10 + (character - '0');
            }

            return port >= 1 && port <= 65535 ? port : -1;
        }

        private static bool IsHostName(string host)
        {
            if (host.Length == 0 || host.Length > MaxHostLength || host[0] == '.' || host[0] == '-')
            {
                return false;
            }

            for (int index = 0; index < host.Length; index++)
            {
                char character = host[index];
                bool allowed = (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9')
                    || character == '-' || character == '.' || character == '_';
                if (!allowed)
                {
                    return false;
                }
            }

            return host.IndexOf("..") < 0;
        }

        private static bool IsIpv6Text(string host)
        {
            if (host.IndexOf(':') < 0)
            {
                return false;
            }

            for (int index = 0; index < host.Length; index++)
            {
                char character = host[index];
                bool allowed = (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F') || (character >= '0' && character <= '9')
                    || character == ':' || character == '.';
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
