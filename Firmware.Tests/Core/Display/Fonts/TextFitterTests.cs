using DeskStats.Display.Fonts;
using DeskStats.Host.Display.Fonts;

namespace DeskStats.Tests.Core.Display.Fonts
{
    public class TextFitterTests
    {
        private static char[] Buffer(string text, int extra = 0)
        {
            var buffer = new char[text.Length + extra];
            text.CopyTo(0, buffer, 0, text.Length);
            return buffer;
        }

        [Fact]
        public void Text_that_fits_is_left_alone()
        {
            BitmapFont font = FontFiles.TextSmall;
            char[] buffer = Buffer("Reykjavík");
            int width = font.MeasureWidth("Reykjavík");

            Assert.Equal(9, TextFitter.FitWithEllipsis(font, buffer, 9, width));
            Assert.Equal("Reykjavík", new string(buffer, 0, 9));
        }

        [Fact]
        public void Clipped_text_ends_with_an_ellipsis_and_is_as_long_as_the_box_allows_for_every_width()
        {
            const string Text = "Llanfairpwllgwyngyll, Wales";
            foreach (BitmapFont font in new[] { FontFiles.TextSmall, FontFiles.TextMedium })
            {
                int fullWidth = font.MeasureWidth(Text);
                int ellipsisWidth = font.GetAdvance(TextFitter.Ellipsis);
                for (int maxWidth = 0; maxWidth < fullWidth; maxWidth++)
                {
                    char[] buffer = Buffer(Text);
                    int length = TextFitter.FitWithEllipsis(font, buffer, Text.Length, maxWidth);
                    if (maxWidth < ellipsisWidth)
                    {
                        Assert.Equal(0, length);
                        continue;
                    }

                    Assert.Equal(TextFitter.Ellipsis, buffer[length - 1]);
                    int kept = length - 1;
                    Assert.Equal(Text.Substring(0, kept), new string(buffer, 0, kept));
                    Assert.True(font.MeasureWidth(buffer, 0, length) <= maxWidth);

                    // Exact: one more character (unless it is a trimmed space) would not have fitted.
                    int next = kept;
                    while (Text[next] == ' ')
                    {
                        next++;
                    }

                    Assert.True(font.MeasureWidth(Text, 0, next + 1) + ellipsisWidth > maxWidth, "width " + maxWidth + " kept " + kept);
                    Assert.True(kept == 0 || Text[kept - 1] != ' ', "no space before the ellipsis");
                }
            }
        }

        [Fact]
        public void The_exact_width_of_the_full_text_needs_no_ellipsis_and_one_pixel_less_does()
        {
            BitmapFont font = FontFiles.TextMedium;
            const string Text = "São Paulo, Brazil";
            int width = font.MeasureWidth(Text);

            Assert.Equal(Text.Length, TextFitter.FitWithEllipsis(font, Buffer(Text), Text.Length, width));
            char[] buffer = Buffer(Text);
            int length = TextFitter.FitWithEllipsis(font, buffer, Text.Length, width - 1);
            Assert.True(length < Text.Length);
            Assert.Equal(TextFitter.Ellipsis, buffer[length - 1]);
        }

        [Fact]
        public void A_font_without_the_ellipsis_character_uses_three_periods()
        {
            BitmapFont font = FontFiles.DigitsMedium;
            Assert.False(font.HasGlyph(TextFitter.Ellipsis));
            const string Text = "1,234,567,890";
            int maxWidth = font.MeasureWidth("1,234") + 3 * font.GetAdvance('.');
            char[] buffer = Buffer(Text);

            int length = TextFitter.FitWithEllipsis(font, buffer, Text.Length, maxWidth);

            Assert.Equal("1,234...", new string(buffer, 0, length));
        }

        [Fact]
        public void Counts_the_characters_whose_advances_fit()
        {
            BitmapFont font = FontFiles.TextSmall;
            char[] text = "WWWW".ToCharArray();
            int advance = font.GetAdvance('W');

            Assert.Equal(2, TextFitter.CountFitting(font, text, 0, 4, advance * 3 - 1));
            Assert.Equal(3, TextFitter.CountFitting(font, text, 1, 3, advance * 3));
            Assert.Equal(0, TextFitter.CountFitting(font, text, 0, 4, advance - 1));
        }

        [Fact]
        public void Prepare_and_fit_transliterates_then_clips()
        {
            BitmapFont font = FontFiles.TextSmall;
            var buffer = new char[32];

            int length = TextFitter.PrepareAndFit(font, "Hà Nội", buffer, 500);
            Assert.Equal("Hà Noi", new string(buffer, 0, length));

            int narrow = font.MeasureWidth("Hà") + font.GetAdvance(TextFitter.Ellipsis);
            length = TextFitter.PrepareAndFit(font, "Hà Nội", buffer, narrow);
            Assert.Equal("Hà…", new string(buffer, 0, length));

            Assert.Equal(TextFitter.Undrawable, TextFitter.PrepareAndFit(font, "Москва", buffer, 500));
        }
    }
}
