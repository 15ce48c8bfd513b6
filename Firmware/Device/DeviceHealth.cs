using DeskStats.App;

namespace DeskStats.Device
{
    /// <summary>Measurements for the status line: free managed memory and the Wi-Fi signal.</summary>
    public sealed class DeviceHealth : IHealthProbe
    {
        private readonly DeviceWifi _wifi;

        /// <summary>Measures with <paramref name="wifi"/>'s signal reading (null: signal unknown).</summary>
        public DeviceHealth(DeviceWifi wifi)
        {
            _wifi = wifi;
        }

        /// <inheritdoc/>
        public int WifiSignalDbm => _wifi == null ? 0 : _wifi.SignalDbm;

        /// <summary>Free managed memory in bytes (runs a collection without compaction to measure it).</summary>
        public int FreeMemoryBytes()
        {
            uint free = nanoFramework.Runtime.Native.GC.Run(false);
            return free > int.MaxValue ? int.MaxValue : (int)free;
        }
    }
}
