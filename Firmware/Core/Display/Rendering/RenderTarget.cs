using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// What the fields draw with: the panel, one band canvas, and the scratch a digit-cell comparison needs
    /// (the old and the new glyph's bitmap). One per renderer; all of it is the display's retained memory.
    /// </summary>
    public sealed class RenderTarget
    {
        /// <summary>
        /// Bytes of the band buffer: 7.5 KB, 12 rows of a 320-pixel screen (16 of a 240-pixel one), below the 16 KB
        /// transfer limit; small enough that the renderer with all its pages stays within 24 KB.
        /// </summary>
        public const int DefaultBandBytes = 7680;

        /// <summary>Creates the target for <paramref name="panel"/>, for glyph bitmaps of up to <paramref name="maxGlyphBitmapBytes"/>.</summary>
        public RenderTarget(DisplayPanel panel, int maxGlyphBitmapBytes, int bandBytes)
        {
            Panel = panel;
            Canvas = new BandCanvas(bandBytes, maxGlyphBitmapBytes);
            OldBitmap = new byte[maxGlyphBitmapBytes];
            NewBitmap = new byte[maxGlyphBitmapBytes];
        }

        /// <summary>The panel.</summary>
        public DisplayPanel Panel { get; }

        /// <summary>The band canvas.</summary>
        public BandCanvas Canvas { get; }

        /// <summary>Scratch: bitmap of the glyph on screen.</summary>
        public byte[] OldBitmap { get; }

        /// <summary>Scratch: bitmap of the glyph replacing it.</summary>
        public byte[] NewBitmap { get; }

        /// <summary>Scratch metrics of the glyph on screen.</summary>
        public GlyphMetrics OldGlyph { get; } = new GlyphMetrics();

        /// <summary>Scratch metrics of the glyph replacing it.</summary>
        public GlyphMetrics NewGlyph { get; } = new GlyphMetrics();

        /// <summary>Most windows a digit-cell comparison keeps open at once.</summary>
        public const int MaxOpenWindows = 6;

        /// <summary>Scratch of the digit-cell comparison: open windows (inclusive screen coordinates).</summary>
        public int[] WindowLeft { get; } = new int[MaxOpenWindows];

        /// <summary>Right edges of the open windows.</summary>
        public int[] WindowRight { get; } = new int[MaxOpenWindows];

        /// <summary>Top rows of the open windows.</summary>
        public int[] WindowTop { get; } = new int[MaxOpenWindows];

        /// <summary>Bottom rows of the open windows.</summary>
        public int[] WindowBottom { get; } = new int[MaxOpenWindows];

        /// <summary>How many windows are open.</summary>
        public int OpenWindows { get; set; }

        /// <summary>Fills a screen rectangle with one colour, band by band.</summary>
        public void FillRectangle(int x, int y, int width, int height, ushort color)
        {
            int rows = Canvas.MaxRows(width);
            for (int top = y; top < y + height; top += rows)
            {
                int bandHeight = y + height - top < rows ? y + height - top : rows;
                Canvas.Begin(x, top, width, bandHeight, color);
                Canvas.Flush(Panel);
            }
        }
    }
}
