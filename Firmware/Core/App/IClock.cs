using System;

namespace DeskStats.App
{
    /// <summary>The main loop's time: a monotonic clock for timers and the wall clock for what the screen shows.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds of a monotonic clock (never goes back; any origin).</summary>
        long NowMilliseconds { get; }

        /// <summary>The current UTC time (meaningful once the clock was set).</summary>
        DateTime UtcNow { get; }
    }
}
