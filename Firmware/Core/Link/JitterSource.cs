namespace DeskStats.Link
{
    /// <summary>
    /// The random numbers behind the back-off jitter: a 32-bit xorshift generator written out in the core, because
    /// System.Random is native on nanoFramework with another algorithm than .NET's, so the same seed gave the device
    /// other retry times than the tests (found by the interpreter stage, docs/nanoclr-stage.md). Not for anything secret.
    /// </summary>
    public sealed class JitterSource
    {
        private uint _state;

        /// <summary>Starts from <paramref name="seed"/> (any value; 0 is replaced, as xorshift would stay at 0).</summary>
        public JitterSource(int seed)
        {
            _state = seed == 0 ? 0x9E3779B9u : unchecked((uint)seed);
        }

        /// <summary>A number from 0 to <paramref name="maxExclusive"/> - 1 (1 or more; 0 or less gives 0).</summary>
        public int Next(int maxExclusive)
        {
            uint value = _state;
            value ^= value << 13;
            value ^= value >> 17;
            value ^= value << 5;
            _state = value;
            return maxExclusive <= 1 ? 0 : (int)(value % (uint)maxExclusive);
        }
    }
}
