namespace DeskStats.Device
{
    /// <summary>Measurements for the status screen and the debug output.</summary>
    public static class DeviceHealth
    {
        /// <summary>Free managed memory in bytes (runs a collection without compaction to measure it).</summary>
        public static int FreeMemoryBytes()
        {
            uint free = nanoFramework.Runtime.Native.GC.Run(false);
            return free > int.MaxValue ? int.MaxValue : (int)free;
        }
    }
}
