using System;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// One box of text on the screen that remembers what it last drew. Drawing the same text again sends
    /// nothing; a text of the same shape (same length, same advance per character, as with tabular digits)
    /// sends only the pixels of the characters that changed, as few windows of rows; anything else redraws
    /// the box in bands.
    /// </summary>
    public sealed class TextField
    {
        // CASET + RASET + RAMWR with their parameters: what one more window costs on the wire.
        private const int WindowOverheadBytes = 11;

        // Every field of an object is a heap block of its own on nanoFramework (12 bytes on the ESP32, 24 on x64), and the
        // pages hold dozens of text fields: the box and the colours are kept two 16-bit values to a field.
        private readonly int _position;
        private readonly int _size;
        private int _colors = Pack(Rgb565.Text, Rgb565.Background);
        private readonly char[] _drawn;
        private int _drawnLength = -1;
        private int _drawnColors;
        private BitmapFont _drawnFont;
        private int _drawnLeft;
        private int _drawnRight;

        // Pixels a glyph's ink may reach beyond its advance box (overhangs of DejaVu at these sizes).
        private const int InkMargin = 3;

        /// <summary>Creates a box at (<paramref name="x"/>, <paramref name="y"/>) holding at most <paramref name="capacity"/> characters.</summary>
        public TextField(int x, int y, int width, int height, TextAlignment alignment, int capacity)
        {
            _position = Pack(x, y);
            _size = Pack(width, height);
            Alignment = alignment;
            _drawn = new char[capacity];
        }

        /// <summary>Left edge of the box, screen pixels.</summary>
        public int X => (short)_position;

        /// <summary>Top edge of the box.</summary>
        public int Y => _position >> 16;

        /// <summary>Box width.</summary>
        public int Width => (short)_size;

        /// <summary>Box height.</summary>
        public int Height => _size >> 16;

        /// <summary>Horizontal placement of the text.</summary>
        public TextAlignment Alignment { get; }

        /// <summary>The font the box is drawn in unless a call names another.</summary>
        public BitmapFont Font { get; set; }

        /// <summary>A smaller font used when the text is wider than the box in <see cref="Font"/>; null for none.</summary>
        public BitmapFont FallbackFont { get; set; }

        /// <summary>The font used when the text is too wide even in <see cref="FallbackFont"/>; null for none.</summary>
        public BitmapFont LastResortFont { get; set; }

        /// <summary>Text colour the layout gives the box.</summary>
        public ushort Foreground
        {
            get => (ushort)_colors;
            set => _colors = Pack(value, Background);
        }

        /// <summary>Background colour the layout gives the box.</summary>
        public ushort Background
        {
            get => (ushort)(_colors >> 16);
            set => _colors = Pack(Foreground, value);
        }

        /// <summary>Most characters the box holds.</summary>
        public int Capacity => _drawn.Length;

        /// <summary>The text the box shows (empty before the first draw). Allocates: for tests and diagnostics, not the render loop.</summary>
        public string ShownText => _drawnLength <= 0 ? string.Empty : new string(_drawn, 0, _drawnLength);

        /// <summary>Forgets what was drawn: the next <c>Draw</c> redraws the whole box.</summary>
        public void Invalidate() => _drawnLength = -1;

        /// <summary>Records that the box shows only its background (after the screen was cleared): the next text draws just its own extent.</summary>
        public void MarkBlank()
        {
            _drawnLength = 0;
            _drawnFont = null;
            _drawnLeft = int.MaxValue;
            _drawnRight = int.MinValue;
        }

        /// <summary>True when the box shows exactly <paramref name="length"/> characters of <paramref name="text"/>.</summary>
        public bool Shows(char[] text, int length)
        {
            if (length != _drawnLength) return false;
            for (int index = 0; index < length; index++)
            {
                if (text[index] != _drawn[index]) return false;
            }

            return true;
        }

        /// <summary>Baseline for <paramref name="font"/>: its ascent and descent centred in the box.</summary>
        public int Baseline(BitmapFont font) => Y + (Height - font.Ascent - font.Descent) / 2 + font.Ascent;

        /// <summary>Shows the text in the box's own font and colours.</summary>
        public void Draw(RenderTarget target, char[] text, int length) => Draw(target, text, length, Foreground);

        /// <summary>Shows the text in the box's font (or its fallback when too wide) and background, in <paramref name="foreground"/>.</summary>
        public void Draw(RenderTarget target, char[] text, int length, ushort foreground)
        {
            BitmapFont font = Font;
            if (FallbackFont != null && font.MeasureWidth(text, 0, length) > Width)
            {
                font = FallbackFont;
                if (LastResortFont != null && font.MeasureWidth(text, 0, length) > Width)
                {
                    font = LastResortFont;
                }
            }

            Draw(target, font, text, length, foreground, Background);
        }

        /// <summary>
        /// Shows <paramref name="length"/> characters of <paramref name="text"/> (already fitted to the box width)
        /// in <paramref name="font"/>, sending only what differs from what the box shows.
        /// </summary>
        public void Draw(RenderTarget target, BitmapFont font, char[] text, int length, ushort foreground, ushort background)
        {
            if (length > _drawn.Length) length = _drawn.Length;
            bool sameStyle = _drawnLength >= 0 && font == _drawnFont && Pack(foreground, background) == _drawnColors;
            if (sameStyle && length == _drawnLength)
            {
                bool same = true;
                bool sameShape = true;
                for (int index = 0; index < length; index++)
                {
                    if (text[index] != _drawn[index])
                    {
                        same = false;
                        if (font.GetAdvance(text[index]) != font.GetAdvance(_drawn[index]))
                        {
                            sameShape = false;
                            break;
                        }
                    }
                }

                if (same)
                {
                    return;
                }

                if (sameShape)
                {
                    DrawChangedCells(target, font, text, length, foreground, background);
                    Remember(font, text, length, foreground, background);
                    return;
                }
            }

            DrawWhole(target, font, text, length, foreground, background);
            Remember(font, text, length, foreground, background);
        }

        private int TextStart(BitmapFont font, char[] text, int length)
        {
            if (Alignment == TextAlignment.Left) return X;
            int width = font.MeasureWidth(text, 0, length);
            return Alignment == TextAlignment.Right ? X + Width - width : X + (Width - width) / 2;
        }

        // Redraws the part of the box either text covers (the rest is background before and after), or the whole
        // box when what is on screen is unknown.
        private void DrawWhole(RenderTarget target, BitmapFont font, char[] text, int length, ushort foreground, ushort background)
        {
            int start = TextStart(font, text, length);
            int width = font.MeasureWidth(text, 0, length);
            int left = X, right = X + Width;
            int inkLeft = length == 0 ? int.MaxValue : start - InkMargin;
            int inkRight = length == 0 ? int.MinValue : start + width + InkMargin;
            if (_drawnLength >= 0)
            {
                left = inkLeft < _drawnLeft ? inkLeft : _drawnLeft;
                right = inkRight > _drawnRight ? inkRight : _drawnRight;
                if (left < X) left = X;
                if (right > X + Width) right = X + Width;
            }

            _drawnLeft = inkLeft;
            _drawnRight = inkRight;
            if (right <= left) return;

            int baseline = Baseline(font);
            BandCanvas canvas = target.Canvas;
            int rows = canvas.MaxRows(right - left);
            for (int top = Y; top < Y + Height; top += rows)
            {
                int bandHeight = Y + Height - top < rows ? Y + Height - top : rows;
                canvas.Begin(left, top, right - left, bandHeight, background);
                canvas.DrawText(font, text, 0, length, start, baseline, foreground, background);
                canvas.Flush(target.Panel);
            }
        }

        private void DrawChangedCells(RenderTarget target, BitmapFont font, char[] text, int length, ushort foreground, ushort background)
        {
            int pen = TextStart(font, text, length);
            int baseline = Baseline(font);
            GlyphMetrics oldGlyph = target.OldGlyph;
            GlyphMetrics newGlyph = target.NewGlyph;
            for (int index = 0; index < length; index++)
            {
                int advance = font.GetAdvance(text[index]);
                if (text[index] != _drawn[index])
                {
                    bool hasOld = font.TryGetGlyph(_drawn[index], oldGlyph);
                    bool hasNew = font.TryGetGlyph(text[index], newGlyph);
                    if (!hasOld) oldGlyph.Width = 0;
                    if (!hasNew) newGlyph.Width = 0;
                    if (oldGlyph.Width > 0) font.ReadGlyphBitmap(oldGlyph, target.OldBitmap, 0);
                    if (newGlyph.Width > 0) font.ReadGlyphBitmap(newGlyph, target.NewBitmap, 0);
                    SendDifferences(target, font, text, length, pen, baseline, foreground, background);
                }

                pen += advance < 0 ? 0 : advance;
            }
        }

        // Compares the two glyphs row by row. Each row's differing pixels form runs (gaps of a few pixels are
        // cheaper to resend than to skip); runs join an open window when the merged window costs fewer bytes
        // than a separate one, so the wire carries little more than the pixels that changed.
        private void SendDifferences(RenderTarget target, BitmapFont font, char[] text, int length, int pen, int baseline, ushort foreground, ushort background)
        {
            GlyphMetrics oldGlyph = target.OldGlyph;
            GlyphMetrics newGlyph = target.NewGlyph;
            int oldLeft = pen + oldGlyph.BearingX, oldTop = baseline - oldGlyph.BearingY;
            int newLeft = pen + newGlyph.BearingX, newTop = baseline - newGlyph.BearingY;
            int left = int.MaxValue, right = int.MinValue;
            if (oldGlyph.Width > 0)
            {
                left = oldLeft;
                right = oldLeft + oldGlyph.Width;
            }

            if (newGlyph.Width > 0)
            {
                if (newLeft < left) left = newLeft;
                if (newLeft + newGlyph.Width > right) right = newLeft + newGlyph.Width;
            }

            if (left >= right) return;
            if (left < X) left = X;
            if (right > X + Width) right = X + Width;

            target.OpenWindows = 0;
            for (int row = Y; row < Y + Height; row++)
            {
                int column = left;
                while (column < right)
                {
                    while (column < right && !Differs(target, column, row, oldLeft, oldTop, newLeft, newTop)) column++;
                    if (column >= right) break;
                    int runStart = column;
                    int runEnd = column;
                    int gap = 0;
                    column++;
                    while (column < right && gap <= MaxSkippedGap)
                    {
                        if (Differs(target, column, row, oldLeft, oldTop, newLeft, newTop))
                        {
                            runEnd = column;
                            gap = 0;
                        }
                        else
                        {
                            gap++;
                        }

                        column++;
                    }

                    column = runEnd + 1;
                    AddRun(target, font, text, length, row, runStart, runEnd, baseline, foreground, background);
                }
            }

            for (int index = 0; index < target.OpenWindows; index++)
            {
                SendWindow(target, font, text, length, target.WindowLeft[index], target.WindowTop[index], target.WindowRight[index], target.WindowBottom[index], baseline, foreground, background);
            }

            target.OpenWindows = 0;
        }

        // Pixels of background between two changed runs that are cheaper to resend than a new window.
        private const int MaxSkippedGap = WindowOverheadBytes / 2;

        private static bool Differs(RenderTarget target, int column, int row, int oldLeft, int oldTop, int newLeft, int newTop)
        {
            return Level(target.OldBitmap, target.OldGlyph, column - oldLeft, row - oldTop)
                != Level(target.NewBitmap, target.NewGlyph, column - newLeft, row - newTop);
        }

        private void AddRun(RenderTarget target, BitmapFont font, char[] text, int length, int row, int first, int last, int baseline, ushort foreground, ushort background)
        {
            int best = -1;
            int bestExtra = int.MaxValue;
            for (int index = 0; index < target.OpenWindows; index++)
            {
                int top = target.WindowTop[index];
                int current = (target.WindowRight[index] - target.WindowLeft[index] + 1) * (target.WindowBottom[index] - top + 1) * 2;
                int mergedLeft = first < target.WindowLeft[index] ? first : target.WindowLeft[index];
                int mergedRight = last > target.WindowRight[index] ? last : target.WindowRight[index];
                int merged = (mergedRight - mergedLeft + 1) * (row - top + 1) * 2;
                int extra = merged - current;
                if (extra <= WindowOverheadBytes + (last - first + 1) * 2 && extra < bestExtra)
                {
                    best = index;
                    bestExtra = extra;
                }
            }

            if (best >= 0)
            {
                if (first < target.WindowLeft[best]) target.WindowLeft[best] = first;
                if (last > target.WindowRight[best]) target.WindowRight[best] = last;
                target.WindowBottom[best] = row;
                return;
            }

            if (target.OpenWindows == RenderTarget.MaxOpenWindows)
            {
                // Send the window that ended longest ago and reuse its slot.
                int oldest = 0;
                for (int index = 1; index < target.OpenWindows; index++)
                {
                    if (target.WindowBottom[index] < target.WindowBottom[oldest]) oldest = index;
                }

                SendWindow(target, font, text, length, target.WindowLeft[oldest], target.WindowTop[oldest], target.WindowRight[oldest], target.WindowBottom[oldest], baseline, foreground, background);
                target.OpenWindows--;
                target.WindowLeft[oldest] = target.WindowLeft[target.OpenWindows];
                target.WindowRight[oldest] = target.WindowRight[target.OpenWindows];
                target.WindowTop[oldest] = target.WindowTop[target.OpenWindows];
                target.WindowBottom[oldest] = target.WindowBottom[target.OpenWindows];
            }

            int slot = target.OpenWindows++;
            target.WindowLeft[slot] = first;
            target.WindowRight[slot] = last;
            target.WindowTop[slot] = row;
            target.WindowBottom[slot] = row;
        }

        private void SendWindow(RenderTarget target, BitmapFont font, char[] text, int length, int left, int top, int right, int bottom, int baseline, ushort foreground, ushort background)
        {
            BandCanvas canvas = target.Canvas;
            int width = right - left + 1;
            int rows = canvas.MaxRows(width);
            int start = TextStart(font, text, length);
            for (int bandTop = top; bandTop <= bottom; bandTop += rows)
            {
                int bandHeight = bottom + 1 - bandTop < rows ? bottom + 1 - bandTop : rows;
                canvas.Begin(left, bandTop, width, bandHeight, background);
                canvas.DrawText(font, text, 0, length, start, baseline, foreground, background);
                canvas.Flush(target.Panel);
            }
        }

        private static int Level(byte[] bitmap, GlyphMetrics glyph, int x, int y)
        {
            if (x < 0 || y < 0 || x >= glyph.Width || y >= glyph.Height) return 0;
            int packed = bitmap[y * glyph.RowBytes + (x >> 1)];
            return (x & 1) == 0 ? packed >> 4 : packed & 0x0F;
        }

        // Two 16-bit values in one int: the low half read back as a signed short (a box may start left of the screen),
        // the high half by an arithmetic shift.
        private static int Pack(int low, int high) => (low & 0xFFFF) | (high << 16);

        private void Remember(BitmapFont font, char[] text, int length, ushort foreground, ushort background)
        {
            Array.Copy(text, 0, _drawn, 0, length);
            _drawnLength = length;
            _drawnFont = font;
            _drawnColors = Pack(foreground, background);
        }
    }
}
