namespace DeskStats.Stage
{
    /// <summary>32-bit FNV-1a, written out so nanoCLR and .NET hash the same bytes to the same value.</summary>
    public sealed class Fnv1a
    {
        private const uint OffsetBasis = 2166136261;
        private const uint Prime = 16777619;

        /// <summary>The hash of everything added so far.</summary>
        public uint Value { get; private set; } = OffsetBasis;

        /// <summary>Bytes added so far.</summary>
        public long Count { get; private set; }

        /// <summary>Adds one byte.</summary>
        public void Add(byte value)
        {
            Value = unchecked((Value ^ value) * Prime);
            Count++;
        }

        /// <summary>Adds <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public void Add(byte[] data, int offset, int count)
        {
            uint hash = Value;
            for (int index = offset; index < offset + count; index++)
            {
                hash = unchecked((hash ^ data[index]) * Prime);
            }

            Value = hash;
            Count += count;
        }

        /// <summary>Eight upper-case hexadecimal digits.</summary>
        public string Hex() => Value.ToString("X8");
    }
}
