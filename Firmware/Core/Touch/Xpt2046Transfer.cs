namespace DeskStats.Touch
{
    /// <summary>
    /// A chain of XPT2046 conversions sent as one full-duplex SPI transfer. Each conversion takes 16 clocks (two bytes):
    /// its control byte, then a byte during which the next control byte already goes out while the result comes back
    /// (the "16 clocks per conversion" timing of the TI TSC2046 datasheet SBAS265 and the XPTEK XPT2046 datasheet; Table 4,
    /// bit S: a new control byte may start every 15th clock in 12-bit mode, so every 16th is within the rules).
    /// One more zero byte ends the chain, so n conversions take 2n + 1 bytes; a single conversion is the usual 3-byte
    /// transfer.
    /// <code>
    /// write  C0 00 C1 00 ... Cn-1 00 00
    /// read   ?? R0 R0 R1 R1 ...   Rn-1 Rn-1      result k in read bytes 2k+1 and 2k+2
    /// </code>
    /// Result layout in those two bytes (big-endian 16 bits): bit 15 is the busy clock (0), bits 14-3 the 12-bit result
    /// most significant bit first, bits 2-0 zero.
    /// </summary>
    public sealed class Xpt2046Transfer
    {
        /// <summary>Bytes each conversion adds to the transfer (16 clocks).</summary>
        public const int BytesPerConversion = 2;

        /// <summary>Right shift that drops the three trailing zero bits of a result.</summary>
        public const int ResultShift = 3;

        /// <summary>Mask of a 12-bit result (0 to 4095).</summary>
        public const int ResultMask = 0x0FFF;

        private readonly byte[] _write;
        private readonly byte[] _read;

        /// <summary>Creates the transfer of <paramref name="commands"/> (control bytes from <see cref="Xpt2046Command"/>, 1 or more).</summary>
        public Xpt2046Transfer(byte[] commands)
        {
            ConversionCount = commands.Length;
            _write = new byte[commands.Length * BytesPerConversion + 1];
            _read = new byte[_write.Length];
            for (int index = 0; index < commands.Length; index++)
            {
                _write[index * BytesPerConversion] = commands[index];
            }
        }

        /// <summary>Number of conversions in the chain.</summary>
        public int ConversionCount { get; }

        /// <summary>The bytes to send (fixed; 2 per conversion + 1).</summary>
        public byte[] WriteBuffer => _write;

        /// <summary>The bytes received, filled by the SPI transfer (same length as <see cref="WriteBuffer"/>).</summary>
        public byte[] ReadBuffer => _read;

        /// <summary>The 12-bit result (0 to 4095) of conversion <paramref name="index"/> (0 to <see cref="ConversionCount"/> - 1).</summary>
        public int Result(int index)
        {
            return Decode(_read, index * BytesPerConversion + 1);
        }

        /// <summary>The 12-bit result (0 to 4095) in <paramref name="buffer"/> at <paramref name="offset"/> (high byte first).</summary>
        public static int Decode(byte[] buffer, int offset)
        {
            return (((buffer[offset] << 8) | buffer[offset + 1]) >> ResultShift) & ResultMask;
        }
    }
}
