using System;

namespace DeskStats.Display.Fonts
{
    /// <summary>Font data held in a byte array (host, tests; or a device that chooses to keep a font in RAM).</summary>
    public sealed class ByteArrayFontData : IFontData
    {
        private readonly byte[] _bytes;

        /// <summary>Wraps <paramref name="bytes"/> (not copied).</summary>
        public ByteArrayFontData(byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException("bytes");
            }

            _bytes = bytes;
        }

        /// <inheritdoc />
        public int Length
        {
            get { return _bytes.Length; }
        }

        /// <inheritdoc />
        public void Read(int offset, byte[] destination, int destinationOffset, int count)
        {
            if (offset < 0 || count < 0 || offset + count > _bytes.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            Array.Copy(_bytes, offset, destination, destinationOffset, count);
        }
    }
}
