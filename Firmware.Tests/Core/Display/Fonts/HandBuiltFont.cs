using System.Collections.Generic;

namespace DeskStats.Tests.Core.Display.Fonts
{
    /// <summary>
    /// Writes a DSF4 file byte by byte as docs/fonts.md describes it, independently of the generator, so the
    /// reader is checked against the documented layout rather than against the writer.
    /// </summary>
    internal static class HandBuiltFont
    {
        /// <summary>
        /// Two ranges: 'A'..'B' (glyphs 0, 1) and U+2026 (glyph 2). 'A' is 3x2 with pixels 0,7,15 / 15,1,0;
        /// 'B' is 1x1 full; '…' is blank with advance 9.
        /// </summary>
        public static byte[] Build()
        {
            var bytes = new List<byte>();
            bytes.AddRange(new byte[] { (byte)'D', (byte)'S', (byte)'F', (byte)'4', 1, 4 });
            U16(bytes, 12); // line height
            U16(bytes, 9);  // ascent
            U16(bytes, 3);  // descent
            U16(bytes, 3);  // glyph count
            U16(bytes, 2);  // range count
            U16(bytes, 3);  // max width
            U16(bytes, 2);  // max height
            U16(bytes, 4);  // max bitmap bytes
            U16(bytes, 11); // pixel size
            int glyphTable = 36 + 2 * 6;
            int bitmaps = glyphTable + 3 * 10;
            I32(bytes, glyphTable);
            I32(bytes, bitmaps);
            I32(bytes, bitmaps + 4 + 1);
            U16(bytes, 'A'); U16(bytes, 2); U16(bytes, 0);
            U16(bytes, 0x2026); U16(bytes, 1); U16(bytes, 2);

            // 'A': advance 4, 3x2, bearing x -1, bearing y 7, data at 0
            bytes.AddRange(new byte[] { 4, 3, 2, 0xFF });
            U16(bytes, 7);
            I32(bytes, 0);

            // 'B': advance 2, 1x1, bearing x 0, bearing y -2 (below the baseline), data at 4
            bytes.AddRange(new byte[] { 2, 1, 1, 0 });
            U16(bytes, 0xFFFE);
            I32(bytes, 4);

            // '…': advance 9, blank
            bytes.AddRange(new byte[] { 9, 0, 0, 0 });
            U16(bytes, 0);
            I32(bytes, 5);

            bytes.AddRange(new byte[] { 0x07, 0xF0, 0xF1, 0x00, 0xF0 });
            return bytes.ToArray();
        }

        private static void U16(List<byte> bytes, int value)
        {
            bytes.Add((byte)value);
            bytes.Add((byte)(value >> 8));
        }

        private static void I32(List<byte> bytes, int value)
        {
            bytes.Add((byte)value);
            bytes.Add((byte)(value >> 8));
            bytes.Add((byte)(value >> 16));
            bytes.Add((byte)(value >> 24));
        }
    }
}
