using System;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// A fixed list of text boxes in one font on one background, each remembering what it last drew, kept as a few
    /// arrays: on nanoFramework every field of an object is a heap block of its own (12 bytes on the ESP32), so twenty
    /// <see cref="TextField"/> objects of a page of rows cost about four times these arrays. Cells are numbered in the
    /// order they were added; a new text sends what the <see cref="TextPainter"/>'s rule sends for a
    /// <see cref="TextField"/> (nothing for the same text).
    /// </summary>
    public sealed class TextCells
    {
        private readonly BitmapFont _font;
        private readonly ushort _background;
        private readonly int[] _positions;
        private readonly int[] _sizes;
        private readonly byte[] _alignments;
        // Cell i's characters are _drawn[_starts[i]] to _drawn[_starts[i + 1] - 1].
        private readonly int[] _starts;
        private readonly char[] _drawn;
        private readonly int[] _drawnLengths;
        private readonly int[] _drawnColors;
        private readonly int[] _drawnExtents;
        private int _count;

        /// <summary>
        /// Room for <paramref name="cells"/> boxes (at least 1) holding <paramref name="characters"/> characters in all, drawn in
        /// <paramref name="font"/> on <paramref name="background"/> (RGB565).
        /// </summary>
        public TextCells(BitmapFont font, ushort background, int cells, int characters)
        {
            if (font == null) throw new ArgumentNullException();
            if (cells < 1 || characters < 0) throw new ArgumentOutOfRangeException();
            _font = font;
            _background = background;
            _positions = new int[cells];
            _sizes = new int[cells];
            _alignments = new byte[cells];
            _starts = new int[cells + 1];
            _drawn = new char[characters];
            _drawnLengths = new int[cells];
            _drawnColors = new int[cells];
            _drawnExtents = new int[cells];
        }

        /// <summary>The font every cell is drawn in.</summary>
        public BitmapFont Font => _font;

        /// <summary>Cells added so far.</summary>
        public int Count => _count;

        /// <summary>
        /// Adds a box at (<paramref name="x"/>, <paramref name="y"/>), <paramref name="width"/> x <paramref name="height"/>
        /// pixels (each -32,768 to 32,767), holding at most <paramref name="capacity"/> characters; returns its number.
        /// Its screen is unknown until <see cref="MarkBlank"/>: the first draw paints the whole box.
        /// </summary>
        public int Add(int x, int y, int width, int height, TextAlignment alignment, int capacity)
        {
            int cell = _count;
            if (cell == _positions.Length || capacity < 0 || _starts[cell] + capacity > _drawn.Length) throw new ArgumentOutOfRangeException();
            _positions[cell] = TextPainter.Pack(x, y);
            _sizes[cell] = TextPainter.Pack(width, height);
            _alignments[cell] = (byte)alignment;
            _starts[cell + 1] = _starts[cell] + capacity;
            _drawnLengths[cell] = -1;
            _drawnExtents[cell] = TextPainter.EmptyExtent;
            _count = cell + 1;
            return cell;
        }

        /// <summary>Left edge of <paramref name="cell"/>'s box, screen pixels.</summary>
        public int X(int cell) => TextPainter.Low(_positions[cell]);

        /// <summary>Top edge of <paramref name="cell"/>'s box.</summary>
        public int Y(int cell) => TextPainter.High(_positions[cell]);

        /// <summary>Width of <paramref name="cell"/>'s box.</summary>
        public int Width(int cell) => TextPainter.Low(_sizes[cell]);

        /// <summary>Height of <paramref name="cell"/>'s box.</summary>
        public int Height(int cell) => TextPainter.High(_sizes[cell]);

        /// <summary>Horizontal placement of <paramref name="cell"/>'s text.</summary>
        public TextAlignment Alignment(int cell) => (TextAlignment)_alignments[cell];

        /// <summary>Most characters <paramref name="cell"/> holds.</summary>
        public int Capacity(int cell) => _starts[cell + 1] - _starts[cell];

        /// <summary>The text <paramref name="cell"/> shows (empty before the first draw). Allocates: for tests and diagnostics, not the render loop.</summary>
        public string ShownText(int cell) => _drawnLengths[cell] <= 0 ? string.Empty : new string(_drawn, _starts[cell], _drawnLengths[cell]);

        /// <summary>True when <paramref name="cell"/> shows exactly <paramref name="length"/> characters of <paramref name="text"/>.</summary>
        public bool Shows(int cell, char[] text, int length)
        {
            if (length != _drawnLengths[cell]) return false;
            int start = _starts[cell];
            for (int index = 0; index < length; index++)
            {
                if (text[index] != _drawn[start + index]) return false;
            }

            return true;
        }

        /// <summary>Forgets what every cell shows: the next draw of each paints its whole box.</summary>
        public void Invalidate()
        {
            for (int cell = 0; cell < _count; cell++)
            {
                _drawnLengths[cell] = -1;
            }
        }

        /// <summary>Records that every cell shows only the background (the screen was just filled): the next text draws just its own extent.</summary>
        public void MarkBlank()
        {
            for (int cell = 0; cell < _count; cell++)
            {
                _drawnLengths[cell] = 0;
                _drawnExtents[cell] = TextPainter.EmptyExtent;
            }
        }

        /// <summary>Adds every cell's box to <paramref name="boxes"/>.</summary>
        public void AddBoxes(BoxList boxes)
        {
            for (int cell = 0; cell < _count; cell++)
            {
                boxes.Add(X(cell), Y(cell), Width(cell), Height(cell));
            }
        }

        /// <summary>
        /// Shows <paramref name="length"/> characters of <paramref name="text"/> (already fitted to the box; cut to its
        /// capacity) in <paramref name="cell"/>, in <paramref name="foreground"/>, sending only what differs from what it shows.
        /// </summary>
        public void Draw(RenderTarget target, int cell, char[] text, int length, ushort foreground)
        {
            int start = _starts[cell];
            int capacity = _starts[cell + 1] - start;
            if (length > capacity) length = capacity;
            int colors = TextPainter.Pack(foreground, _background);
            int position = _positions[cell];
            int size = _sizes[cell];
            int extent = target.Text.Draw(TextPainter.Low(position), TextPainter.High(position), TextPainter.Low(size), TextPainter.High(size),
                (TextAlignment)_alignments[cell], _font, text, length, foreground, _background, _drawn, start, _drawnLengths[cell], colors == _drawnColors[cell], _drawnExtents[cell]);
            if (extent == TextPainter.Unchanged) return;
            _drawnExtents[cell] = extent;
            Array.Copy(text, 0, _drawn, start, length);
            _drawnLengths[cell] = length;
            _drawnColors[cell] = colors;
        }
    }
}
