using System;
using System.Threading;
using DeskStats.App;
using nanoFramework.Networking;

namespace DeskStats.Device
{
    /// <summary>
    /// Sets the clock with SNTP before the first TLS handshake (certificate dates need it). Reports OnClockSet
    /// once the clock reads a plausible date; the supervisor's timeout retries when it does not.
    /// </summary>
    public sealed class DeviceClockSync
    {
        /// <summary>Before this year the clock is taken as not set (the ESP32 starts at 1970 or at the build date).</summary>
        public const int MinimumPlausibleYear = 2025;

        /// <summary>Longest wait for one SNTP answer, in ms.</summary>
        public const int WaitMilliseconds = 30000;

        private readonly LinkInbox _inbox;
        private Thread _thread;

        /// <summary>Creates the adapter reporting into <paramref name="inbox"/>.</summary>
        public DeviceClockSync(LinkInbox inbox)
        {
            _inbox = inbox;
        }

        /// <summary>Starts SNTP (or asks it for an update) and waits on its own thread for a plausible time.</summary>
        public void Sync()
        {
            if (_thread != null && _thread.IsAlive)
            {
                return;
            }

            _thread = new Thread(SyncWorker);
            _thread.Start();
        }

        private void SyncWorker()
        {
            try
            {
                if (Sntp.IsStarted)
                {
                    Sntp.UpdateNow();
                }
                else
                {
                    Sntp.Start();
                }
            }
            catch (Exception exception)
            {
                DeviceDebug.Line("clock: SNTP threw " + exception.GetType().Name);
                return;
            }

            for (int waited = 0; waited < WaitMilliseconds; waited += 250)
            {
                if (DateTime.UtcNow.Year >= MinimumPlausibleYear)
                {
                    DeviceDebug.Line("clock: set, UTC " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss"));
                    _inbox.ClockSet();
                    return;
                }

                Thread.Sleep(250);
            }

            DeviceDebug.Line("clock: no SNTP answer yet");
        }
    }
}
