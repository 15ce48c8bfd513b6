namespace DeskStats.Display.Fonts
{
    /// <summary>
    /// Fits text into a box width measured in pixels: text wider than the box is cut at a character boundary and
    /// ends with an ellipsis "…" (or "..." when the font lacks it), the ellipsis's own width included. Works in place
    /// in a caller's char buffer; allocates nothing.
    /// </summary>
    public static class TextFitter
    {
        /// <summary>The ellipsis character (U+2026).</summary>
        public const char Ellipsis = '\u2026';

        /// <summary>Returned by <see cref="PrepareAndFit"/> when the text cannot be drawn with the font.</summary>
        public const int Undrawable = Transliterator.Undrawable;

        /// <summary>
        /// Clips the first <paramref name="length"/> characters of <paramref name="text"/> in place so that their width
        /// is at most <paramref name="maxWidth"/> pixels and returns the new length. Text that fits is unchanged; otherwise
        /// as many characters as fit (trailing spaces removed) are followed by the ellipsis. Returns 0 when not even the
        /// ellipsis fits. The buffer must hold 2 more characters than <paramref name="length"/> only when the font lacks "…".
        /// </summary>
        public static int FitWithEllipsis(BitmapFont font, char[] text, int length, int maxWidth)
        {
            if (font.MeasureWidth(text, 0, length) <= maxWidth)
            {
                return length;
            }

            int ellipsisWidth = font.GetAdvance(Ellipsis);
            int ellipsisLength = 1;
            if (ellipsisWidth < 0)
            {
                ellipsisWidth = 3 * font.GetAdvance('.');
                ellipsisLength = 3;
            }

            int available = maxWidth - ellipsisWidth;
            if (available < 0)
            {
                return 0;
            }

            int kept = CountFitting(font, text, 0, length, available);
            while (kept > 0 && text[kept - 1] == ' ')
            {
                kept--;
            }

            if (ellipsisLength == 1)
            {
                text[kept] = Ellipsis;
            }
            else
            {
                if (kept + 3 > text.Length)
                {
                    kept = text.Length - 3;
                }

                text[kept] = '.';
                text[kept + 1] = '.';
                text[kept + 2] = '.';
            }

            return kept + ellipsisLength;
        }

        /// <summary>
        /// Number of characters of <paramref name="text"/> from <paramref name="start"/> (at most <paramref name="count"/>)
        /// whose advances add up to at most <paramref name="maxWidth"/> pixels.
        /// </summary>
        public static int CountFitting(BitmapFont font, char[] text, int start, int count, int maxWidth)
        {
            int width = 0;
            for (int index = 0; index < count; index++)
            {
                int advance = font.GetAdvance(text[start + index]);
                if (advance < 0)
                {
                    advance = 0;
                }

                if (width + advance > maxWidth)
                {
                    return index;
                }

                width += advance;
            }

            return count;
        }

        /// <summary>
        /// <see cref="Transliterator.Prepare"/> then <see cref="FitWithEllipsis"/>: writes <paramref name="text"/> into
        /// <paramref name="destination"/> as drawable characters clipped to <paramref name="maxWidth"/> pixels and returns
        /// the length, or <see cref="Undrawable"/> (nothing sensible to show: the caller shows its fallback text).
        /// </summary>
        public static int PrepareAndFit(BitmapFont font, string text, char[] destination, int maxWidth)
        {
            int length = Transliterator.Prepare(font, text, destination);
            if (length < 0)
            {
                return Undrawable;
            }

            return FitWithEllipsis(font, destination, length, maxWidth);
        }
    }
}
