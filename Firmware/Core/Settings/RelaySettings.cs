namespace DeskStats.Settings
{
    /// <summary>
    /// The relay settings file (<c>I:\deskstats.json</c> on the device), as read by <see cref="RelaySettingsParser"/>,
    /// with the relay URL already split into its parts. Reusable: <see cref="Reset"/> restores the defaults.
    /// </summary>
    public sealed class RelaySettings
    {
        /// <summary>The settings format this firmware writes and reads natively.</summary>
        public const int CurrentVersion = 1;

        /// <summary>Board profile used when the file names none.</summary>
        public const string DefaultBoard = DeskStats.Display.BoardProfiles.DefaultId;

        /// <summary>Creates settings holding the defaults.</summary>
        public RelaySettings()
        {
            Reset();
        }

        /// <summary><c>version</c>: format version of the file as read, 1 to <see cref="CurrentVersion"/>.</summary>
        public int Version { get; set; }

        /// <summary><c>relayUrl</c> as written, e.g. "wss://stats.example.com:8080/".</summary>
        public string RelayUrl { get; set; }

        /// <summary><c>token</c>: the device token (a secret: print only with Secrets.Mask).</summary>
        public string Token { get; set; }

        /// <summary><c>caCertificateFile</c>: path of a PEM CA certificate on the device, or empty for the device CA store.</summary>
        public string CaCertificateFile { get; set; }

        /// <summary><c>board</c>: board profile id, e.g. "cyd".</summary>
        public string Board { get; set; }

        /// <summary><c>brightness</c>: backlight in percent, 1 to 100.</summary>
        public int Brightness { get; set; }

        /// <summary>True when <c>nightDimming</c> is set.</summary>
        public bool HasNightDimming { get; set; }

        /// <summary><c>nightDimming.from</c> in minutes after local midnight, 0 to 1439.</summary>
        public int NightDimmingFromMinutes { get; set; }

        /// <summary><c>nightDimming.to</c> in minutes after local midnight, 0 to 1439 (may be before "from": spans midnight).</summary>
        public int NightDimmingToMinutes { get; set; }

        /// <summary><c>nightDimming.brightness</c>: backlight in percent during the night, 0 to 100.</summary>
        public int NightDimmingBrightness { get; set; }

        /// <summary><c>utcOffsetMinutes</c>: local time minus UTC, -720 to 840.</summary>
        public int UtcOffsetMinutes { get; set; }

        /// <summary><c>pageSeconds</c>: seconds between automatic page turns, 0 (turn only with the button) to 3600.</summary>
        public int PageSeconds { get; set; }

        /// <summary>
        /// <c>touch</c>: true turns the pages with a tap anywhere on the touch panel (default false). Only boards with a
        /// touch panel take it (<see cref="DeskStats.Display.BoardProfile.Touch"/>); the parser reports it for the others.
        /// </summary>
        public bool Touch { get; set; }

        /// <summary><c>allowInsecure</c>: true allows a plain ws:// relay URL (shown on screen).</summary>
        public bool AllowInsecure { get; set; }

        /// <summary>From <see cref="RelayUrl"/>: true for wss://.</summary>
        public bool Secure { get; set; }

        /// <summary>From <see cref="RelayUrl"/>: the host name or address (IPv6 without brackets).</summary>
        public string Host { get; set; }

        /// <summary>From <see cref="RelayUrl"/>: the port, 1 to 65535 (443 or 80 when the URL has none).</summary>
        public int Port { get; set; }

        /// <summary>From <see cref="RelayUrl"/>: path and query, starting with "/" (at least "/").</summary>
        public string PathAndQuery { get; set; }

        /// <summary>True when the link is plain ws:// (allowed by <see cref="AllowInsecure"/>): the screen says so.</summary>
        public bool InsecureLink => !Secure;

        /// <summary>Restores every setting to its default (URL and token empty).</summary>
        public void Reset()
        {
            Version = 0;
            RelayUrl = string.Empty;
            Token = string.Empty;
            CaCertificateFile = string.Empty;
            Board = DefaultBoard;
            Brightness = 100;
            HasNightDimming = false;
            NightDimmingFromMinutes = 0;
            NightDimmingToMinutes = 0;
            NightDimmingBrightness = 0;
            UtcOffsetMinutes = 0;
            PageSeconds = 0;
            Touch = false;
            AllowInsecure = false;
            Secure = true;
            Host = string.Empty;
            Port = 443;
            PathAndQuery = "/";
        }

        /// <summary>The URL to open: the relay URL with <c>token=</c> (URL-escaped) added to its query.</summary>
        public string BuildConnectUrl()
        {
            return RelayUrlParts.BuildConnectUrl(Secure, Host, Port, PathAndQuery, Token);
        }

        /// <summary>
        /// The backlight percentage for a local time of day: <see cref="NightDimmingBrightness"/> inside the
        /// night window, else <see cref="Brightness"/>.
        /// </summary>
        /// <param name="minutesAfterMidnight">Local time of day in minutes, 0 to 1439.</param>
        public int BrightnessAt(int minutesAfterMidnight)
        {
            if (!HasNightDimming || NightDimmingFromMinutes == NightDimmingToMinutes)
            {
                return Brightness;
            }

            bool night = NightDimmingFromMinutes < NightDimmingToMinutes
                ? minutesAfterMidnight >= NightDimmingFromMinutes && minutesAfterMidnight < NightDimmingToMinutes
                : minutesAfterMidnight >= NightDimmingFromMinutes || minutesAfterMidnight < NightDimmingToMinutes;
            return night ? NightDimmingBrightness : Brightness;
        }
    }
}
