using DeskStats.Formatting;

namespace DeskStats.Display.Rendering
{
    /// <summary>A fixed char buffer that texts are composed in without allocating; appends past the end are dropped.</summary>
    public sealed class CharBuffer
    {
        /// <summary>Creates a buffer of <paramref name="capacity"/> characters (plus room for an ellipsis).</summary>
        public CharBuffer(int capacity)
        {
            Chars = new char[capacity + 3];
            Capacity = capacity;
        }

        /// <summary>The characters; the first <see cref="Length"/> are the text.</summary>
        public char[] Chars { get; }

        /// <summary>Characters of text.</summary>
        public int Length { get; set; }

        /// <summary>Most characters of text.</summary>
        public int Capacity { get; }

        /// <summary>Empties the buffer.</summary>
        public CharBuffer Clear()
        {
            Length = 0;
            return this;
        }

        /// <summary>Appends <paramref name="text"/> (null appends nothing).</summary>
        public CharBuffer Append(string text)
        {
            if (text == null) return this;
            for (int index = 0; index < text.Length && Length < Capacity; index++)
            {
                Chars[Length++] = text[index];
            }

            return this;
        }

        /// <summary>Appends one character.</summary>
        public CharBuffer Append(char character)
        {
            if (Length < Capacity) Chars[Length++] = character;
            return this;
        }

        /// <summary>Appends "HH:MM" ("--:--" when out of range).</summary>
        public CharBuffer AppendClock(int hour, int minute)
        {
            if (Length + DisplayFormatter.MaxClockChars <= Capacity)
            {
                Length += DisplayFormatter.FormatClock(hour, minute, Chars, Length);
            }

            return this;
        }

        /// <summary>Appends a count with thousands separators.</summary>
        public CharBuffer AppendCount(int value)
        {
            if (Length + DisplayFormatter.MaxCountChars <= Capacity)
            {
                Length += DisplayFormatter.FormatCount(value, Chars, Length);
            }

            return this;
        }

        /// <summary>Appends a duration such as "12h 34m" ("--" when negative).</summary>
        public CharBuffer AppendTimeSpent(int seconds)
        {
            if (Length + DisplayFormatter.MaxTimeSpentChars <= Capacity)
            {
                Length += DisplayFormatter.FormatTimeSpent(seconds, Chars, Length);
            }

            return this;
        }

        /// <summary>Appends a count in at most 5 characters: "9,999", "12.3k", "235k", "1.2M", "25M".</summary>
        public CharBuffer AppendAbbreviatedCount(int value)
        {
            if (value < 0) return Append('-');
            if (value < 10000) return AppendCount(value);
            int unit = value < 1000000 ? 1000 : 1000000;
            char suffix = unit == 1000 ? 'k' : 'M';
            int whole = value / unit;
            if (whole < 100)
            {
                AppendNumber(whole).Append('.').Append((char)('0' + (value / (unit / 10)) % 10));
            }
            else
            {
                AppendNumber(whole);
            }

            return Append(suffix);
        }

        /// <summary>Appends a whole number without separators.</summary>
        public CharBuffer AppendNumber(int value)
        {
            if (Length + DisplayFormatter.MaxCountChars <= Capacity)
            {
                Length += DisplayFormatter.FormatCount(value, Chars, Length, '\0');
            }

            return this;
        }

        /// <summary>True when the text equals the first <paramref name="length"/> characters of <paramref name="other"/>.</summary>
        public bool SameAs(char[] other, int length)
        {
            if (length != Length) return false;
            for (int index = 0; index < length; index++)
            {
                if (other[index] != Chars[index]) return false;
            }

            return true;
        }
    }
}
