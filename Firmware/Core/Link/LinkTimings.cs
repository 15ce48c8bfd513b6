namespace DeskStats.Link
{
    /// <summary>
    /// The timings of the connection supervisor, in milliseconds. The defaults are the device's; tests shorten
    /// them. A value of 0 turns off the timer where noted.
    /// </summary>
    public sealed class LinkTimings
    {
        /// <summary>First retry delay after a failure (before jitter), 100 ms or more. Default 1 s.</summary>
        public int InitialBackoffMilliseconds { get; set; } = 1000;

        /// <summary>Cap of the doubling retry delay. Default 5 minutes.</summary>
        public int MaxBackoffMilliseconds { get; set; } = 300000;

        /// <summary>Random spread of each retry delay, 0 to 50 percent either way. Default 20.</summary>
        public int JitterPercent { get; set; } = 20;

        /// <summary>Online this long and the retry delay starts again from the first step. Default 60 s.</summary>
        public int HealthyResetMilliseconds { get; set; } = 60000;

        /// <summary>Retry delay after the relay refused the token. Default 10 minutes.</summary>
        public int RejectedBackoffMilliseconds { get; set; } = 600000;

        /// <summary>A close without any message this soon after the upgrade counts towards "rejected" where close codes are hidden. Default 5 s.</summary>
        public int RejectCloseWindowMilliseconds { get; set; } = 5000;

        /// <summary>How many such quick closes in a row mean "rejected", 1 or more. Default 3.</summary>
        public int RejectCloseCount { get; set; } = 3;

        /// <summary>Longest wait for the Wi-Fi join to report. Default 60 s.</summary>
        public int WifiJoinTimeoutMilliseconds { get; set; } = 60000;

        /// <summary>Longest wait for the clock to be set. Default 60 s.</summary>
        public int ClockTimeoutMilliseconds { get; set; } = 60000;

        /// <summary>Longest wait for an open attempt to report (the link's own timeouts are shorter). Default 45 s.</summary>
        public int ConnectTimeoutMilliseconds { get; set; } = 45000;

        /// <summary>Online with no sign of life this long: check the link (ping). 0 = never. Default 60 s.</summary>
        public int PingIntervalMilliseconds { get; set; } = 60000;

        /// <summary>A check not answered this long tears the link down. Default 20 s.</summary>
        public int PongTimeoutMilliseconds { get; set; } = 20000;

        /// <summary>No report at all from the platform this long (while not online): reboot. 0 = never. Default 30 minutes.</summary>
        public int RebootAfterNoProgressMilliseconds { get; set; } = 1800000;
    }
}
