namespace DeskStats.Tools.Provision
{
    /// <summary>Shows a secret (Wi-Fi password, token) on screen without giving it away.</summary>
    internal static class SecretMask
    {
        /// <summary>
        /// "(none)" for an empty secret; otherwise stars and the length, and for secrets of 12 characters or more
        /// the first two characters so the user can tell two tokens apart, e.g. "ab****** (24 characters)".
        /// </summary>
        public static string Mask(string secret)
        {
            if (string.IsNullOrEmpty(secret))
            {
                return "(none)";
            }

            string visible = secret.Length >= 12 ? secret.Substring(0, 2) : string.Empty;
            return visible + "********" + " (" + secret.Length + " characters)";
        }
    }
}
