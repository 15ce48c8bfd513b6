using System;
using System.IO;
using DeskStats.Host.Display;

namespace DeskStats.Tests.Core.Display
{
    /// <summary>
    /// Compares pictures with the PNG files under Firmware.Tests/Golden/Display. With DESKSTATS_UPDATE_GOLDEN=1 the
    /// files are (re)written in the source tree instead, and the comparison passes.
    /// </summary>
    internal static class GoldenImages
    {
        public static bool Updating => Environment.GetEnvironmentVariable("DESKSTATS_UPDATE_GOLDEN") == "1";

        public static void AssertMatches(HostImage actual, string name)
        {
            string file = name + ".png";
            if (Updating)
            {
                PngWriter.WriteFile(actual, Path.Combine(SourceFolder(), file));
                return;
            }

            string path = Path.Combine(AppContext.BaseDirectory, "Golden", "Display", file);
            Assert.True(File.Exists(path), "no golden image " + file + "; run the tests with DESKSTATS_UPDATE_GOLDEN=1 and look at it");
            HostImage expected = PngReader.ReadFile(path);
            Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
            int differing = 0, firstX = -1, firstY = -1;
            for (int index = 0; index < expected.Pixels.Length; index++)
            {
                if (expected.Pixels[index] != actual.Pixels[index])
                {
                    if (differing == 0)
                    {
                        firstX = index % actual.Width;
                        firstY = index / actual.Width;
                    }

                    differing++;
                }
            }

            if (differing > 0)
            {
                string dump = Path.Combine(Path.GetTempPath(), "deskstats-actual-" + file);
                PngWriter.WriteFile(actual, dump);
                Assert.Fail(file + ": " + differing + " pixels differ, first at (" + firstX + ", " + firstY + "); actual picture in " + dump);
            }
        }

        private static string SourceFolder()
        {
            string folder = AppContext.BaseDirectory;
            while (folder != null && !File.Exists(Path.Combine(folder, "Firmware.Tests.csproj")))
            {
                folder = Path.GetDirectoryName(folder);
            }

            if (folder == null) throw new InvalidOperationException("Firmware.Tests folder not found above " + AppContext.BaseDirectory);
            return Path.Combine(folder, "Golden", "Display");
        }
    }
}
