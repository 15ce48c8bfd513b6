namespace DeskStats.Display.Commands
{
    /// <summary>
    /// CASET (2Ah) and RASET/PASET (2Bh) parameters: a start and an end address, each high byte first,
    /// both inclusive (ILI9341 8.2.20/8.2.21, ST7789V 9.1.20/9.1.21).
    /// </summary>
    public static class AddressWindow
    {
        /// <summary>Bytes of one CASET or RASET parameter list.</summary>
        public const int ParameterLength = 4;

        /// <summary>
        /// Writes <paramref name="start"/> and <paramref name="end"/> (0 to 65535, end &gt;= start, both inclusive,
        /// in controller memory coordinates, offsets already added) into <paramref name="buffer"/> at <paramref name="offset"/>.
        /// </summary>
        public static void Encode(int start, int end, byte[] buffer, int offset)
        {
            buffer[offset] = (byte)(start >> 8);
            buffer[offset + 1] = (byte)start;
            buffer[offset + 2] = (byte)(end >> 8);
            buffer[offset + 3] = (byte)end;
        }

        /// <summary>Reads back a start address written by <see cref="Encode"/>.</summary>
        public static int DecodeStart(byte[] buffer, int offset) => (buffer[offset] << 8) | buffer[offset + 1];

        /// <summary>Reads back an end address written by <see cref="Encode"/>.</summary>
        public static int DecodeEnd(byte[] buffer, int offset) => (buffer[offset + 2] << 8) | buffer[offset + 3];
    }
}
