using System;
using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;

namespace DeskStats.Tests.Core.Display.Rendering
{
    public class TextCellsTests
    {
        private static (RenderTarget Target, DecodingDisplayBus Bus) Target()
        {
            BoardProfile profile = BoardProfiles.Find("cyd");
            var bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();
            return (new RenderTarget(panel, 2048, RenderTarget.DefaultBandBytes), bus);
        }

        [Theory]
        [InlineData(0, 0, 1, 1, TextAlignment.Left)]
        [InlineData(-3, 211, 320, 29, TextAlignment.Center)]
        [InlineData(319, 239, 480, 320, TextAlignment.Right)]
        public void Each_box_reads_back_as_given(int x, int y, int width, int height, TextAlignment alignment)
        {
            var cells = new TextCells(FontFiles.TextSmall, Rgb565.Background, 2, 12);
            cells.Add(1, 2, 3, 4, TextAlignment.Left, 5);

            int cell = cells.Add(x, y, width, height, alignment, 7);

            Assert.Equal(1, cell);
            Assert.Equal(2, cells.Count);
            Assert.Equal((x, y, width, height, alignment, 7), (cells.X(cell), cells.Y(cell), cells.Width(cell), cells.Height(cell), cells.Alignment(cell), cells.Capacity(cell)));
            Assert.Equal((1, 2, 3, 4, 5), (cells.X(0), cells.Y(0), cells.Width(0), cells.Height(0), cells.Capacity(0)));
        }

        [Fact]
        public void More_cells_or_characters_than_it_was_made_for_are_refused()
        {
            var cells = new TextCells(FontFiles.TextSmall, Rgb565.Background, 2, 10);
            cells.Add(0, 0, 10, 10, TextAlignment.Left, 6);

            Assert.Throws<ArgumentOutOfRangeException>(() => cells.Add(0, 10, 10, 10, TextAlignment.Left, 5));
            cells.Add(0, 10, 10, 10, TextAlignment.Left, 4);
            Assert.Throws<ArgumentOutOfRangeException>(() => cells.Add(0, 20, 10, 10, TextAlignment.Left, 0));
        }

        [Fact]
        public void Cells_keep_their_own_texts_cut_to_their_capacity()
        {
            var (target, _) = Target();
            var cells = new TextCells(FontFiles.TextSmall, Rgb565.Background, 2, 8);
            int first = cells.Add(0, 0, 160, 20, TextAlignment.Left, 3);
            int second = cells.Add(0, 20, 160, 20, TextAlignment.Left, 5);

            cells.Draw(target, first, "Berlin".ToCharArray(), 6, Rgb565.Text);
            cells.Draw(target, second, "Paris".ToCharArray(), 5, Rgb565.Text);

            Assert.Equal("Ber", cells.ShownText(first));
            Assert.Equal("Paris", cells.ShownText(second));
            Assert.True(cells.Shows(second, "Paris".ToCharArray(), 5));
            Assert.False(cells.Shows(first, "Berlin".ToCharArray(), 6));
        }

        // A cell and a TextField of the same box, font and colours, given the same texts one after another, send the
        // same bytes and leave the same picture: the rule is the painter's, whichever keeps the state.
        [Theory]
        [InlineData(TextAlignment.Left, "Kraków|Kraków|Krakóq|Lodz|Москва|São Paulo|12:03|12:08|")]
        [InlineData(TextAlignment.Right, "BR 09:03|BR 09:04|PL 09:04|US 19:44||US 19:44|1 action · Direct")]
        [InlineData(TextAlignment.Center, "1,234|1,235|1,240|999|1,000,000|1,000,001")]
        public void A_cell_sends_exactly_what_a_text_field_of_the_same_box_sends(TextAlignment alignment, string texts)
        {
            var (cellTarget, cellBus) = Target();
            var (fieldTarget, fieldBus) = Target();
            BitmapFont font = FontFiles.TextSmall;
            var cells = new TextCells(font, Rgb565.Background, 2, 40);
            cells.Add(0, 0, 10, 10, TextAlignment.Left, 4);
            int cell = cells.Add(30, 40, 180, 22, alignment, 32);
            var field = new TextField(30, 40, 180, 22, alignment, 32) { Font = font, Foreground = Rgb565.Muted, Background = Rgb565.Background };
            cells.MarkBlank();
            field.MarkBlank();

            int step = 0;
            foreach (string text in texts.Split('|'))
            {
                ushort color = step++ % 3 == 2 ? Rgb565.Accent : Rgb565.Muted;
                cellBus.ResetCounters();
                fieldBus.ResetCounters();

                cells.Draw(cellTarget, cell, text.ToCharArray(), text.Length, color);
                field.Draw(fieldTarget, text.ToCharArray(), text.Length, color);

                Assert.Equal(fieldBus.TotalBytes, cellBus.TotalBytes);
                Assert.Equal(fieldBus.Snapshot().Pixels, cellBus.Snapshot().Pixels);
                Assert.Equal(field.ShownText, cells.ShownText(cell));
            }
        }

        [Fact]
        public void After_invalidate_a_cell_paints_its_whole_box_and_the_same_text_then_sends_nothing()
        {
            var (target, bus) = Target();
            var cells = new TextCells(FontFiles.TextSmall, Rgb565.Background, 1, 16);
            int cell = cells.Add(20, 30, 100, 19, TextAlignment.Left, 16);
            cells.Draw(target, cell, "Tokyo".ToCharArray(), 5, Rgb565.Text);

            cells.Invalidate();
            bus.ResetCounters();
            cells.Draw(target, cell, "Tokyo".ToCharArray(), 5, Rgb565.Text);
            long whole = bus.TotalBytes;
            bus.ResetCounters();
            cells.Draw(target, cell, "Tokyo".ToCharArray(), 5, Rgb565.Text);

            Assert.InRange(whole, 100 * 19 * 2, 100 * 19 * 2 + 64);
            Assert.Equal(0, bus.TotalBytes);
        }

        [Fact]
        public void After_mark_blank_an_empty_text_sends_nothing_and_a_text_only_its_own_extent()
        {
            var (target, bus) = Target();
            var cells = new TextCells(FontFiles.TextSmall, Rgb565.Background, 1, 16);
            int cell = cells.Add(20, 30, 300, 19, TextAlignment.Left, 16);
            cells.MarkBlank();
            bus.ResetCounters();

            cells.Draw(target, cell, Array.Empty<char>(), 0, Rgb565.Text);
            Assert.Equal(0, bus.TotalBytes);
            cells.Draw(target, cell, "Oslo".ToCharArray(), 4, Rgb565.Text);

            Assert.InRange(bus.TotalBytes, 1, 100 * 19 * 2);
        }
    }
}
