using System.Threading;

namespace DeskStats
{
    /// <summary>The device application's entry point (nanoFramework).</summary>
    public static class Program
    {
        /// <summary>Starts the firmware. Wiring of the device adapters to the portable core lives here.</summary>
        public static void Main()
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
