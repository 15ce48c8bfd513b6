using System;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// A small RGB565 drawing surface for one band of the screen (a rectangle of at most
    /// <see cref="CapacityBytes"/> bytes), drawn into and then sent to the panel in one window.
    /// Coordinates are screen coordinates; everything drawn is clipped to the band.
    /// </summary>
    public sealed class BandCanvas
    {
        private readonly byte[] _pixels;
        private readonly byte[] _glyphBitmap;
        private readonly GlyphMetrics _glyph = new GlyphMetrics();
        private readonly ColorRamp _ramp = new ColorRamp();

        /// <summary>Creates a canvas of <paramref name="capacityBytes"/> (even, at most 16 KB) for glyphs up to <paramref name="maxGlyphBitmapBytes"/>.</summary>
        public BandCanvas(int capacityBytes, int maxGlyphBitmapBytes)
        {
            if (capacityBytes < 2 || capacityBytes > DisplayBusLimits.MaxTransferBytes) throw new ArgumentOutOfRangeException();
            _pixels = new byte[capacityBytes & ~1];
            _glyphBitmap = new byte[maxGlyphBitmapBytes];
        }

        /// <summary>Size of the pixel buffer in bytes.</summary>
        public int CapacityBytes => _pixels.Length;

        /// <summary>Left edge of the current band, screen pixels.</summary>
        public int Left { get; private set; }

        /// <summary>Top edge of the current band.</summary>
        public int Top { get; private set; }

        /// <summary>Width of the current band.</summary>
        public int Width { get; private set; }

        /// <summary>Height of the current band.</summary>
        public int Height { get; private set; }

        /// <summary>The most rows of <paramref name="width"/> pixels one band can hold.</summary>
        public int MaxRows(int width) => _pixels.Length / (width * 2);

        /// <summary>Starts a band at (<paramref name="x"/>, <paramref name="y"/>), filled with <paramref name="background"/>.</summary>
        public void Begin(int x, int y, int width, int height, ushort background)
        {
            if (width < 1 || height < 1 || width * height * 2 > _pixels.Length) throw new ArgumentOutOfRangeException();
            Left = x;
            Top = y;
            Width = width;
            Height = height;
            FillBytes(0, width * height * 2, background);
        }

        /// <summary>Fills a rectangle (screen coordinates, clipped to the band) with <paramref name="color"/>.</summary>
        public void FillRectangle(int x, int y, int width, int height, ushort color)
        {
            int left = x > Left ? x : Left;
            int top = y > Top ? y : Top;
            int right = x + width < Left + Width ? x + width : Left + Width;
            int bottom = y + height < Top + Height ? y + height : Top + Height;
            if (right <= left || bottom <= top) return;
            int rowBytes = (right - left) * 2;
            int first = ((top - Top) * Width + (left - Left)) * 2;
            FillBytes(first, rowBytes, color);
            for (int row = top + 1; row < bottom; row++)
            {
                Array.Copy(_pixels, first, _pixels, ((row - Top) * Width + (left - Left)) * 2, rowBytes);
            }
        }

        /// <summary>
        /// Fills the pixels whose centres lie within <paramref name="outerRadius"/> of (<paramref name="centerX"/>,
        /// <paramref name="centerY"/>) and beyond <paramref name="innerRadius"/> (-1 for a full disc) with
        /// <paramref name="color"/>, clipped to the band: the dots and rings of the map. Radii in pixels, up to 15.
        /// </summary>
        public void FillRing(int centerX, int centerY, int innerRadius, int outerRadius, ushort color)
        {
            // r * r + r: the disc of radius r + 1/2, round at small sizes.
            int outerLimit = outerRadius * outerRadius + outerRadius;
            int innerLimit = innerRadius < 0 ? -1 : innerRadius * innerRadius + innerRadius;
            int top = centerY - outerRadius > Top ? centerY - outerRadius : Top;
            int bottom = centerY + outerRadius < Top + Height - 1 ? centerY + outerRadius : Top + Height - 1;
            int left = centerX - outerRadius > Left ? centerX - outerRadius : Left;
            int right = centerX + outerRadius < Left + Width - 1 ? centerX + outerRadius : Left + Width - 1;
            byte high = (byte)(color >> 8);
            byte low = (byte)color;
            for (int y = top; y <= bottom; y++)
            {
                int dy = y - centerY;
                int at = ((y - Top) * Width + (left - Left)) * 2;
                for (int x = left; x <= right; x++, at += 2)
                {
                    int dx = x - centerX;
                    int distance = dx * dx + dy * dy;
                    if (distance <= outerLimit && distance > innerLimit)
                    {
                        _pixels[at] = high;
                        _pixels[at + 1] = low;
                    }
                }
            }
        }

        /// <summary>
        /// Draws <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/> with their
        /// origin at <paramref name="x"/> and baseline at <paramref name="baseline"/>, anti-aliased from
        /// <paramref name="background"/> (which must be what lies under the text) to <paramref name="foreground"/>.
        /// Characters the font lacks are skipped. Returns the pen position after the text.
        /// </summary>
        public int DrawText(BitmapFont font, char[] text, int start, int count, int x, int baseline, ushort foreground, ushort background)
        {
            _ramp.Set(foreground, background);
            byte[] high = _ramp.High;
            byte[] low = _ramp.Low;
            int pen = x;
            int bandRight = Left + Width;
            int bandBottom = Top + Height;
            for (int index = start; index < start + count; index++)
            {
                if (!font.TryGetGlyph(text[index], _glyph))
                {
                    continue;
                }

                int glyphLeft = pen + _glyph.BearingX;
                int glyphTop = baseline - _glyph.BearingY;
                int glyphWidth = _glyph.Width;
                int glyphHeight = _glyph.Height;
                pen += _glyph.Advance;
                if (glyphWidth == 0 || glyphLeft >= bandRight || glyphLeft + glyphWidth <= Left
                    || glyphTop >= bandBottom || glyphTop + glyphHeight <= Top)
                {
                    continue;
                }

                font.ReadGlyphBitmap(_glyph, _glyphBitmap, 0);
                int rowBytes = _glyph.RowBytes;
                int firstRow = Top > glyphTop ? Top - glyphTop : 0;
                int lastRow = glyphTop + glyphHeight > bandBottom ? bandBottom - glyphTop : glyphHeight;
                int firstColumn = Left > glyphLeft ? Left - glyphLeft : 0;
                int lastColumn = glyphLeft + glyphWidth > bandRight ? bandRight - glyphLeft : glyphWidth;
                for (int row = firstRow; row < lastRow; row++)
                {
                    int source = row * rowBytes;
                    int target = ((glyphTop + row - Top) * Width + (glyphLeft - Left)) * 2;
                    for (int column = firstColumn; column < lastColumn; column++)
                    {
                        int packed = _glyphBitmap[source + (column >> 1)];
                        int level = (column & 1) == 0 ? packed >> 4 : packed & 0x0F;
                        if (level != 0)
                        {
                            int at = target + column * 2;
                            _pixels[at] = high[level];
                            _pixels[at + 1] = low[level];
                        }
                    }
                }
            }

            return pen;
        }

        /// <summary>Sends the band to <paramref name="panel"/> as one window.</summary>
        public void Flush(DisplayPanel panel)
        {
            panel.BeginWrite(Left, Top, Width, Height);
            panel.WritePixels(_pixels, 0, Width * Height * 2);
        }

        private void FillBytes(int offset, int count, ushort color)
        {
            if (count < 2) return;
            _pixels[offset] = (byte)(color >> 8);
            _pixels[offset + 1] = (byte)color;
            // Doubling copies: a handful of native calls instead of a managed loop per pixel.
            int filled = 2;
            while (filled < count)
            {
                int copy = filled <= count - filled ? filled : count - filled;
                Array.Copy(_pixels, offset, _pixels, offset + filled, copy);
                filled += copy;
            }
        }
    }
}
