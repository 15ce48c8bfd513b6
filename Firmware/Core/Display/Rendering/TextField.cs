using System;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// One box of text on the screen that remembers what it last drew, with its own fonts and colours. What a new text
    /// sends is the <see cref="TextPainter"/>'s rule: nothing for the same text, the changed glyphs' pixels for a text of
    /// the same shape, else the union of the old and the new text's extent. (A list of boxes in one font is cheaper as
    /// <see cref="TextCells"/>.)
    /// </summary>
    public sealed class TextField
    {
        // Every field of an object is a heap block of its own on nanoFramework (12 bytes on the ESP32, 24 on x64), and the
        // pages hold dozens of text fields: the box and the colours are kept two 16-bit values to a field.
        private readonly int _position;
        private readonly int _size;
        private int _colors = Pack(Rgb565.Text, Rgb565.Background);
        private readonly char[] _drawn;
        private int _drawnLength = -1;
        private int _drawnColors;
        private BitmapFont _drawnFont;
        private int _drawnExtent = TextPainter.EmptyExtent;

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
            _drawnExtent = TextPainter.EmptyExtent;
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
        public int Baseline(BitmapFont font) => TextPainter.Baseline(Y, Height, font);

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
            int colors = Pack(foreground, background);
            bool sameStyle = font == _drawnFont && colors == _drawnColors;
            int extent = target.Text.Draw(X, Y, Width, Height, Alignment, font, text, length, foreground, background, _drawn, 0, _drawnLength, sameStyle, _drawnExtent);
            if (extent == TextPainter.Unchanged) return;
            _drawnExtent = extent;
            Array.Copy(text, 0, _drawn, 0, length);
            _drawnLength = length;
            _drawnFont = font;
            _drawnColors = colors;
        }

        // Two 16-bit values in one int (a box may start left of the screen: the low half reads back signed).
        private static int Pack(int low, int high) => TextPainter.Pack(low, high);
    }
}
