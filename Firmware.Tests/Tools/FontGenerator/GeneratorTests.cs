using System;
using System.IO;
using DeskStats.Display.Fonts;
using DeskStats.Tools.FontGenerator;
using Xunit.Abstractions;

namespace DeskStats.Tests.Tools.FontGenerator
{
    public class GeneratorTests
    {
        private readonly ITestOutputHelper _output;

        public GeneratorTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Regenerating_gives_the_committed_bytes_when_freetype_and_the_fonts_match_the_manifest()
        {
            // The generator needs libfreetype6 and fonts-dejavu-core. Where either is missing (a bare CI image) this
            // test cannot run the generator and says so; where both are present but differ in version from those
            // in fonts.manifest it checks determinism between two runs only, since another FreeType rasterises differently.
            if (!Generator.CanRun(Generator.DefaultFontDirectory, out string reason))
            {
                _output.WriteLine("generator not run: " + reason);
                return;
            }

            string manifest = File.ReadAllText(Path.Combine(RepositoryPaths.FontDirectory, Generator.ManifestFileName));
            bool sameInputs = manifest.Contains("freetype " + Generator.FreeTypeVersion() + "\n");
            foreach (FaceSpecification face in FaceSpecification.All())
            {
                string hash = Generator.Sha256(File.ReadAllBytes(Path.Combine(Generator.DefaultFontDirectory, face.SourceFile)));
                sameInputs &= manifest.Contains("source " + face.SourceFile + " " + hash + "\n");
            }

            string directory = Path.Combine(Path.GetTempPath(), "deskstats-fonts-" + Guid.NewGuid().ToString("N"));
            try
            {
                Generator.GenerateAll(Generator.DefaultFontDirectory, directory, TextWriter.Null);
                foreach (FaceSpecification face in FaceSpecification.All())
                {
                    byte[] generated = File.ReadAllBytes(Path.Combine(directory, face.Name + ".bin"));
                    Assert.Equal(generated, Generator.GenerateFace(face, Generator.DefaultFontDirectory));
                    if (sameInputs)
                    {
                        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.FontDirectory, face.Name + ".bin")), generated);
                    }
                }

                if (sameInputs)
                {
                    Assert.Equal(manifest, File.ReadAllText(Path.Combine(directory, Generator.ManifestFileName)));
                }
                else
                {
                    _output.WriteLine("FreeType or DejaVu differ from fonts.manifest: checked determinism only");
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [Fact]
        public void The_committed_resx_and_designer_are_what_the_generator_writes()
        {
            string directory = Path.Combine(Path.GetTempPath(), "deskstats-resources-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                NanoResources.Write(directory);
                string resources = Path.Combine(RepositoryPaths.Root, "Firmware", "Resources");
                Assert.Equal(File.ReadAllText(Path.Combine(resources, "Resources.resx")), File.ReadAllText(Path.Combine(directory, "Resources.resx")));
                Assert.Equal(File.ReadAllText(Path.Combine(resources, "Resources.Designer.cs")), File.ReadAllText(Path.Combine(directory, "Resources.Designer.cs")));
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [Fact]
        public void Resource_ids_are_distinct_and_stable()
        {
            var seen = new System.Collections.Generic.HashSet<short>();
            foreach (string[] entry in NanoResources.Entries())
            {
                Assert.True(seen.Add(NanoResources.ResourceId(entry[0])), entry[0]);
            }

            Assert.Equal(NanoResources.ResourceId("TextSmall"), NanoResources.ResourceId("TextSmall"));
            Assert.NotEqual(NanoResources.ResourceId("ab"), NanoResources.ResourceId("ba"));
        }

        [Fact]
        public void Quantisation_keeps_the_ends_and_rounds_to_nearest()
        {
            Assert.Equal(0, FontEncoder.Quantize(0));
            Assert.Equal(15, FontEncoder.Quantize(255));
            Assert.Equal(0, FontEncoder.Quantize(8));
            Assert.Equal(1, FontEncoder.Quantize(9));
            Assert.Equal(8, FontEncoder.Quantize(128));
        }

        [Fact]
        public void Encoded_glyphs_read_back_through_bitmap_font()
        {
            var glyphs = new[]
            {
                new RenderedGlyph { CodePoint = 'a', Advance = 5, Width = 3, Height = 1, Left = 1, Top = 4, Coverage = new byte[] { 255, 128, 0 } },
                new RenderedGlyph { CodePoint = 'b', Advance = 6, Width = 0, Height = 0, Left = 0, Top = 0, Coverage = new byte[0] },
                new RenderedGlyph { CodePoint = 0x2026, Advance = 9, Width = 1, Height = 2, Left = 0, Top = -1, Coverage = new byte[] { 17, 255 } },
            };

            byte[] bytes = FontEncoder.Encode(12, glyphs);
            var font = new BitmapFont(new ByteArrayFontData(bytes));
            var glyph = new GlyphMetrics();

            Assert.Equal(2, font.RangeCount);
            Assert.Equal(4, font.Ascent);
            Assert.Equal(3, font.Descent);
            Assert.True(font.TryGetGlyph('a', glyph));
            var bitmap = new byte[font.MaxBitmapLength];
            font.ReadGlyphBitmap(glyph, bitmap, 0);
            Assert.Equal(new byte[] { 0xF8, 0x00 }, bitmap);
            Assert.True(font.TryGetGlyph(0x2026, glyph));
            Assert.Equal(-1, glyph.BearingY);
            font.ReadGlyphBitmap(glyph, bitmap, 0);
            Assert.Equal(new byte[] { 0x10, 0xF0 }, bitmap);
        }
    }
}
