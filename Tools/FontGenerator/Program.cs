using System;
using System.IO;

namespace DeskStats.Tools.FontGenerator
{
    /// <summary>
    /// Generates Firmware/Resources/Fonts/*.bin (+ fonts.manifest), Firmware/Resources/Resources.resx and
    /// Resources.Designer.cs. Usage: dotnet run --project Tools/FontGenerator [-- --fonts DIR] [--output REPO_ROOT]
    /// [--resources-only] (only the .resx and Designer, e.g. after Tools/MapGenerator added a map; needs no FreeType).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            string fontDirectory = Generator.DefaultFontDirectory;
            string repositoryRoot = FindRepositoryRoot(Directory.GetCurrentDirectory());
            bool resourcesOnly = false;
            for (int index = 0; index < args.Length; index += 2)
            {
                if (args[index] == "--resources-only")
                {
                    resourcesOnly = true;
                    index--;
                }
                else if (index + 1 >= args.Length)
                {
                    Console.Error.WriteLine("option " + args[index] + " needs a value");
                    return 2;
                }
                else if (args[index] == "--fonts")
                {
                    fontDirectory = args[index + 1];
                }
                else if (args[index] == "--output")
                {
                    repositoryRoot = args[index + 1];
                }
                else
                {
                    Console.Error.WriteLine("unknown option " + args[index]);
                    return 2;
                }
            }

            if (repositoryRoot == null)
            {
                Console.Error.WriteLine("run inside the repository or pass --output REPO_ROOT");
                return 2;
            }

            string resources = Path.Combine(repositoryRoot, "Firmware", "Resources");
            if (resourcesOnly)
            {
                NanoResources.Write(resources);
                Console.WriteLine("wrote Resources.resx and Resources.Designer.cs in " + resources);
                return 0;
            }

            if (!Generator.CanRun(fontDirectory, out string reason))
            {
                Console.Error.WriteLine(reason);
                return 1;
            }

            Generator.GenerateAll(fontDirectory, Path.Combine(resources, "Fonts"), Console.Out);
            NanoResources.Write(resources);
            Console.WriteLine("FreeType " + Generator.FreeTypeVersion() + "; wrote " + resources);
            return 0;
        }

        private static string FindRepositoryRoot(string directory)
        {
            for (DirectoryInfo current = new DirectoryInfo(directory); current != null; current = current.Parent)
            {
                if (File.Exists(Path.Combine(current.FullName, "nfproj.sln")))
                {
                    return current.FullName;
                }
            }

            return null;
        }
    }
}
