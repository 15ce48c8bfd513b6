namespace DeskStats.Stage
{
    /// <summary>
    /// The peak of the live managed heap during a part: the free memory at the stage's start (after loading, before any
    /// part) less the least free memory seen after a full collection at the part's sample points. Live data, not
    /// garbage: what the part needs on top of the loaded assemblies' static state.
    /// </summary>
    public sealed class StageHeapMeter
    {
        private readonly IHeapProbe _probe;
        private readonly int _freeAtStart;
        private int _leastFree = int.MaxValue;

        /// <summary>Samples <paramref name="probe"/>, taking the first sample now as the baseline.</summary>
        public StageHeapMeter(IHeapProbe probe)
        {
            _probe = probe;
            _freeAtStart = probe.FreeBytesAfterCollection();
        }

        /// <summary>Takes one sample (a full collection on nanoCLR).</summary>
        public void Sample()
        {
            int free = _probe.FreeBytesAfterCollection();
            if (free >= 0 && free < _leastFree)
            {
                _leastFree = free;
            }
        }

        /// <summary>Writes "heap PART peak=N free=N" (left out of the comparison) and starts the next part afresh.</summary>
        public void Report(string part, IStageLog log)
        {
            Sample();
            if (_leastFree != int.MaxValue)
            {
                log.Line("heap " + part + " peak=" + (_freeAtStart - _leastFree) + " least-free=" + _leastFree + " free-at-start=" + _freeAtStart);
            }

            _leastFree = int.MaxValue;
        }
    }
}
