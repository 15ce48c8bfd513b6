namespace DeskStats.Formatting
{
    /// <summary>
    /// Writes the dashboard's numbers into caller-owned <c>char[]</c> buffers, so a redraw allocates nothing.
    /// Every method returns the number of chars written at <c>offset</c>; the caller provides room for at least
    /// the matching <c>Max...Chars</c> constant.
    /// </summary>
    public static class DisplayFormatter
    {
        /// <summary>The default thousands separator (the fonts hold ASCII; ',' reads well at a glance).</summary>
        public const char DefaultThousandsSeparator = ',';

        /// <summary>What is shown for a missing value (time spent unknown, visit time unknown): ASCII, present in every font.</summary>
        public const char MissingValueCharacter = '-';

        /// <summary>The longest result of <see cref="FormatCount(int,char[],int)"/>: "-2,147,483,648".</summary>
        public const int MaxCountChars = 14;

        /// <summary>The longest result of <see cref="FormatTimeSpent"/>: "596523h 59m".</summary>
        public const int MaxTimeSpentChars = 11;

        /// <summary>The result length of <see cref="FormatClock"/>: "HH:MM".</summary>
        public const int MaxClockChars = 5;

        /// <summary>Writes <paramref name="value"/> with <see cref="DefaultThousandsSeparator"/> every three digits ("1,234,567").</summary>
        public static int FormatCount(int value, char[] destination, int offset)
        {
            return FormatCount(value, destination, offset, DefaultThousandsSeparator);
        }

        /// <summary>
        /// Writes <paramref name="value"/> with <paramref name="separator"/> between groups of three digits
        /// ("1 234 567" with ' '); '\0' writes no separator. Negative values get a leading '-'.
        /// </summary>
        public static int FormatCount(int value, char[] destination, int offset, char separator)
        {
            int written = 0;
            // Work in negative space so that int.MinValue needs no special case.
            int remaining = value;
            if (remaining < 0)
            {
                destination[offset] = '-';
                written = 1;
            }
            else
            {
                remaining = -remaining;
            }

            int digits = CountDigits(remaining);
            int separators = separator == '\0' ? 0 : (digits - 1) / 3;
            int position = offset + written + digits + separators - 1;
            int digitIndex = 0;
            do
            {
                if (separators > 0 && digitIndex > 0 && digitIndex % 3 == 0)
                {
                    destination[position--] = separator;
                }

                destination[position--] = (char)('0' - (remaining % 10));
                remaining /= 10;
                digitIndex++;
            }
            while (remaining != 0);

            return written + digits + separators;
        }

        /// <summary>
        /// Writes a duration in the short form of the dashboard: "12h 05m" from one hour up, "34m" below, "0m" under a
        /// minute (seconds are dropped, not rounded); <see cref="MissingValueCharacter"/> twice ("--") when
        /// <paramref name="seconds"/> is negative (the model's "unknown").
        /// </summary>
        public static int FormatTimeSpent(int seconds, char[] destination, int offset)
        {
            if (seconds < 0)
            {
                destination[offset] = MissingValueCharacter;
                destination[offset + 1] = MissingValueCharacter;
                return 2;
            }

            int hours = seconds / 3600;
            int minutes = (seconds % 3600) / 60;
            int written = 0;
            if (hours > 0)
            {
                written = FormatCount(hours, destination, offset, '\0');
                destination[offset + written++] = 'h';
                destination[offset + written++] = ' ';
                destination[offset + written++] = (char)('0' + (minutes / 10));
                destination[offset + written++] = (char)('0' + (minutes % 10));
            }
            else
            {
                written = FormatCount(minutes, destination, offset, '\0');
            }

            destination[offset + written++] = 'm';
            return written;
        }

        /// <summary>
        /// Writes "HH:MM" (24-hour, zero padded, e.g. "09:03"); "--:--" when <paramref name="hour"/> is outside 0-23
        /// or <paramref name="minute"/> outside 0-59 (the model's -1 for an unreadable time).
        /// </summary>
        public static int FormatClock(int hour, int minute, char[] destination, int offset)
        {
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
            {
                destination[offset] = MissingValueCharacter;
                destination[offset + 1] = MissingValueCharacter;
                destination[offset + 2] = ':';
                destination[offset + 3] = MissingValueCharacter;
                destination[offset + 4] = MissingValueCharacter;
                return 5;
            }

            destination[offset] = (char)('0' + (hour / 10));
            destination[offset + 1] = (char)('0' + (hour % 10));
            destination[offset + 2] = ':';
            destination[offset + 3] = (char)('0' + (minute / 10));
            destination[offset + 4] = (char)('0' + (minute % 10));
            return 5;
        }

        // Digits of a value given as zero or negative.
        private static int CountDigits(int negativeValue)
        {
            int digits = 1;
            while (negativeValue <= -10)
            {
                negativeValue /= 10;
                digits++;
            }

            return digits;
        }
    }
}
