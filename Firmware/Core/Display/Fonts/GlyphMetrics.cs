namespace DeskStats.Display.Fonts
{
    /// <summary>
    /// Metrics of one glyph, filled in place by <see cref="BitmapFont.TryGetGlyph(int, GlyphMetrics)"/> so that a
    /// lookup allocates nothing: keep one instance per caller and reuse it. All values in pixels.
    /// </summary>
    public sealed class GlyphMetrics
    {
        /// <summary>The code point this glyph draws (0..0xFFFF).</summary>
        public int CodePoint;

        /// <summary>Horizontal distance from this glyph's origin to the next glyph's origin (0..255).</summary>
        public int Advance;

        /// <summary>Distance from the origin to the left edge of the bitmap (may be negative).</summary>
        public int BearingX;

        /// <summary>Distance from the baseline up to the top row of the bitmap (may be negative).</summary>
        public int BearingY;

        /// <summary>Bitmap width (0..255; 0 for a blank glyph such as the space).</summary>
        public int Width;

        /// <summary>Bitmap height (0..255).</summary>
        public int Height;

        /// <summary>Offset of the packed bitmap within the font file, in bytes.</summary>
        public int DataOffset;

        /// <summary>Bytes per bitmap row: two pixels per byte, the left pixel in the high nibble.</summary>
        public int RowBytes
        {
            get { return (Width + 1) >> 1; }
        }

        /// <summary>Length of the packed 4-bit bitmap in bytes (<see cref="RowBytes"/> times <see cref="Height"/>).</summary>
        public int BitmapLength
        {
            get { return ((Width + 1) >> 1) * Height; }
        }

        /// <summary>Copies all fields from <paramref name="other"/>.</summary>
        public void CopyFrom(GlyphMetrics other)
        {
            CodePoint = other.CodePoint;
            Advance = other.Advance;
            BearingX = other.BearingX;
            BearingY = other.BearingY;
            Width = other.Width;
            Height = other.Height;
            DataOffset = other.DataOffset;
        }
    }
}
