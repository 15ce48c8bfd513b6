using DeskStats.Display;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Settings;

namespace DeskStats.App
{
    /// <summary>
    /// What the main loop is built from: the core's state and the platform's adapters. The device, the simulator and
    /// the nanoCLR soak fill it with their own adapters; the loop is the same.
    /// </summary>
    public sealed class MainLoopParts
    {
        /// <summary>The settings (brightness, night dimming, UTC offset, insecure link). Required.</summary>
        public RelaySettings Settings { get; set; }

        /// <summary>The model the relay messages write and the screen shows. Required.</summary>
        public DashboardModel Model { get; set; }

        /// <summary>The link side of the screen, written by the supervisor. Required.</summary>
        public ScreenStatus Status { get; set; }

        /// <summary>Where the adapters report. Required.</summary>
        public LinkInbox Inbox { get; set; }

        /// <summary>The relay link; null when the settings are unusable (nothing is opened then).</summary>
        public IRelayLink Link { get; set; }

        /// <summary>Wi-Fi and the wall clock. Required.</summary>
        public INetwork Network { get; set; }

        /// <summary>The loop's time. Required.</summary>
        public IClock Clock { get; set; }

        /// <summary>Memory and signal measurements; null when there is nothing to measure.</summary>
        public IHealthProbe Health { get; set; }

        /// <summary>The screen; null when the display failed to start (the link keeps running).</summary>
        public IDashboardScreen Screen { get; set; }

        /// <summary>The pages, turned by a button (or a key) and by time; null for the dashboard only.</summary>
        public PageTurner Pages { get; set; }

        /// <summary>Reboot. Required.</summary>
        public IPowerControl Power { get; set; }

        /// <summary>Debug output; null for none.</summary>
        public IDebugLog Log { get; set; }

        /// <summary>The supervisor's timings; null for the device defaults.</summary>
        public LinkTimings Timings { get; set; }

        /// <summary>Longest wait of <see cref="MainLoop.Run"/> for a report between passes, in ms (1 to 1000); 0 for <see cref="MainLoop.LoopMilliseconds"/>.</summary>
        public int PassMilliseconds { get; set; }

        /// <summary>Seed of the retry jitter (any value; tests fix it).</summary>
        public int RandomSeed { get; set; }
    }
}
