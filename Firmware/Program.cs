using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using DeskStats.Device;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Settings;

namespace DeskStats
{
    /// <summary>The device application's entry point (nanoFramework).</summary>
    public static class Program
    {
        /// <summary>
        /// Starts the firmware: reads the settings, wires the device adapters to the connection supervisor and
        /// the relay message pipeline, then runs the main loop (messages, timers, health) for ever.
        /// </summary>
        public static void Main()
        {
            DeviceDebug.Line("DeskStats starting");
            var status = new ScreenStatus();
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            var settings = new RelaySettings();
            SettingsProblem problem = DeviceSettingsFile.Read(settings);

            var commands = new DeviceLinkCommands();
            var supervisor = new ConnectionSupervisor(commands, new LinkTimings(), status, (int)Environment.TickCount64);
            var wifi = new DeviceWifi(supervisor);
            var clock = new DeviceClockSync(supervisor);
            X509Certificate caCertificate = null;
            if (problem.IsNone)
            {
                caCertificate = DeviceSettingsFile.ReadCaCertificate(settings, out problem);
            }

            if (problem.IsNone && !wifi.LoadCredentials())
            {
                problem = new SettingsProblem(SettingsProblemKind.Missing, "wifi");
            }

            var messageArrived = new AutoResetEvent(false);
            DeviceRelayLink relay = null;
            if (problem.IsNone)
            {
                string connectUrl = settings.BuildConnectUrl();
                relay = new DeviceRelayLink(supervisor, connectUrl, settings.Host, settings.Port, settings.Secure, caCertificate, messageArrived);
                DeviceDebug.Line("settings: relay " + Secrets.MaskUrl(connectUrl) + ", board " + settings.Board
                    + (settings.CaCertificateFile.Length > 0 ? ", CA " + settings.CaCertificateFile : ", CA store"));
            }
            else
            {
                DeviceDebug.Line("settings: setup needed, " + problem.Setting + " " + problem.Describe());
            }

            commands.Attach(wifi, clock, relay);
            DashboardRenderer renderer = StartDisplay(settings);
            wifi.StartWatching();
            supervisor.Start(Environment.TickCount64, problem.Setting, problem.Describe(), settings.UtcOffsetMinutes, settings.InsecureLink);
            var loop = new DeviceMainLoop(supervisor, processor, relay, wifi, status, model, renderer, settings, messageArrived, commands);
            loop.Pages = StartPages(renderer, settings, messageArrived);
            loop.Run();
        }

        // Held for the app's lifetime: a collected GpioPin would be finalized and its events would stop.
        private static DeviceButton _pageButton;
        private static DeviceTouchPanel _touchPanel;

        // The pages (dashboard, map) turned by the BOOT button, a tap on the touch panel (touch setting) and, with
        // pageSeconds, by themselves. Without a display, or when the button's pin cannot be opened, the dashboard
        // simply stays.
        private static PageTurner StartPages(DashboardRenderer renderer, RelaySettings settings, AutoResetEvent wake)
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
