using System;
using System.Linq;
using System.Text.RegularExpressions;
using DeskStats.Host.Display;
using DeskStats.Host.Terminal;

namespace DeskStats.Tests.Host.Terminal
{
    public class TerminalViewTests
    {
        private static ushort Rgb565(int red, int green, int blue) => (ushort)(((red >> 3) << 11) | ((green >> 2) << 5) | (blue >> 3));

        private static string[] Lines(string ansi)
        {
            Assert.StartsWith(TerminalView.CursorHome, ansi);
            return ansi.Substring(TerminalView.CursorHome.Length).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        private static int Cells(string line) => line.Count(character => character == '\u2580');

        [Fact]
        public void Each_cell_is_a_half_block_with_the_top_pixel_as_foreground_and_the_bottom_as_background()
        {
            var image = new HostImage(2, 2);
            image.Pixels[0] = Rgb565(255, 0, 0);
            image.Pixels[1] = Rgb565(0, 0, 255);
            image.Pixels[2] = Rgb565(0, 255, 0);
            image.Pixels[3] = Rgb565(255, 255, 255);

            string[] lines = Lines(TerminalView.Render(image, 80, 24));

            Assert.Single(lines);
            Assert.Equal("\u001b[38;2;255;0;0m\u001b[48;2;0;255;0m\u2580\u001b[38;2;0;0;255m\u001b[48;2;255;255;255m\u2580\u001b[0m\u001b[K", lines[0]);
        }

        [Fact]
        public void A_run_of_one_colour_sends_its_colour_once()
        {
            var image = new HostImage(40, 2);
            Array.Fill(image.Pixels, Rgb565(255, 255, 0));

            string line = Lines(TerminalView.Render(image, 80, 24))[0];

            Assert.Equal(40, Cells(line));
            Assert.Single(Regex.Matches(line, "38;2;"));
            Assert.Single(Regex.Matches(line, "48;2;"));
        }

        [Theory]
        [InlineData(320, 240, 400, 200, 320, 120)]
        [InlineData(320, 240, 80, 24, 64, 24)]
        [InlineData(240, 135, 80, 40, 80, 23)]
        [InlineData(240, 240, 100, 30, 60, 30)]
        public void The_picture_fits_the_terminal_keeping_its_shape(int width, int height, int maxColumns, int maxRows, int columns, int rows)
        {
            TerminalView.FitSize(width, height, maxColumns, maxRows, out int actualColumns, out int actualRows);

            Assert.Equal(columns, actualColumns);
            Assert.Equal(rows, actualRows);
            string[] lines = Lines(TerminalView.Render(new HostImage(width, height), maxColumns, maxRows));
            Assert.Equal(rows, lines.Length);
            Assert.All(lines, line => Assert.Equal(columns, Cells(line)));
        }

        [Fact]
        public void Shrinking_averages_the_pixels_a_cell_covers()
        {
            var image = new HostImage(4, 4);
            for (int index = 0; index < image.Pixels.Length; index++)
            {
                // A checkerboard of white and black: every 2x2 block averages to mid grey.
                image.Pixels[index] = ((index % 4) + (index / 4)) % 2 == 0 ? Rgb565(255, 255, 255) : (ushort)0;
            }

            string line = Lines(TerminalView.Render(image, 2, 1))[0];

            Assert.Equal(2, Cells(line));
            Assert.Contains("38;2;128;128;128m", line);
            Assert.Contains("48;2;128;128;128m", line);
        }
    }
}
