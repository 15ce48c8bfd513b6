using System;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>
    /// Bytes an action allocates on the current thread. The runtime (tiered JIT, on-stack replacement) sometimes
    /// allocates on the thread during a measured call; taking the least of several runs removes that noise.
    /// </summary>
    internal static class AllocationMeter
    {
        public static long LeastOf(int runs, Action action)
        {
            long least = long.MaxValue;
            for (int run = 0; run < runs; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                action();
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            return least;
        }
    }
}
