namespace DeskStats.App
{
    /// <summary>Measurements for the status line, taken by the main loop every <see cref="MainLoop.HealthIntervalMilliseconds"/>.</summary>
    public interface IHealthProbe
    {
        /// <summary>Free managed memory in bytes (may run a collection to measure it), or -1 when unknown.</summary>
        int FreeMemoryBytes();

        /// <summary>Wi-Fi signal of the joined network in dBm (about -100 to 0), or 0 when unknown.</summary>
        int WifiSignalDbm { get; }
    }
}
