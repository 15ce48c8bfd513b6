using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeskStats.Tools.NanoFrameworkCheck;

namespace DeskStats.Tests.Tools.NanoFrameworkCheck
{
    /// <summary>Paths of the repository, the committed surface and the api listings for the check's tests.</summary>
    internal static class NanoFrameworkCheckTestSupport
    {
        /// <summary>The directory holding nfproj.sln (walking up from the test binaries).</summary>
        public static string RepositoryRoot => FirmwareProject.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("nfproj.sln not found above " + AppContext.BaseDirectory);

        public static string FirmwareProjectPath => Path.Combine(RepositoryRoot, "Firmware", "Firmware.nfproj");

        public static string SurfaceDirectory => Path.Combine(RepositoryRoot, "Tools", "NanoFrameworkCheck", "NanoFrameworkSurface");

        /// <summary>The small api sample committed beside these tests.</summary>
        public static string SampleApiDirectory => Path.Combine(RepositoryRoot, "Firmware.Tests", "Tools", "NanoFrameworkCheck", "ApiSample");

        /// <summary>../shared/nanoframework/api when present, else the committed sample.</summary>
        public static string ApiDirectory => FirmwareProject.DefaultApiDirectory(RepositoryRoot) ?? SampleApiDirectory;

        /// <summary>A scratch firmware project (the real nfproj's references) compiling just <paramref name="source"/>.</summary>
        public static string WriteScratchProject(string source)
        {
            string directory = Path.Combine(Path.GetTempPath(), "nfcheck-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "Sample.cs"), source);
            string project = File.ReadAllText(FirmwareProjectPath);
            project = Regex.Replace(project, @"<ItemGroup Label=""Compile"">.*?</ItemGroup>",
                "<ItemGroup Label=\"Compile\"><Compile Include=\"Sample.cs\" /></ItemGroup>", RegexOptions.Singleline);
            string path = Path.Combine(directory, "Scratch.nfproj");
            File.WriteAllText(path, project);
            return path;
        }
    }
}
