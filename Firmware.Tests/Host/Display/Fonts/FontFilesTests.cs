using System.Collections.Generic;
using System.IO;
using DeskStats.Display.Fonts;
using DeskStats.Host.Display.Fonts;
using DeskStats.Tools.FontGenerator;

namespace DeskStats.Tests.Host.Display.Fonts
{
    public class FontFilesTests
    {
        [Fact]
        public void The_embedded_fonts_are_the_committed_files()
        {
            foreach (string name in FontFiles.Names)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.FontDirectory, name + ".bin")), FontFiles.ReadBytes(name));
            }
        }

        [Fact]
        public void Each_property_loads_its_font_once()
        {
            Assert.Same(FontFiles.TextSmall, FontFiles.TextSmall);
            Assert.Equal(16, FontFiles.TextSmall.PixelSize);
            Assert.Equal(24, FontFiles.TextMedium.PixelSize);
            Assert.Equal(44, FontFiles.DigitsMedium.PixelSize);
            Assert.Equal(66, FontFiles.DigitsLarge.PixelSize);
            Assert.Throws<System.ArgumentException>(() => FontFiles.Load("no-such-font"));
        }

        [Fact]
        public void Text_faces_cover_ascii_latin_1_latin_extended_a_the_ellipsis_and_the_en_dash()
        {
            var required = new List<int>();
            for (int codePoint = 0x20; codePoint <= 0x7E; codePoint++)
            {
                required.Add(codePoint);
            }

            for (int codePoint = 0xA0; codePoint <= 0x17F; codePoint++)
            {
                required.Add(codePoint);
            }

            required.Add(0x2026);
            required.Add(0x2013);
            foreach (BitmapFont font in new[] { FontFiles.TextSmall, FontFiles.TextMedium })
            {
                foreach (int codePoint in required)
                {
                    Assert.True(font.HasGlyph(codePoint), "missing U+" + codePoint.ToString("X4"));
                }
            }
        }

        [Fact]
        public void The_manifest_names_every_committed_font_with_its_length_and_hash()
        {
            string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.FontDirectory, Generator.ManifestFileName));
            int outputs = 0;
            foreach (string line in lines)
            {
                string[] fields = line.Split(' ');
                if (fields[0] != "output")
                {
                    continue;
                }

                byte[] bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.FontDirectory, fields[1]));
                Assert.Equal(int.Parse(fields[2]), bytes.Length);
                Assert.Equal(fields[3], Generator.Sha256(bytes));
                outputs++;
            }

            Assert.Equal(FontFiles.Names.Length, outputs);
        }
    }
}
