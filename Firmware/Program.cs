using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using DeskStats.Device;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Settings;

namespace DeskStats
{
    /// <summary>The device application's entry point (nanoFramework).</summary>
    public static class Program
    {
        /// <summary>How long the main loop waits for a message before running the timers, in ms.</summary>
        private const int LoopMilliseconds = 100;

        /// <summary>How often memory and signal are measured and the status line printed, in ms.</summary>
        private const int HealthIntervalMilliseconds = 30000;

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
                relay = new DeviceRelayLink(supervisor, settings.BuildConnectUrl(), settings.Host, settings.Port, settings.Secure, caCertificate, messageArrived);
                DeviceDebug.Line("settings: relay " + Secrets.MaskUrl(settings.BuildConnectUrl()) + ", board " + settings.Board
                    + (settings.CaCertificateFile.Length > 0 ? ", CA " + settings.CaCertificateFile : ", CA store"));
            }
            else
            {
                DeviceDebug.Line("settings: setup needed, " + problem.Setting + " " + problem.Describe());
            }

            commands.Attach(wifi, clock, relay);
            wifi.StartWatching();
            supervisor.Start(Environment.TickCount64, problem.Setting, problem.Describe(), settings.UtcOffsetMinutes, settings.InsecureLink);
            RunLoop(supervisor, processor, relay, wifi, status, messageArrived);
        }

        private static void RunLoop(ConnectionSupervisor supervisor, RelayMessageProcessor processor, DeviceRelayLink relay, DeviceWifi wifi, ScreenStatus status, AutoResetEvent messageArrived)
        {
            long nextHealth = 0;
            while (true)
            {
                messageArrived.WaitOne(LoopMilliseconds, false);
                long now = Environment.TickCount64;
                int length = 0;
                byte[] message = relay == null ? null : relay.TakeMessage(out length);
                if (message != null)
                {
                    HandleMessage(supervisor, processor, message, length, now);
                }

                supervisor.Step(now, DateTime.UtcNow);
                if (now >= nextHealth)
                {
                    nextHealth = now + HealthIntervalMilliseconds;
                    supervisor.ReportHealth(DeviceHealth.FreeMemoryBytes(), wifi.SignalDbm);
                    DeviceDebug.Line("status: " + StatusLine.Format(status));
                }
            }
        }

        private static ChangedFields HandleMessage(ConnectionSupervisor supervisor, RelayMessageProcessor processor, byte[] message, int length, long now)
        {
            MessageOutcome outcome = processor.Process(message, length);
            if (outcome == MessageOutcome.Applied)
            {
                supervisor.OnMessageApplied(now);
                return processor.LastChanges;
            }

            if (outcome == MessageOutcome.Unchanged)
            {
                supervisor.OnMessageUnchanged(now);
            }
            else
            {
                DeviceDebug.Line("relay: message rejected, reason " + ((int)processor.LastRejectReason).ToString());
                supervisor.OnMessageRejected(now);
            }

            return ChangedFields.None;
        }
    }
}
