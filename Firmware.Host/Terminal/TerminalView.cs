using System;
using System.Globalization;
using System.Text;
using DeskStats.Host.Display;

namespace DeskStats.Host.Terminal
{
    /// <summary>
    /// Turns a <see cref="HostImage"/> into ANSI text for a true-colour terminal: each character cell is the
    /// upper half block (▀) with the top pixel as foreground and the bottom pixel as background, so a cell shows
    /// two square-ish pixels. The picture is shrunk (area average) to fit the terminal and redrawn in place.
    /// </summary>
    public static class TerminalView
    {
        /// <summary>Moves the cursor to the top-left corner.</summary>
        public const string CursorHome = "\u001b[H";

        /// <summary>Clears the whole terminal and moves the cursor home.</summary>
        public const string ClearScreen = "\u001b[2J\u001b[H";

        /// <summary>Hides the cursor while the picture is shown.</summary>
        public const string HideCursor = "\u001b[?25l";

        /// <summary>Shows the cursor again.</summary>
        public const string ShowCursor = "\u001b[?25h";

        /// <summary>Resets colours and attributes.</summary>
        public const string ResetAttributes = "\u001b[0m";

        private const char UpperHalfBlock = '\u2580';

        /// <summary>
        /// The size in character cells the picture of <paramref name="imageWidth"/> x <paramref name="imageHeight"/>
        /// pixels takes when it must fit in <paramref name="maxColumns"/> x <paramref name="maxRows"/> cells (each at
        /// least 1): one pixel per column and two per row at most, shrunk keeping the aspect ratio.
        /// </summary>
        public static void FitSize(int imageWidth, int imageHeight, int maxColumns, int maxRows, out int columns, out int rows)
        {
            if (imageWidth < 1) throw new ArgumentOutOfRangeException(nameof(imageWidth));
            if (imageHeight < 1) throw new ArgumentOutOfRangeException(nameof(imageHeight));
            if (maxColumns < 1) throw new ArgumentOutOfRangeException(nameof(maxColumns));
            if (maxRows < 1) throw new ArgumentOutOfRangeException(nameof(maxRows));
            double scale = Math.Min(1.0, Math.Min((double)maxColumns / imageWidth, maxRows * 2.0 / imageHeight));
            columns = Math.Max(1, (int)Math.Floor(imageWidth * scale));
            int pixelRows = Math.Max(2, (int)Math.Floor(imageHeight * scale));
            rows = (pixelRows + 1) / 2;
        }

        /// <summary>
        /// The ANSI text of <paramref name="image"/> fitted into <paramref name="maxColumns"/> x <paramref name="maxRows"/>
        /// cells: starts with <see cref="CursorHome"/>, one line per cell row (colours reset and the rest of the line
        /// cleared at each end), so writing it again redraws in place without flicker.
        /// </summary>
        public static string Render(HostImage image, int maxColumns, int maxRows)
        {
            if (image == null) throw new ArgumentNullException(nameof(image));
            FitSize(image.Width, image.Height, maxColumns, maxRows, out int columns, out int rows);
            double scale = Math.Min(1.0, Math.Min((double)maxColumns / image.Width, maxRows * 2.0 / image.Height));
            int pixelRows = Math.Max(2, (int)Math.Floor(image.Height * scale));
            var builder = new StringBuilder(columns * rows * 24 + 16);
            builder.Append(CursorHome);
            for (int row = 0; row < rows; row++)
            {
                int lastForeground = -1;
                int lastBackground = -1;
                for (int column = 0; column < columns; column++)
                {
                    int top = Sample(image, column, row * 2, columns, pixelRows);
                    int bottom = Sample(image, column, row * 2 + 1, columns, pixelRows);
                    if (top != lastForeground)
                    {
                        AppendColor(builder, 38, top);
                        lastForeground = top;
                    }

                    if (bottom != lastBackground)
                    {
                        AppendColor(builder, 48, bottom);
                        lastBackground = bottom;
                    }

                    builder.Append(UpperHalfBlock);
                }

                builder.Append(ResetAttributes).Append("\u001b[K").Append('\n');
            }

            return builder.ToString();
        }

        /// <summary>
        /// The average colour (0xRRGGBB) of the image area that output pixel (<paramref name="x"/>, <paramref name="y"/>)
        /// covers when the image is shrunk to <paramref name="outputWidth"/> x <paramref name="outputHeight"/>. Rows past
        /// the picture (the lower half of the last cell row when the pixel height is odd) are black.
        /// </summary>
        private static int Sample(HostImage image, int x, int y, int outputWidth, int outputHeight)
        {
            if (y >= outputHeight)
            {
                return 0;
            }

            double scaleX = (double)image.Width / outputWidth;
            double scaleY = (double)image.Height / outputHeight;
            int left = (int)Math.Floor(x * scaleX);
            int right = Math.Max(left + 1, (int)Math.Floor((x + 1) * scaleX));
            int top = (int)Math.Floor(y * scaleY);
            int bottom = Math.Max(top + 1, (int)Math.Floor((y + 1) * scaleY));
            right = Math.Min(right, image.Width);
            bottom = Math.Min(bottom, image.Height);
            if (top >= image.Height)
            {
                return 0;
            }

            int redSum = 0, greenSum = 0, blueSum = 0, count = 0;
            for (int pixelY = top; pixelY < bottom; pixelY++)
            {
                for (int pixelX = left; pixelX < right; pixelX++)
                {
                    image.GetRgb888(pixelX, pixelY, out byte red, out byte green, out byte blue);
                    redSum += red;
                    greenSum += green;
                    blueSum += blue;
                    count++;
                }
            }

            if (count == 0)
            {
                return 0;
            }

            return ((redSum + count / 2) / count << 16) | ((greenSum + count / 2) / count << 8) | ((blueSum + count / 2) / count);
        }

        private static void AppendColor(StringBuilder builder, int selector, int rgb)
        {
            builder.Append("\u001b[").Append(selector.ToString(CultureInfo.InvariantCulture)).Append(";2;")
                .Append(((rgb >> 16) & 0xFF).ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(((rgb >> 8) & 0xFF).ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append((rgb & 0xFF).ToString(CultureInfo.InvariantCulture)).Append('m');
        }
    }
}
