using System;
using System.Security.Cryptography.X509Certificates;
using DeskStats.App;
using DeskStats.Device;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Settings;

namespace DeskStats
{
    /// <summary>The device application's entry point (nanoFramework).</summary>
    public static class Program
    {
        /// <summary>
        /// Starts the firmware: reads the settings, wires the device adapters (Wi-Fi, SNTP, the WebSocket link, the
        /// display) to the portable main loop, then runs it for ever.
        /// </summary>
        public static void Main()
        {
            DeviceDebug.Line("DeskStats starting");
            var settings = new RelaySettings();
            SettingsProblem problem = DeviceSettingsFile.Read(settings);
            var inbox = new LinkInbox();
            var wifi = new DeviceWifi(inbox);
            X509Certificate caCertificate = null;
            if (problem.IsNone)
            {
                caCertificate = DeviceSettingsFile.ReadCaCertificate(settings, out problem);
            }

            if (problem.IsNone && !wifi.LoadCredentials())
            {
                problem = new SettingsProblem(SettingsProblemKind.Missing, "wifi");
            }

            DeviceRelayLink relay = null;
            if (problem.IsNone)
            {
                string connectUrl = settings.BuildConnectUrl();
                relay = new DeviceRelayLink(inbox, connectUrl, settings.Host, settings.Port, settings.Secure, caCertificate);
                DeviceDebug.Line("settings: relay " + Secrets.MaskUrl(connectUrl) + ", board " + settings.Board
                    + (settings.CaCertificateFile.Length > 0 ? ", CA " + settings.CaCertificateFile : ", CA store"));
            }
            else
            {
                DeviceDebug.Line("settings: setup needed, " + problem.Setting + " " + problem.Describe());
            }

            var parts = new MainLoopParts();
            parts.Settings = settings;
            parts.Model = new DashboardModel();
            parts.Status = new ScreenStatus();
            parts.Inbox = inbox;
            parts.Link = relay;
            parts.Network = new DeviceNetwork(wifi, new DeviceClockSync(inbox));
            parts.Clock = new DeviceClock();
            parts.Health = new DeviceHealth(wifi);
            DashboardRenderer renderer = StartDisplay(settings);
            parts.Screen = renderer;
            parts.Pages = StartPages(renderer, settings, inbox);
            parts.Power = new DevicePower();
            parts.Log = new DeviceDebug();
            parts.RandomSeed = (int)Environment.TickCount64;
            var loop = new MainLoop(parts);
            wifi.StartWatching();
            loop.Start(problem.Setting, problem.Describe());
            loop.Run();
        }

        // Held for the app's lifetime: a collected GpioPin would be finalized and its events would stop.
        private static DeviceButton _pageButton;
        private static DeviceTouchPanel _touchPanel;

        // The pages (dashboard, visitors, map) turned by the BOOT button, a tap on the touch panel (touch setting) and,
        // with pageSeconds, by themselves. Without a display, or when the button's pin cannot be opened, the dashboard
        // simply stays.
        private static PageTurner StartPages(DashboardRenderer renderer, RelaySettings settings, LinkInbox wake)
        {
            if (renderer == null)
            {
                return null;
            }

            var pages = new PageTurner(renderer.PageCount, settings.PageSeconds);
            try
            {
                _pageButton = new DeviceButton(pages, wake);
            }
            catch (Exception exception)
            {
                DeviceDebug.Line("button: not available, " + exception.GetType().Name);
            }

            _touchPanel = DeviceTouchPanel.Start(settings, pages, wake);
            return pages;
        }

        // The display on the board the settings name (the default board when the settings are unusable, so the
        // setup-needed screen still shows). A display that fails to start leaves the link running, with the
        // serial debug output as the only window.
        private static DashboardRenderer StartDisplay(RelaySettings settings)
        {
            BoardProfile profile = BoardProfiles.Find(settings.Board);
            if (profile == null)
            {
                profile = BoardProfiles.Find(BoardProfiles.DefaultId);
            }

            try
            {
                var fonts = new DisplayFonts(
                    ResourceFontData.Load(Resources.BinaryResources.TextSmall),
                    ResourceFontData.Load(Resources.BinaryResources.TextMedium),
                    ResourceFontData.Load(Resources.BinaryResources.DigitsMedium),
                    ResourceFontData.Load(Resources.BinaryResources.DigitsLarge));
                var renderer = new DashboardRenderer(profile, new SpiDisplayBus(profile), fonts);
                // All three pages: the dashboard, the visitors and the map (docs/soak.md: the whole app on nanoCLR with them).
                renderer.UseVisitors();
                renderer.UseMap(ResourceFontData.LoadMap(DashboardRenderer.MapWidthFor(profile.Width, profile.Height)));
                renderer.Initialize();
                renderer.SetBrightness(settings.Brightness);
                DeviceDebug.Line("display: " + profile.Id + " " + profile.Width.ToString() + "x" + profile.Height.ToString());
                return renderer;
            }
            catch (Exception exception)
            {
                DeviceDebug.Line("display: failed to start, " + exception.GetType().Name);
                return null;
            }
        }
    }
}
