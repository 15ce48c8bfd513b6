namespace DeskStats.Display.Fonts
{
    /// <summary>
    /// Layout constants of the DeskStats bitmap font file ("DSF4", version 1; byte by byte in docs/fonts.md).
    /// All multi-byte numbers are little-endian.
    /// </summary>
    public static class FontFormat
    {
        /// <summary>First magic byte ('D'); the file starts with "DSF4".</summary>
        public const byte Magic0 = 0x44;

        /// <summary>Second magic byte ('S').</summary>
        public const byte Magic1 = 0x53;

        /// <summary>Third magic byte ('F').</summary>
        public const byte Magic2 = 0x46;

        /// <summary>Fourth magic byte ('4': four bits per pixel).</summary>
        public const byte Magic3 = 0x34;

        /// <summary>Format version this code reads.</summary>
        public const byte Version = 1;

        /// <summary>Bits per pixel of the glyph bitmaps.</summary>
        public const byte BitsPerPixel = 4;

        /// <summary>Length of the header in bytes; the range table follows it.</summary>
        public const int HeaderLength = 36;

        /// <summary>Length of one code point range record in bytes (first u16, count u16, first glyph index u16).</summary>
        public const int RangeRecordLength = 6;

        /// <summary>Length of one glyph record in bytes (see <see cref="GlyphMetrics"/>).</summary>
        public const int GlyphRecordLength = 10;

        /// <summary>Highest pixel value (full ink); 0 is no ink.</summary>
        public const int MaxIntensity = 15;

        /// <summary>Header offset: version (u8).</summary>
        public const int VersionOffset = 4;

        /// <summary>Header offset: bits per pixel (u8).</summary>
        public const int BitsPerPixelOffset = 5;

        /// <summary>Header offset: line height in pixels (u16).</summary>
        public const int LineHeightOffset = 6;

        /// <summary>Header offset: ascent in pixels (u16).</summary>
        public const int AscentOffset = 8;

        /// <summary>Header offset: descent in pixels (u16).</summary>
        public const int DescentOffset = 10;

        /// <summary>Header offset: glyph count (u16).</summary>
        public const int GlyphCountOffset = 12;

        /// <summary>Header offset: range count (u16).</summary>
        public const int RangeCountOffset = 14;

        /// <summary>Header offset: widest glyph bitmap in pixels (u16).</summary>
        public const int MaxGlyphWidthOffset = 16;

        /// <summary>Header offset: tallest glyph bitmap in pixels (u16).</summary>
        public const int MaxGlyphHeightOffset = 18;

        /// <summary>Header offset: largest packed glyph bitmap in bytes (u16).</summary>
        public const int MaxBitmapLengthOffset = 20;

        /// <summary>Header offset: the pixel size (em) the font was rendered at (u16).</summary>
        public const int PixelSizeOffset = 22;

        /// <summary>Header offset: file offset of the glyph table (u32).</summary>
        public const int GlyphTableOffsetOffset = 24;

        /// <summary>Header offset: file offset of the bitmap area (u32).</summary>
        public const int BitmapAreaOffsetOffset = 28;

        /// <summary>Header offset: total file length in bytes (u32).</summary>
        public const int FileLengthOffset = 32;

        /// <summary>Reads an unsigned 16-bit little-endian number.</summary>
        public static int ReadUInt16(byte[] bytes, int offset)
        {
            return bytes[offset] | (bytes[offset + 1] << 8);
        }

        /// <summary>Reads a signed 32-bit little-endian number.</summary>
        public static int ReadInt32(byte[] bytes, int offset)
        {
            return bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24);
        }
    }
}
