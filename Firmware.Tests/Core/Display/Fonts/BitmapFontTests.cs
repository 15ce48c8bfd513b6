using System;
using DeskStats.Display.Fonts;
using DeskStats.Host.Display.Fonts;

namespace DeskStats.Tests.Core.Display.Fonts
{
    public class BitmapFontTests
    {
        [Fact]
        public void Reads_the_header_of_a_hand_built_font()
        {
            var font = new BitmapFont(new ByteArrayFontData(HandBuiltFont.Build()));

            Assert.Equal(12, font.LineHeight);
            Assert.Equal(9, font.Ascent);
            Assert.Equal(3, font.Descent);
            Assert.Equal(3, font.GlyphCount);
            Assert.Equal(2, font.RangeCount);
            Assert.Equal(3, font.MaxGlyphWidth);
            Assert.Equal(2, font.MaxGlyphHeight);
            Assert.Equal(4, font.MaxBitmapLength);
            Assert.Equal(11, font.PixelSize);
            Assert.Equal('A', font.GetRangeFirst(0));
            Assert.Equal(2, font.GetRangeCount(0));
            Assert.Equal(0x2026, font.GetRangeFirst(1));
        }

        [Fact]
        public void Reads_glyph_records_and_packed_pixels_of_a_hand_built_font()
        {
            var font = new BitmapFont(new ByteArrayFontData(HandBuiltFont.Build()));
            var glyph = new GlyphMetrics();

            Assert.True(font.TryGetGlyph('A', glyph));
            Assert.Equal('A', glyph.CodePoint);
            Assert.Equal(4, glyph.Advance);
            Assert.Equal(3, glyph.Width);
            Assert.Equal(2, glyph.Height);
            Assert.Equal(-1, glyph.BearingX);
            Assert.Equal(7, glyph.BearingY);
            Assert.Equal(2, glyph.RowBytes);
            Assert.Equal(4, glyph.BitmapLength);
            var bitmap = new byte[6];
            font.ReadGlyphBitmap(glyph, bitmap, 2);
            Assert.Equal(new[] { 0, 7, 15 }, new[] { BitmapFont.GetPixel(bitmap, 2, 2, 0, 0), BitmapFont.GetPixel(bitmap, 2, 2, 1, 0), BitmapFont.GetPixel(bitmap, 2, 2, 2, 0) });
            Assert.Equal(new[] { 15, 1, 0 }, new[] { BitmapFont.GetPixel(bitmap, 2, 2, 0, 1), BitmapFont.GetPixel(bitmap, 2, 2, 1, 1), BitmapFont.GetPixel(bitmap, 2, 2, 2, 1) });

            Assert.True(font.TryGetGlyph('B', glyph));
            Assert.Equal(-2, glyph.BearingY);
            Assert.Equal(1, glyph.BitmapLength);
            font.ReadGlyphBitmap(glyph, bitmap, 0);
            Assert.Equal(15, BitmapFont.GetPixel(bitmap, 0, 1, 0, 0));

            Assert.True(font.TryGetGlyph(0x2026, glyph));
            Assert.Equal(9, glyph.Advance);
            Assert.Equal(0, glyph.BitmapLength);
        }

        [Fact]
        public void Code_points_outside_every_range_are_missing_and_leave_the_metrics_untouched()
        {
            var font = new BitmapFont(new ByteArrayFontData(HandBuiltFont.Build()));
            var glyph = new GlyphMetrics { Advance = 77 };

            foreach (int codePoint in new[] { 0, '@', 'C', 0x2025, 0x2027, 0xFFFF, -1, 0x10000 })
            {
                Assert.False(font.TryGetGlyph(codePoint, glyph));
                Assert.False(font.HasGlyph(codePoint));
                Assert.Equal(-1, font.GetAdvance(codePoint));
            }

            Assert.Equal(77, glyph.Advance);
        }

        [Fact]
        public void Measures_the_sum_of_advances_and_counts_missing_characters_as_zero()
        {
            var font = new BitmapFont(new ByteArrayFontData(HandBuiltFont.Build()));

            Assert.Equal(4 + 2 + 4 + 9, font.MeasureWidth("AB?A\u2026"));
            Assert.Equal(2 + 4, font.MeasureWidth("xABAx", 2, 2));
            Assert.Equal(4 + 2, font.MeasureWidth(new[] { 'x', 'A', 'B' }, 1, 2));
            Assert.Equal(0, font.MeasureWidth(string.Empty));
        }

        [Fact]
        public void Rejects_data_that_is_not_a_consistent_version_1_font()
        {
            byte[] good = HandBuiltFont.Build();
            Assert.Throws<ArgumentException>(() => new BitmapFont(new ByteArrayFontData(new byte[10])));

            byte[] badMagic = (byte[])good.Clone();
            badMagic[3] = (byte)'2';
            Assert.Throws<ArgumentException>(() => new BitmapFont(new ByteArrayFontData(badMagic)));

            byte[] badVersion = (byte[])good.Clone();
            badVersion[FontFormat.VersionOffset] = 2;
            Assert.Throws<ArgumentException>(() => new BitmapFont(new ByteArrayFontData(badVersion)));

            byte[] truncated = new byte[good.Length - 1];
            Array.Copy(good, truncated, truncated.Length);
            Assert.Throws<ArgumentException>(() => new BitmapFont(new ByteArrayFontData(truncated)));

            byte[] badTable = (byte[])good.Clone();
            badTable[FontFormat.GlyphTableOffsetOffset]++;
            Assert.Throws<ArgumentException>(() => new BitmapFont(new ByteArrayFontData(badTable)));

            Assert.Throws<ArgumentNullException>(() => new BitmapFont(null));
        }

