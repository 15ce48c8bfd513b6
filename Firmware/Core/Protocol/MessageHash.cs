namespace DeskStats.Protocol
{
    /// <summary>
    /// FNV-1a, 32 bit, over a byte range: the cheap fingerprint that lets an identical relay message (or an
    /// identical section of one) skip decoding. Callers pair it with the length, which makes an accidental match
    /// of two different messages even less likely (about 1 in 4 billion per pair of same-length messages).
    /// </summary>
    public static class MessageHash
    {
        /// <summary>The FNV-1a 32-bit offset basis: the hash of no bytes.</summary>
        public const uint OffsetBasis = 2166136261;

        /// <summary>The FNV-1a 32-bit prime.</summary>
        public const uint Prime = 16777619;

        /// <summary>Hashes <paramref name="length"/> bytes of <paramref name="data"/> from <paramref name="offset"/>; allocates nothing.</summary>
        public static uint Compute(byte[] data, int offset, int length)
        {
            uint hash = OffsetBasis;
            int end = offset + length;
            for (int index = offset; index < end; index++)
            {
                hash = unchecked((hash ^ data[index]) * Prime);
            }

            return hash;
        }
    }
}
