using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// How a box of text goes from what it shows to a new text, for every kind of box that remembers its text
    /// (<see cref="TextField"/>, one object per box; <see cref="TextCells"/>, many boxes in a few arrays). The same
    /// text sends nothing; a text of the same shape (same length, same advance per character, as with tabular digits)
    /// sends only the pixels of the characters that changed, as few windows of rows; anything else redraws the union
    /// of the old and the new text's extent in bands. One per <see cref="RenderTarget"/>: it holds the scratch of the
    /// comparison (two glyph bitmaps, the open windows) and the box being drawn, so it draws one box at a time.
    /// </summary>
    public sealed class TextPainter
    {
        /// <summary>Most windows a glyph comparison keeps open at once.</summary>
        public const int MaxOpenWindows = 6;

        /// <summary>A packed extent (<see cref="Draw"/>) that covers nothing: the box shows only its background.</summary>
        public const int EmptyExtent = (short.MaxValue & 0xFFFF) | (short.MinValue << 16);

        /// <summary>
        /// What <see cref="Draw"/> returns when the box already shows the text: nothing was sent and nothing needs
        /// remembering. Never a packed extent (its right edge, -32,768, would lie left of its left edge, 0).
        /// </summary>
        public const int Unchanged = int.MinValue;

        // CASET + RASET + RAMWR with their parameters: what one more window costs on the wire.
        private const int WindowOverheadBytes = 11;

        // Pixels of background between two changed runs that are cheaper to resend than a new window.
        private const int MaxSkippedGap = WindowOverheadBytes / 2;

        // Pixels a glyph's ink may reach beyond its advance box (overhangs of DejaVu at these sizes).
        private const int InkMargin = 3;

        private readonly RenderTarget _target;
        private readonly byte[] _oldBitmap;
        private readonly byte[] _newBitmap;
        private readonly GlyphMetrics _oldGlyph = new GlyphMetrics();
        private readonly GlyphMetrics _newGlyph = new GlyphMetrics();
        private readonly int[] _windowLeft = new int[MaxOpenWindows];
        private readonly int[] _windowRight = new int[MaxOpenWindows];
        private readonly int[] _windowTop = new int[MaxOpenWindows];
        private readonly int[] _windowBottom = new int[MaxOpenWindows];
        private int _openWindows;

        // The box being drawn and its new text: set by Draw, read by the helpers (fewer arguments per call on the interpreter).
        private int _x;
        private int _y;
        private int _width;
        private int _height;
        private BitmapFont _font;
        private char[] _text;
        private int _length;
        private int _start;
        private int _baseline;
        private ushort _foreground;
        private ushort _background;

        /// <summary>The painter of <paramref name="target"/>, for glyph bitmaps of up to <paramref name="maxGlyphBitmapBytes"/>.</summary>
        public TextPainter(RenderTarget target, int maxGlyphBitmapBytes)
        {
            _target = target;
            _oldBitmap = new byte[maxGlyphBitmapBytes];
            _newBitmap = new byte[maxGlyphBitmapBytes];
        }

        /// <summary>Baseline of <paramref name="font"/> in a box from <paramref name="top"/>, <paramref name="height"/> pixels high: its ascent and descent centred.</summary>
        public static int Baseline(int top, int height, BitmapFont font) => top + (height - font.Ascent - font.Descent) / 2 + font.Ascent;

        /// <summary>Two 16-bit values in one int: the low half reads back as a signed short (<see cref="Low"/>), the high half by an arithmetic shift (<see cref="High"/>).</summary>
        public static int Pack(int low, int high) => (low & 0xFFFF) | (high << 16);

        /// <summary>The low half of <see cref="Pack"/>, signed.</summary>
        public static int Low(int packed) => (short)packed;

        /// <summary>The high half of <see cref="Pack"/>, signed.</summary>
        public static int High(int packed) => packed >> 16;

        /// <summary>
        /// Shows <paramref name="length"/> characters of <paramref name="text"/> (already fitted to the box) in the box at
        /// (<paramref name="x"/>, <paramref name="y"/>), <paramref name="width"/> x <paramref name="height"/> pixels, sending
        /// only what differs from what it shows. What it shows: <paramref name="drawnLength"/> characters of
        /// <paramref name="drawn"/> from <paramref name="drawnStart"/> (-1: unknown, paint the whole box), drawn in the same
        /// font and colours when <paramref name="sameStyle"/>, with ink between the columns packed in
        /// <paramref name="drawnExtent"/> (left low, right high; <see cref="EmptyExtent"/> for none). Returns the new text's
        /// packed extent, and the caller then remembers the text, the font and the colours; or <see cref="Unchanged"/>.
        /// </summary>
        public int Draw(int x, int y, int width, int height, TextAlignment alignment, BitmapFont font, char[] text, int length, ushort foreground, ushort background,
            char[] drawn, int drawnStart, int drawnLength, bool sameStyle, int drawnExtent)
        {
            bool sameShape = false;
            if (sameStyle && drawnLength >= 0 && length == drawnLength)
            {
                bool same = true;
                sameShape = true;
                for (int index = 0; index < length; index++)
                {
                    char was = drawn[drawnStart + index];
                    if (text[index] != was)
                    {
                        same = false;
                        if (font.GetAdvance(text[index]) != font.GetAdvance(was))
                        {
                            sameShape = false;
                            break;
                        }
                    }
                }

                if (same) return Unchanged;
            }

            _x = x;
            _y = y;
            _width = width;
            _height = height;
            _font = font;
            _text = text;
            _length = length;
            _foreground = foreground;
            _background = background;
            if (!sameShape) return DrawWhole(alignment, drawnLength, drawnExtent);
            Place(alignment);
            DrawChangedGlyphs(drawn, drawnStart);
            return drawnExtent;
        }

        // Where the text starts and its baseline; returns its width. Only for what is sent: the same text twice measures nothing.
        private int Place(TextAlignment alignment)
        {
            int textWidth = _font.MeasureWidth(_text, 0, _length);
            _start = alignment == TextAlignment.Left ? _x : alignment == TextAlignment.Right ? _x + _width - textWidth : _x + (_width - textWidth) / 2;
            _baseline = Baseline(_y, _height, _font);
            return textWidth;
        }

        // Redraws the part of the box either text covers (the rest is background before and after), or the whole box when
        // what is on screen is unknown (drawnLength < 0).
        private int DrawWhole(TextAlignment alignment, int drawnLength, int drawnExtent)
        {
            int textWidth = Place(alignment);
            int inkLeft = _length == 0 ? short.MaxValue : _start - InkMargin;
            int inkRight = _length == 0 ? short.MinValue : _start + textWidth + InkMargin;
            int left = _x, right = _x + _width;
            if (drawnLength >= 0)
            {
                int drawnLeft = Low(drawnExtent);
                int drawnRight = High(drawnExtent);
                left = inkLeft < drawnLeft ? inkLeft : drawnLeft;
                right = inkRight > drawnRight ? inkRight : drawnRight;
                if (left < _x) left = _x;
                if (right > _x + _width) right = _x + _width;
            }

            if (right > left)
            {
                Paint(left, _y, right - left, _height);
            }

            return Pack(inkLeft, inkRight);
        }

        private void DrawChangedGlyphs(char[] drawn, int drawnStart)
        {
            BitmapFont font = _font;
            char[] text = _text;
            int pen = _start;
            for (int index = 0; index < _length; index++)
            {
                int advance = font.GetAdvance(text[index]);
                char was = drawn[drawnStart + index];
                if (text[index] != was)
                {
                    if (!font.TryGetGlyph(was, _oldGlyph)) _oldGlyph.Width = 0;
                    if (!font.TryGetGlyph(text[index], _newGlyph)) _newGlyph.Width = 0;
                    if (_oldGlyph.Width > 0) font.ReadGlyphBitmap(_oldGlyph, _oldBitmap, 0);
                    if (_newGlyph.Width > 0) font.ReadGlyphBitmap(_newGlyph, _newBitmap, 0);
                    SendDifferences(pen);
                }

                pen += advance < 0 ? 0 : advance;
            }
        }

        // Compares the two glyphs row by row. Each row's differing pixels form runs (gaps of a few pixels are cheaper to
        // resend than to skip); runs join an open window when the merged window costs fewer bytes than a separate one, so
        // the wire carries little more than the pixels that changed.
        private void SendDifferences(int pen)
        {
            GlyphMetrics oldGlyph = _oldGlyph;
            GlyphMetrics newGlyph = _newGlyph;
            int oldLeft = pen + oldGlyph.BearingX, oldTop = _baseline - oldGlyph.BearingY;
            int newLeft = pen + newGlyph.BearingX, newTop = _baseline - newGlyph.BearingY;
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
            if (left < _x) left = _x;
            if (right > _x + _width) right = _x + _width;

            _openWindows = 0;
            for (int row = _y; row < _y + _height; row++)
            {
                int column = left;
                while (column < right)
                {
                    while (column < right && !Differs(column, row, oldLeft, oldTop, newLeft, newTop)) column++;
                    if (column >= right) break;
                    int runStart = column;
                    int runEnd = column;
                    int gap = 0;
                    column++;
                    while (column < right && gap <= MaxSkippedGap)
                    {
                        if (Differs(column, row, oldLeft, oldTop, newLeft, newTop))
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
                    AddRun(row, runStart, runEnd);
                }
            }

            for (int index = 0; index < _openWindows; index++)
            {
                SendWindow(_windowLeft[index], _windowTop[index], _windowRight[index], _windowBottom[index]);
            }

            _openWindows = 0;
        }

        private bool Differs(int column, int row, int oldLeft, int oldTop, int newLeft, int newTop)
        {
            return Level(_oldBitmap, _oldGlyph, column - oldLeft, row - oldTop) != Level(_newBitmap, _newGlyph, column - newLeft, row - newTop);
        }

        private void AddRun(int row, int first, int last)
        {
            int[] windowLeft = _windowLeft, windowRight = _windowRight, windowTop = _windowTop, windowBottom = _windowBottom;
            int best = -1;
            int bestExtra = int.MaxValue;
            for (int index = 0; index < _openWindows; index++)
            {
                int top = windowTop[index];
                int current = (windowRight[index] - windowLeft[index] + 1) * (windowBottom[index] - top + 1) * 2;
                int mergedLeft = first < windowLeft[index] ? first : windowLeft[index];
                int mergedRight = last > windowRight[index] ? last : windowRight[index];
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
                if (first < windowLeft[best]) windowLeft[best] = first;
                if (last > windowRight[best]) windowRight[best] = last;
                windowBottom[best] = row;
                return;
            }

            if (_openWindows == MaxOpenWindows)
            {
                // Send the window that ended longest ago and reuse its slot.
                int oldest = 0;
                for (int index = 1; index < _openWindows; index++)
                {
                    if (windowBottom[index] < windowBottom[oldest]) oldest = index;
                }

                SendWindow(windowLeft[oldest], windowTop[oldest], windowRight[oldest], windowBottom[oldest]);
                _openWindows--;
                windowLeft[oldest] = windowLeft[_openWindows];
                windowRight[oldest] = windowRight[_openWindows];
                windowTop[oldest] = windowTop[_openWindows];
                windowBottom[oldest] = windowBottom[_openWindows];
            }

            int slot = _openWindows++;
            windowLeft[slot] = first;
            windowRight[slot] = last;
            windowTop[slot] = row;
            windowBottom[slot] = row;
        }

        // Sends the window between the inclusive corners (the open windows keep their edges so).
        private void SendWindow(int left, int top, int right, int bottom) => Paint(left, top, right - left + 1, bottom - top + 1);

        // Draws the text over the rectangle band by band (as many rows as the band holds) and sends each band.
        private void Paint(int left, int top, int width, int height)
        {
            BandCanvas canvas = _target.Canvas;
            int rows = canvas.MaxRows(width);
            for (int bandTop = top; bandTop < top + height; bandTop += rows)
            {
                int bandHeight = top + height - bandTop < rows ? top + height - bandTop : rows;
                canvas.Begin(left, bandTop, width, bandHeight, _background);
                canvas.DrawText(_font, _text, 0, _length, _start, _baseline, _foreground, _background);
                canvas.Flush(_target.Panel);
            }
        }

        private static int Level(byte[] bitmap, GlyphMetrics glyph, int x, int y)
        {
            if (x < 0 || y < 0 || x >= glyph.Width || y >= glyph.Height) return 0;
            int packed = bitmap[y * glyph.RowBytes + (x >> 1)];
            return (x & 1) == 0 ? packed >> 4 : packed & 0x0F;
        }
    }
}
