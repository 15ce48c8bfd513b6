using DeskStats.App;
using nanoFramework.Runtime.Native;

namespace DeskStats.Device
{
    /// <summary>Reboot on the device.</summary>
    public sealed class DevicePower : IPowerControl
    {
        /// <inheritdoc/>
        public void Reboot()
        {
            DeviceDebug.Line("rebooting");
            Power.RebootDevice();
        }
    }
}
