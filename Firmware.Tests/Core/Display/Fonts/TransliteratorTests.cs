using System.Globalization;
using System.Text;
using DeskStats.Display.Fonts;
using DeskStats.Host.Display.Fonts;
using FsCheck;
using FsCheck.Fluent;

namespace DeskStats.Tests.Core.Display.Fonts
{
    public class TransliteratorTests
    {
        private static string Prepare(BitmapFont font, string text, int capacity = 64)
        {
            var buffer = new char[capacity];
            int length = Transliterator.Prepare(font, text, buffer);
            return length < 0 ? null : new string(buffer, 0, length);
        }

        private static string Transliterate(char character)
        {
            var buffer = new char[2];
            int length = Transliterator.Transliterate(character, buffer, 0);
            return new string(buffer, 0, length);
        }

        [Theory]
        [InlineData("São Paulo")]
        [InlineData("Zürich")]
        [InlineData("Kraków")]
        [InlineData("Reykjavík")]
        [InlineData("Łódź")]
        [InlineData("Győr")]
        [InlineData("Ørsted – Århus…")]
        [InlineData("București")]
        public void Cities_in_the_covered_ranges_are_drawn_as_they_are(string city)
        {
            foreach (BitmapFont font in new[] { FontFiles.TextSmall, FontFiles.TextMedium })
            {
                Assert.True(Transliterator.CanDraw(font, city));
                Assert.Equal(city, Prepare(font, city));
            }
        }

        [Theory]
        [InlineData("Москва")]
        [InlineData("東京")]
        [InlineData("Tokyo 東京")]
        [InlineData("القاهرة")]
        [InlineData("Paris \U0001F600")]
        public void Text_that_cannot_be_drawn_is_reported_so_the_caller_shows_the_country(string city)
        {
            Assert.False(Transliterator.CanDraw(FontFiles.TextSmall, city));
            Assert.Equal(Transliterator.Undrawable, Transliterator.Prepare(FontFiles.TextSmall, city, new char[64]));
            Assert.Equal(TextFitter.Undrawable, TextFitter.PrepareAndFit(FontFiles.TextSmall, city, new char[64], 200));
        }

        [Theory]
        [InlineData("Hà Nội", "Hà Noi")]
        [InlineData("Đà Nẵng", "Đà Nang")]
        [InlineData("Ǎrad", "Arad")]
        [InlineData("Zu\u0308rich", "Zurich")]
        [InlineData("Tab\there", "Tab here")]
        [InlineData("soft\u00ADhyphen", "soft\u00ADhyphen")]
        [InlineData("zero\u200Bwidth", "zerowidth")]
        [InlineData("Əli", "Eli")]
        public void Missing_glyphs_are_transliterated_dropped_or_spaced(string text, string expected)
        {
            Assert.True(Transliterator.CanDraw(FontFiles.TextSmall, text));
            Assert.Equal(expected, Prepare(FontFiles.TextSmall, text));
        }

        [Theory]
        [InlineData("\U0001F525 Hot deals", "Hot deals")]
        [InlineData("Newsletter \U0001F389 winter", "Newsletter winter")]
        [InlineData("Yandex (Яндекс)", "Yandex ()")]
        [InlineData("München Blog ❤️", "München Blog")]
        [InlineData("Chrome", "Chrome")]
        [InlineData("  two   spaces  ", "two spaces")]
        [InlineData("\U0001F600\U0001F600", "")]
        [InlineData("東京", "")]
        [InlineData("", "")]
        public void Free_text_keeps_what_the_font_can_draw_with_single_spaces_and_none_at_the_ends(string text, string expected)
        {
            var buffer = new char[64];

            int length = Transliterator.PrepareDrawable(FontFiles.TextSmall, text, buffer);

            Assert.Equal(expected, new string(buffer, 0, length));
        }

        [Fact]
        public void Free_text_stops_when_the_buffer_is_full_and_null_is_empty()
        {
            var buffer = new char[4];

            Assert.Equal(4, Transliterator.PrepareDrawable(FontFiles.TextSmall, "\U0001F525 Google", buffer));
            Assert.Equal("Goog", new string(buffer));
            Assert.Equal(0, Transliterator.PrepareDrawable(FontFiles.TextSmall, null, buffer));
        }

