using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// What the fields draw with: the panel, one band canvas, and the text painter with the scratch a glyph comparison
    /// needs (the old and the new glyph's bitmap). One per renderer; all of it is the display's retained memory.
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
            Text = new TextPainter(this, maxGlyphBitmapBytes);
        }

        /// <summary>The panel.</summary>
        public DisplayPanel Panel { get; }

        /// <summary>The band canvas.</summary>
        public BandCanvas Canvas { get; }

        /// <summary>What the text boxes draw with (it holds the comparison's scratch: two glyph bitmaps, the open windows).</summary>
        public TextPainter Text { get; }

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
