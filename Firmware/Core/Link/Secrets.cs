namespace DeskStats.Link
{
    /// <summary>Keeps tokens and passwords out of the serial debug output.</summary>
    public static class Secrets
    {
        /// <summary>Shortest secret of which the first and last two characters are shown; shorter ones show nothing.</summary>
        public const int MinimumLengthToHint = 10;

        /// <summary>
        /// A secret as it may be printed: "ab…yz" (first two and last two characters) for 10 or more characters,
        /// "…" for shorter ones, "(none)" for null or empty. Never the whole secret.
        /// </summary>
        public static string Mask(string secret)
        {
            if (secret == null || secret.Length == 0)
            {
                return "(none)";
            }

            if (secret.Length < MinimumLengthToHint)
            {
                return "\u2026";
            }

            return secret.Substring(0, 2) + "\u2026" + secret.Substring(secret.Length - 2);
        }

        /// <summary>
        /// A URL as it may be printed: the value of its <c>token</c> query parameter masked with <see cref="Mask"/>.
        /// A URL without a token comes back unchanged.
        /// </summary>
        public static string MaskUrl(string url)
        {
            if (url == null)
            {
                return string.Empty;
            }

            int query = url.IndexOf('?');
            if (query < 0)
            {
                return url;
            }

            int start = url.IndexOf("token=", query);
            while (start > 0 && url[start - 1] != '?' && url[start - 1] != '&')
            {
                start = url.IndexOf("token=", start + 1);
            }

            if (start < 0)
            {
                return url;
            }

            int valueStart = start + 6;
            int valueEnd = url.IndexOf('&', valueStart);
            if (valueEnd < 0)
            {
                valueEnd = url.Length;
            }

            return url.Substring(0, valueStart) + Mask(url.Substring(valueStart, valueEnd - valueStart)) + url.Substring(valueEnd);
        }
    }
}
