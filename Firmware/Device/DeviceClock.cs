using System;
using DeskStats.App;

namespace DeskStats.Device
{
    /// <summary>The main loop's time on the device: the tick count since boot and the RTC (set by SNTP).</summary>
    public sealed class DeviceClock : IClock
    {
        /// <inheritdoc/>
        public long NowMilliseconds => Environment.TickCount64;

        /// <inheritdoc/>
        public DateTime UtcNow => DateTime.UtcNow;
    }
}
