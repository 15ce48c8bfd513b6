using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace DeskStats.Tools.FontGenerator
{
    /// <summary>
    /// Renders the DeskStats faces with FreeType and writes them as DSF4 files, plus a manifest naming the FreeType
    /// version and the source fonts' SHA-256 (the output is byte-for-byte deterministic for the same two).
    /// </summary>
    public static class Generator
    {
        /// <summary>Where Debian's fonts-dejavu-core puts the fonts.</summary>
        public const string DefaultFontDirectory = "/usr/share/fonts/truetype/dejavu";

        /// <summary>Name of the manifest written beside the fonts.</summary>
        public const string ManifestFileName = "fonts.manifest";

        /// <summary>True when FreeType loads and every source font exists in <paramref name="fontDirectory"/>.</summary>
        public static bool CanRun(string fontDirectory, out string reason)
        {
            foreach (FaceSpecification face in FaceSpecification.All())
            {
                string path = Path.Combine(fontDirectory, face.SourceFile);
                if (!File.Exists(path))
                {
                    reason = path + " is missing (install fonts-dejavu-core)";
                    return false;
                }
            }

            if (!FreeType.IsAvailable())
            {
                reason = "libfreetype.so.6 cannot be loaded (install libfreetype6)";
                return false;
            }

            reason = null;
            return true;
        }

        /// <summary>The FreeType version on this machine, e.g. "2.12.1".</summary>
        public static string FreeTypeVersion()
        {
            using (var freeType = new FreeType())
            {
                return freeType.Version;
            }
        }

        /// <summary>Renders one face into DSF4 bytes.</summary>
        public static byte[] GenerateFace(FaceSpecification face, string fontDirectory)
        {
            using (var freeType = new FreeType())
            using (FreeType.Face source = freeType.OpenFace(Path.Combine(fontDirectory, face.SourceFile), face.PixelSize))
            {
                var glyphs = new List<RenderedGlyph>();
                foreach (int codePoint in face.CodePoints)
                {
                    if (!source.HasGlyph(codePoint))
                    {
                        throw new InvalidOperationException(face.SourceFile + " has no glyph for U+" + codePoint.ToString("X4"));
                    }

                    glyphs.Add(source.Render(codePoint));
                }

                return FontEncoder.Encode(face.PixelSize, glyphs);
            }
        }

        /// <summary>Writes every face as &lt;name&gt;.bin and the manifest into <paramref name="outputDirectory"/>.</summary>
        public static void GenerateAll(string fontDirectory, string outputDirectory, TextWriter log)
        {
            Directory.CreateDirectory(outputDirectory);
            var manifest = new StringBuilder();
            manifest.Append("# Written by Tools/FontGenerator; the .bin files are identical when regenerated with these inputs.\n");
            manifest.Append("freetype ").Append(FreeTypeVersion()).Append('\n');
            var sources = new SortedSet<string>(StringComparer.Ordinal);
            foreach (FaceSpecification face in FaceSpecification.All())
            {
                sources.Add(face.SourceFile);
            }

            foreach (string source in sources)
            {
                manifest.Append("source ").Append(source).Append(' ').Append(Sha256(File.ReadAllBytes(Path.Combine(fontDirectory, source)))).Append('\n');
            }

            foreach (FaceSpecification face in FaceSpecification.All())
            {
                byte[] bytes = GenerateFace(face, fontDirectory);
                File.WriteAllBytes(Path.Combine(outputDirectory, face.Name + ".bin"), bytes);
                manifest.Append("output ").Append(face.Name).Append(".bin ").Append(bytes.Length).Append(' ').Append(Sha256(bytes)).Append('\n');
                log.WriteLine(face.Name + ".bin: " + bytes.Length + " bytes, " + face.CodePoints.Length + " glyphs, " + face.SourceFile + " at " + face.PixelSize + " px");
            }

            File.WriteAllText(Path.Combine(outputDirectory, ManifestFileName), manifest.ToString());
        }

        /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
        public static string Sha256(byte[] bytes)
        {
            return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        }
    }
}