        [Fact]
        public void A_digit_face_transliterates_into_what_it_has_and_refuses_the_rest()
        {
            Assert.True(Transliterator.CanDraw(FontFiles.DigitsLarge, "12,345"));
            Assert.Equal("1-2", Prepare(FontFiles.DigitsLarge, "1–2"));
            Assert.False(Transliterator.CanDraw(FontFiles.DigitsLarge, "abc"));
        }

        [Theory]
        [InlineData('ł', "l")]
        [InlineData('Ł', "L")]
        [InlineData('ß', "ss")]
        [InlineData('ő', "o")]
        [InlineData('Ș', "S")]
        [InlineData('ț', "t")]
        [InlineData('æ', "ae")]
        [InlineData('Œ', "OE")]
        [InlineData('đ', "d")]
        [InlineData('ı', "i")]
        [InlineData('Þ', "Th")]
        [InlineData('ø', "o")]
        [InlineData('ŋ', "n")]
        [InlineData('ǅ', "Dz")]
        [InlineData('ộ', "o")]
        [InlineData('“', "\"")]
        [InlineData('—', "-")]
        [InlineData('€', "E")]
        [InlineData('A', "")]
        [InlineData('Ж', "")]
        public void The_table_gives_the_ascii_form(char character, string expected)
        {
            Assert.Equal(expected, Transliterate(character));
        }

        [Fact]
        public void Every_letter_of_latin_1_latin_extended_a_and_vietnamese_has_an_ascii_form_of_the_same_case()
        {
            // (Normalisation is not available under invariant globalisation, so this checks coverage and case;
            // the individual forms are spot-checked above.)
            int checkedLetters = 0;
            foreach (int[] range in new[] { new[] { 0xC0, 0x17F }, new[] { 0x1EA0, 0x1EF9 } })
            {
                for (int codePoint = range[0]; codePoint <= range[1]; codePoint++)
                {
                    var character = (char)codePoint;
                    if (!char.IsLetter(character))
                    {
                        continue;
                    }

                    string ascii = Transliterate(character);
                    Assert.True(ascii.Length > 0, "no ASCII form for U+" + codePoint.ToString("X4"));
                    if (char.IsUpper(character))
                    {
                        Assert.True(char.IsUpper(ascii[0]), "U+" + codePoint.ToString("X4") + " -> " + ascii);
                    }
                    else if (character != 'ŉ')
                    {
                        Assert.True(char.IsLower(ascii[0]) || character == 'ĸ', "U+" + codePoint.ToString("X4") + " -> " + ascii);
                    }

                    checkedLetters++;
                }
            }

            Assert.True(checkedLetters > 250, "checked " + checkedLetters);
        }

        [Fact]
        public void Everything_the_table_produces_is_printable_ascii()
        {
            int entries = 0;
            for (int codePoint = 0; codePoint <= 0xFFFF; codePoint++)
            {
                string ascii = Transliterate((char)codePoint);
                if (ascii.Length == 0)
                {
                    continue;
                }

                entries++;
                foreach (char character in ascii)
                {
                    Assert.InRange(character, ' ', '~');
                }
            }

            Assert.Equal(Transliterator.TableLength, entries);
        }

        [Fact]
        public void Stops_when_the_buffer_is_full()
        {
            Assert.Equal("Zür", Prepare(FontFiles.TextSmall, "Zürich", 3));
            Assert.Equal("AD", Prepare(FontFiles.TextSmall, "A\u01C5", 2)); // "ǅ" becomes "Dz" but only "D" fits
            Assert.Equal(0, Transliterator.Prepare(FontFiles.TextSmall, null, new char[4]));
            Assert.True(Transliterator.CanDraw(FontFiles.TextSmall, null));
        }

        [Fact]
        public void Prepared_text_only_holds_characters_the_font_has()
        {
            BitmapFont font = FontFiles.TextSmall;
            Gen<string> latinText = Gen.Choose(0x20, 0x24F).Select(codePoint => (char)codePoint).ArrayOf().Select(characters => new string(characters));
            Prop.ForAll(latinText.ToArbitrary(), text =>
            {
                var buffer = new char[text.Length * 2 + 1];
                int length = Transliterator.Prepare(font, text, buffer);
                bool drawable = Transliterator.CanDraw(font, text);
                if (length < 0)
                {
                    return !drawable;
                }

                for (int index = 0; index < length; index++)
                {
                    if (!font.HasGlyph(buffer[index]))
                    {
                        return false;
                    }
                }

                return drawable;
            }).QuickCheckThrowOnFailure();
        }
    }
}
