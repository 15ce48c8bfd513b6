using System.Collections.Generic;

namespace DeskStats.Tools.FontGenerator
{
    /// <summary>One bitmap font to generate: the source TrueType file, the pixel size and the code points.</summary>
    public sealed class FaceSpecification
    {
        public FaceSpecification(string name, string resourceName, string sourceFile, int pixelSize, int[] codePoints)
        {
            Name = name;
            ResourceName = resourceName;
            SourceFile = sourceFile;
            PixelSize = pixelSize;
            CodePoints = codePoints;
        }

        /// <summary>File name without extension, e.g. "text-small".</summary>
        public string Name { get; }

        /// <summary>Name of the resource in Resources.resx and of the BinaryResources member, e.g. "TextSmall".</summary>
        public string ResourceName { get; }

        /// <summary>TrueType file name inside the DejaVu directory.</summary>
        public string SourceFile { get; }

        /// <summary>Em size in pixels passed to FT_Set_Pixel_Sizes.</summary>
        public int PixelSize { get; }

        /// <summary>Code points to include, ascending, each required to exist in the source font.</summary>
        public int[] CodePoints { get; }

        /// <summary>Characters of the digit faces: digits and what counts and durations need.</summary>
        public const string DigitCharacters = "0123456789 ,.:-+hmsk";

        /// <summary>The four DeskStats faces (sizes chosen for 320x240, 240x240 and 240x135 layouts; see docs/fonts.md).</summary>
        public static FaceSpecification[] All()
        {
            int[] text = TextCodePoints();
            int[] digits = CharacterCodePoints(DigitCharacters);
            return new[]
            {
                new FaceSpecification("text-small", "TextSmall", "DejaVuSans.ttf", 16, text),
                new FaceSpecification("text-medium", "TextMedium", "DejaVuSans.ttf", 24, text),
                new FaceSpecification("digits-medium", "DigitsMedium", "DejaVuSans-Bold.ttf", 44, digits),
                new FaceSpecification("digits-large", "DigitsLarge", "DejaVuSans-Bold.ttf", 66, digits),
            };
        }

        /// <summary>
        /// ASCII, Latin-1 Supplement, Latin Extended-A, the Romanian comma letters of Latin Extended-B, and the
        /// punctuation and symbols the screens use (dashes, quotes, bullet, ellipsis, euro, arrows, circles, warning, check).
        /// </summary>
        public static int[] TextCodePoints()
        {
            var points = new List<int>();
            AddRange(points, 0x20, 0x7E);
            AddRange(points, 0xA0, 0xFF);
            AddRange(points, 0x100, 0x17F);
            AddRange(points, 0x218, 0x21B);
            points.AddRange(new[] { 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x20AC, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x25CB, 0x25CF, 0x26A0, 0x2713, 0x2717 });
            points.Sort();
            return points.ToArray();
        }

        private static int[] CharacterCodePoints(string characters)
        {
            var points = new List<int>();
            foreach (char character in characters)
            {
                points.Add(character);
            }

            points.Sort();
            return points.ToArray();
        }

        private static void AddRange(List<int> points, int first, int last)
        {
            for (int codePoint = first; codePoint <= last; codePoint++)
            {
                points.Add(codePoint);
            }
        }
    }
}