        [Theory]
        [InlineData("text-small")]
        [InlineData("text-medium")]
        [InlineData("digits-medium")]
        [InlineData("digits-large")]
        public void Every_code_point_of_every_range_finds_its_own_glyph_and_its_bitmap_lies_inside_the_file(string name)
        {
            byte[] bytes = FontFiles.ReadBytes(name);
            var font = new BitmapFont(new ByteArrayFontData(bytes));
            var glyph = new GlyphMetrics();
            var byIndex = new GlyphMetrics();
            int glyphIndex = 0;
            int previousLast = -1;
            for (int range = 0; range < font.RangeCount; range++)
            {
                int first = font.GetRangeFirst(range);
                int count = font.GetRangeCount(range);
                Assert.True(first > previousLast + 1, "ranges ascend with gaps between them");
                Assert.False(font.HasGlyph(first - 1));
                for (int codePoint = first; codePoint < first + count; codePoint++)
                {
                    Assert.True(font.TryGetGlyph(codePoint, glyph));
                    font.GetGlyphByIndex(glyphIndex++, byIndex);
                    Assert.Equal(codePoint, byIndex.CodePoint);
                    Assert.Equal(glyph.DataOffset, byIndex.DataOffset);
                    Assert.InRange(glyph.Width, 0, font.MaxGlyphWidth);
                    Assert.InRange(glyph.Height, 0, font.MaxGlyphHeight);
                    Assert.InRange(glyph.BitmapLength, 0, font.MaxBitmapLength);
                    Assert.True(glyph.DataOffset + glyph.BitmapLength <= bytes.Length);
                    Assert.InRange(glyph.BearingY, glyph.Height - font.Descent, font.Ascent);
                    Assert.True(glyph.Advance > 0);
                }

                previousLast = first + count - 1;
                Assert.False(font.HasGlyph(previousLast + 1));
            }

            Assert.Equal(font.GlyphCount, glyphIndex);
            Assert.Equal(font.Ascent + font.Descent, font.LineHeight);
        }

        [Fact]
        public void A_rendered_capital_A_has_full_ink_partial_ink_and_no_ink()
        {
            BitmapFont font = FontFiles.TextMedium;
            var glyph = new GlyphMetrics();
            Assert.True(font.TryGetGlyph('A', glyph));
            var bitmap = new byte[font.MaxBitmapLength];
            font.ReadGlyphBitmap(glyph, bitmap, 0);
            int full = 0;
            int partial = 0;
            int empty = 0;
            for (int y = 0; y < glyph.Height; y++)
            {
                for (int x = 0; x < glyph.Width; x++)
                {
                    int value = BitmapFont.GetPixel(bitmap, 0, glyph.RowBytes, x, y);
                    if (value == 15)
                    {
                        full++;
                    }
                    else if (value == 0)
                    {
                        empty++;
                    }
                    else
                    {
                        partial++;
                    }
                }
            }

            Assert.True(full >= 20, "full-intensity pixels: " + full);
            Assert.True(partial >= 10, "anti-aliased pixels: " + partial);
            Assert.True(empty >= 20, "background pixels inside the box: " + empty);
            Assert.InRange(glyph.Height, 16, 19); // cap height of DejaVu Sans at 24 px is about 17.5 px
        }

        [Fact]
        public void The_space_is_blank_but_advances()
        {
            var glyph = new GlyphMetrics();
            Assert.True(FontFiles.TextSmall.TryGetGlyph(' ', glyph));
            Assert.Equal(0, glyph.BitmapLength);
            Assert.True(glyph.Advance >= 4);
        }

        [Theory]
        [InlineData("digits-large", 48)]
        [InlineData("digits-medium", 31)]
        public void Digit_faces_have_equal_digit_advances_and_the_required_digit_height(string name, int minimumHeight)
        {
            BitmapFont font = FontFiles.Load(name);
            var glyph = new GlyphMetrics();
            Assert.True(font.TryGetGlyph('0', glyph));
            int advance = glyph.Advance;
            for (char digit = '0'; digit <= '9'; digit++)
            {
                Assert.True(font.TryGetGlyph(digit, glyph));
                Assert.Equal(advance, glyph.Advance);
                Assert.True(glyph.Height >= minimumHeight, digit + " is " + glyph.Height + " px tall");
            }

            foreach (char character in " ,.:-hm")
            {
                Assert.True(font.HasGlyph(character), "missing '" + character + "'");
            }
        }

        [Fact]
        public void Keeps_little_ram()
        {
            // 16 ranges in the text faces, 7 in the digit faces.
            Assert.Equal(180 + 12 + 16 * 6 + 12 + 10, FontFiles.TextMedium.RamBytes);
            Assert.Equal(180 + 12 + 7 * 6 + 12 + 10, FontFiles.DigitsLarge.RamBytes);
        }
    }
}
