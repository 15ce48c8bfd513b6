using DeskStats.Link;
using nanoFramework.Runtime.Native;

namespace DeskStats.Device
{
    /// <summary>The supervisor's commands on the device: Wi-Fi, SNTP, the WebSocket link and a reboot.</summary>
    public sealed class DeviceLinkCommands : ILinkCommands
    {
        private DeviceWifi _wifi;
        private DeviceClockSync _clock;
        private DeviceRelayLink _relay;

        /// <summary>Connects the adapters (they need the supervisor, which needs this object first).</summary>
        public void Attach(DeviceWifi wifi, DeviceClockSync clock, DeviceRelayLink relay)
        {
            _wifi = wifi;
            _clock = clock;
            _relay = relay;
        }

        /// <inheritdoc/>
        public void JoinWifi()
        {
            DeviceDebug.Line("link: joining Wi-Fi");
            _wifi.Join();
        }

        /// <inheritdoc/>
        public void SyncClock()
        {
            DeviceDebug.Line("link: setting the clock");
            _clock.Sync();
        }

        /// <inheritdoc/>
        public void OpenRelay()
        {
            DeviceDebug.Line("link: opening the relay link");
            _relay.Open();
        }

        /// <inheritdoc/>
        public void CloseRelay()
        {
            _relay.Close();
        }

        /// <inheritdoc/>
        public void SendPing()
        {
            _relay.CheckAlive();
        }

        /// <inheritdoc/>
        public void Reboot()
        {
            DeviceDebug.Line("link: no progress for a long time, rebooting");
            Power.RebootDevice();
        }
    }
}
