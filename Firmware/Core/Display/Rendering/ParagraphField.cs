using System;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// A box of word-wrapped text ('\n' starts a new line) that remembers what it drew: the same text again
    /// sends nothing, another text redraws the box in bands. Lines past the box's height are not drawn.
    /// </summary>
    public sealed class ParagraphField
    {
        private const int MaxLines = 8;
        private readonly char[] _drawn;
        private int _drawnLength = -1;
        private ushort _drawnForeground;
        private readonly int[] _lineStarts = new int[MaxLines];
        private readonly int[] _lineLengths = new int[MaxLines];

        /// <summary>Creates a box holding up to <paramref name="capacity"/> characters.</summary>
        public ParagraphField(int x, int y, int width, int height, BitmapFont font, int capacity)
        {
            X = x;
            Y = y;
            Width = width;
            Height = height;
            Font = font;
            _drawn = new char[capacity];
        }

        /// <summary>Left edge, screen pixels.</summary>
        public int X { get; }

        /// <summary>Top edge.</summary>
        public int Y { get; }

        /// <summary>Width.</summary>
        public int Width { get; }

        /// <summary>Height.</summary>
        public int Height { get; }

        /// <summary>Font of the text.</summary>
        public BitmapFont Font { get; }

        /// <summary>Background colour.</summary>
        public ushort Background { get; set; } = Rgb565.Background;

        /// <summary>Lines of the box's height in its font: what <see cref="Draw"/> shows at most.</summary>
        public int VisibleLines => Height / Font.LineHeight;

        /// <summary>How many lines <paramref name="text"/> wraps to in this box (more than <see cref="VisibleLines"/>: the rest is not drawn).</summary>
        public int CountLines(char[] text, int length) => Wrap(text, length > _drawn.Length ? _drawn.Length : length);

        /// <summary>Forgets what was drawn.</summary>
        public void Invalidate() => _drawnLength = -1;

        /// <summary>Shows <paramref name="length"/> characters of <paramref name="text"/> wrapped to the box, in <paramref name="foreground"/>.</summary>
        public void Draw(RenderTarget target, char[] text, int length, ushort foreground)
        {
            if (length > _drawn.Length) length = _drawn.Length;
            if (_drawnLength == length && _drawnForeground == foreground)
            {
                bool same = true;
                for (int index = 0; index < length && same; index++)
                {
                    same = text[index] == _drawn[index];
                }

                if (same) return;
            }

            int lines = Wrap(text, length);
            BandCanvas canvas = target.Canvas;
            int rows = canvas.MaxRows(Width);
            int lineHeight = Font.LineHeight;
            for (int top = Y; top < Y + Height; top += rows)
            {
                int bandHeight = Y + Height - top < rows ? Y + Height - top : rows;
                canvas.Begin(X, top, Width, bandHeight, Background);
                for (int line = 0; line < lines; line++)
                {
                    int lineTop = Y + line * lineHeight;
                    if (lineTop + lineHeight > Y + Height) break;
                    if (lineTop >= top + bandHeight || lineTop + lineHeight <= top) continue;
                    canvas.DrawText(Font, text, _lineStarts[line], _lineLengths[line], X, lineTop + Font.Ascent, foreground, Background);
                }

                canvas.Flush(target.Panel);
            }

            Array.Copy(text, 0, _drawn, 0, length);
            _drawnLength = length;
            _drawnForeground = foreground;
        }

        // Greedy wrapping at spaces; a word longer than the box is cut where it stops fitting.
        private int Wrap(char[] text, int length)
        {
            int lines = 0;
            int position = 0;
            while (position < length && lines < MaxLines)
            {
                while (position < length && text[position] == ' ') position++;
                if (position >= length) break;
                int width = 0;
                int lastBreak = -1;
                int end = position;
                while (end < length && text[end] != '\n')
                {
                    int advance = Font.GetAdvance(text[end]);
                    if (advance < 0) advance = 0;
                    if (width + advance > Width) break;
                    if (text[end] == ' ') lastBreak = end;
                    width += advance;
                    end++;
                }

                int lineEnd = end;
                int next = end;
                if (end < length && text[end] != '\n' && lastBreak > position)
                {
                    lineEnd = lastBreak;
                    next = lastBreak + 1;
                }
                else if (end < length && text[end] == '\n')
                {
                    next = end + 1;
                }
                else if (end == position)
                {
                    lineEnd = end + 1;
                    next = end + 1;
                }

                _lineStarts[lines] = position;
                _lineLengths[lines] = lineEnd - position;
                lines++;
                position = next;
            }

            return lines;
        }
    }
}
