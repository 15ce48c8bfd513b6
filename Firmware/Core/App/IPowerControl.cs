namespace DeskStats.App
{
    /// <summary>The last resort of the main loop when nothing else makes progress.</summary>
    public interface IPowerControl
    {
        /// <summary>
        /// Restarts the device; on the device this does not return. Where it returns (the host), the loop starts
        /// its cycle again in place (a fresh supervisor, the link closed).
        /// </summary>
        void Reboot();
    }
}
