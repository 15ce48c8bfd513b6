using System;
using DeskStats.Display.Fonts;
using DeskStats.Host.Display.Fonts;

namespace DeskStats.Tests.Core.Display.Fonts
{
    /// <summary>The per-frame font calls allocate nothing (on the host; the device adapter may allocate a cached block).</summary>
    public class AllocationTests
    {
        [Fact]
        public void Lookup_measuring_transliteration_and_fitting_allocate_nothing()
        {
            BitmapFont font = FontFiles.TextMedium;
            var glyph = new GlyphMetrics();
            var bitmap = new byte[font.MaxBitmapLength];
            var buffer = new char[64];
            const string City = "Hà Nội, Việt Nam – São Paulo";

            // Warm up (JIT, static tables).
            Run(font, glyph, bitmap, buffer, City);
            long before = GC.GetAllocatedBytesForCurrentThread();
            int checksum = 0;
            for (int repeat = 0; repeat < 10; repeat++)
            {
                checksum += Run(font, glyph, bitmap, buffer, City);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
            Assert.True(checksum > 0);
        }

        private static int Run(BitmapFont font, GlyphMetrics glyph, byte[] bitmap, char[] buffer, string city)
        {
            int sum = 0;
            for (char character = ' '; character <= 'z'; character++)
            {
                if (font.TryGetGlyph(character, glyph))
                {
                    font.ReadGlyphBitmap(glyph, bitmap, 0);
                    sum += glyph.Advance + bitmap[0];
                }
            }

            sum += font.MeasureWidth(city);
            sum += Transliterator.CanDraw(font, city) ? 1 : 0;
            sum += TextFitter.PrepareAndFit(font, city, buffer, 150);
            sum += Transliterator.Prepare(font, "Москва", buffer) == Transliterator.Undrawable ? 1 : 0;
            return sum;
        }
    }
}
