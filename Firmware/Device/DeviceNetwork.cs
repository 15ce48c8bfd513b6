using DeskStats.App;

namespace DeskStats.Device
{
    /// <summary>The main loop's Wi-Fi and wall clock on the device: WifiNetworkHelper and SNTP, each on a thread of its own.</summary>
    public sealed class DeviceNetwork : INetwork
    {
        private readonly DeviceWifi _wifi;
        private readonly DeviceClockSync _clock;

        /// <summary>Wraps the two adapters (both report into the loop's inbox).</summary>
        public DeviceNetwork(DeviceWifi wifi, DeviceClockSync clock)
        {
            _wifi = wifi;
            _clock = clock;
        }

        /// <inheritdoc/>
        public void JoinWifi()
        {
            _wifi.Join();
        }

        /// <inheritdoc/>
        public void SyncClock()
        {
            _clock.Sync();
        }
    }
}
