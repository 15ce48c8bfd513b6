using System;
using DeskStats.Formatting;

namespace DeskStats.Tests.Core.Formatting
{
    public class DisplayFormatterTests
    {
        private static string Written(Func<char[], int, int> format)
        {
            var destination = new char[32];
            destination[0] = '#';
            int written = format(destination, 1);
            Assert.Equal('#', destination[0]);
            return new string(destination, 1, written);
        }

        [Theory]
        [InlineData(0, "0")]
        [InlineData(7, "7")]
        [InlineData(999, "999")]
        [InlineData(1000, "1,000")]
        [InlineData(1234, "1,234")]
        [InlineData(12345, "12,345")]
        [InlineData(123456, "123,456")]
        [InlineData(1234567, "1,234,567")]
        [InlineData(int.MaxValue, "2,147,483,647")]
        [InlineData(-1, "-1")]
        [InlineData(-1234, "-1,234")]
        [InlineData(int.MinValue, "-2,147,483,648")]
        public void FormatCount_groups_thousands(int value, string expected)
        {
            Assert.Equal(expected, Written((destination, offset) => DisplayFormatter.FormatCount(value, destination, offset)));
            Assert.True(expected.Length <= DisplayFormatter.MaxCountChars);
        }

        [Theory]
        [InlineData(1234567, ' ', "1 234 567")]
        [InlineData(1234567, '.', "1.234.567")]
        [InlineData(1234567, '\0', "1234567")]
        public void FormatCount_takes_a_separator(int value, char separator, string expected)
        {
            Assert.Equal(expected, Written((destination, offset) => DisplayFormatter.FormatCount(value, destination, offset, separator)));
        }

        [Theory]
        [InlineData(0, "0m")]
        [InlineData(59, "0m")]
        [InlineData(60, "1m")]
        [InlineData(34 * 60 + 59, "34m")]
        [InlineData(3600, "1h 00m")]
        [InlineData(3600 + 5 * 60, "1h 05m")]
        [InlineData(12 * 3600 + 34 * 60 + 56, "12h 34m")]
        [InlineData(100 * 3600 + 1, "100h 00m")]
        [InlineData(int.MaxValue, "596523h 14m")]
        [InlineData(-1, "--")]
        public void FormatTimeSpent_writes_the_short_form(int seconds, string expected)
        {
            Assert.Equal(expected, Written((destination, offset) => DisplayFormatter.FormatTimeSpent(seconds, destination, offset)));
            Assert.True(expected.Length <= DisplayFormatter.MaxTimeSpentChars);
        }

        [Theory]
        [InlineData(9, 3, "09:03")]
        [InlineData(0, 0, "00:00")]
        [InlineData(23, 59, "23:59")]
        [InlineData(-1, -1, "--:--")]
        [InlineData(24, 0, "--:--")]
        [InlineData(12, 60, "--:--")]
        public void FormatClock_writes_hours_and_minutes(int hour, int minute, string expected)
        {
            Assert.Equal(expected, Written((destination, offset) => DisplayFormatter.FormatClock(hour, minute, destination, offset)));
        }

        [Fact]
        public void Formatting_allocates_nothing()
        {
            var destination = new char[DisplayFormatter.MaxCountChars + DisplayFormatter.MaxTimeSpentChars + DisplayFormatter.MaxClockChars];
            int total = 0;
            void FormatMany()
            {
                for (int value = -5000; value < 5000; value += 7)
                {
                    total += DisplayFormatter.FormatCount(value * 1000, destination, 0);
                    total += DisplayFormatter.FormatTimeSpent(value * 100, destination, DisplayFormatter.MaxCountChars);
                    total += DisplayFormatter.FormatClock(value % 24, value % 60, destination, DisplayFormatter.MaxCountChars + DisplayFormatter.MaxTimeSpentChars);
                }
            }

            FormatMany();
            Assert.Equal(0, DeskStats.Tests.Core.Protocol.AllocationMeter.LeastOf(5, FormatMany));
            Assert.True(total > 0);
        }
    }
}
