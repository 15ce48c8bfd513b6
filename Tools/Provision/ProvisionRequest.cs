namespace DeskStats.Tools.Provision
{
    /// <summary>Everything the user asked for on the command line, before it is checked.</summary>
    internal sealed class ProvisionRequest
    {
        /// <summary>Serial port of the device, e.g. /dev/ttyUSB0 or COM5.</summary>
        public string Port { get; set; }
        /// <summary>Wi-Fi network name.</summary>
        public string Ssid { get; set; }
        /// <summary>Wi-Fi password; empty for an open network; null when not given.</summary>
        public string Password { get; set; }
        /// <summary>File whose first line is the Wi-Fi password (instead of <see cref="Password"/>), or null.</summary>
        public string PasswordFile { get; set; }
        /// <summary>File whose first line is the token (instead of <see cref="Token"/>), or null.</summary>
        public string TokenFile { get; set; }
        /// <summary>Relay WebSocket URL, e.g. wss://stats.example.com:8080/.</summary>
        public string RelayUrl { get; set; }
        /// <summary>Device token the relay expects.</summary>
        public string Token { get; set; }
        /// <summary>Path of a PEM file with the CA that signed the relay's certificate, or null.</summary>
        public string CaFile { get; set; }
        /// <summary>True to add the Let's Encrypt roots (ISRG Root X1 and X2) to the device's CA store.</summary>
        public bool LetsEncrypt { get; set; }
        /// <summary>Board profile id; "cyd" unless given.</summary>
        public string Board { get; set; } = DeskStats.Display.BoardProfiles.DefaultId;
        /// <summary>Backlight brightness in percent, 1 to 100.</summary>
        public int Brightness { get; set; } = 100;
        /// <summary>Local time offset from UTC in minutes, -720 to 840.</summary>
        public int UtcOffsetMinutes { get; set; }

        /// <summary>Seconds between automatic page turns, 0 (only with the button) to 3600.</summary>
        public int PageSeconds { get; set; }
        /// <summary>True to turn the pages with a tap on the touch panel (boards with one only: the CYDs).</summary>
        public bool Touch { get; set; }
        /// <summary>Folder the files are written to.</summary>
        public string OutputDirectory { get; set; } = "deskstats-provision";
        /// <summary>True to write the files only, without running nanoff.</summary>
        public bool DryRun { get; set; }
        /// <summary>True to accept a plain ws:// relay URL (test relays on the local network).</summary>
        public bool AllowInsecure { get; set; }
        /// <summary>True when --help was given.</summary>
        public bool ShowHelp { get; set; }
    }
}
