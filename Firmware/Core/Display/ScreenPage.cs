namespace DeskStats.Display
{
    /// <summary>The pages the gadget turns through while it has data (the BOOT button, or by itself with pageSeconds).</summary>
    public enum ScreenPage
    {
        /// <summary>Today's count, the latest visitor and the three days: the first page.</summary>
        Dashboard = 0,

        /// <summary>The world map with the five latest visits (Firmware/Core/Display/Maps).</summary>
        Map = 1
    }
}
