using System;
using System.IO;

namespace DeskStats.Tests
{
    /// <summary>Locates the repository (the directory holding nfproj.sln) from the test's output directory.</summary>
    internal static class RepositoryPaths
    {
        public static string Root
        {
            get
            {
                for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "nfproj.sln")))
                    {
                        return directory.FullName;
                    }
                }

                throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
            }
        }

        public static string FontDirectory
        {
            get { return Path.Combine(Root, "Firmware", "Resources", "Fonts"); }
        }
    }
}
