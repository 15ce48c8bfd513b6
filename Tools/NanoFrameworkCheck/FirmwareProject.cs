using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>What the device build compiles: the Compile items and assembly references of a classic .nfproj.</summary>
    public sealed class FirmwareProject
    {
        /// <summary>Full path of the .nfproj.</summary>
        public string ProjectPath { get; private set; }
        /// <summary>Full paths of the Compile items, in project order.</summary>
        public List<string> SourceFiles { get; } = new List<string>();
        /// <summary>Names of the referenced assemblies (Reference Include).</summary>
        public List<string> References { get; } = new List<string>();
        /// <summary>AllowUnsafeBlocks from the project.</summary>
        public bool AllowUnsafe { get; private set; }

        /// <summary>Reads the project file.</summary>
        public static FirmwareProject Load(string path)
        {
            var project = new FirmwareProject { ProjectPath = Path.GetFullPath(path) };
            string directory = Path.GetDirectoryName(project.ProjectPath);
            XDocument document = XDocument.Load(project.ProjectPath);
            foreach (XElement element in document.Descendants().Where(e => e.Name.LocalName == "Compile"))
            {
                string include = (string)element.Attribute("Include");
                if (string.IsNullOrEmpty(include)) continue;
                project.SourceFiles.Add(Path.GetFullPath(Path.Combine(directory, include.Replace('\\', Path.DirectorySeparatorChar))));
            }
            foreach (XElement element in document.Descendants().Where(e => e.Name.LocalName == "Reference"))
            {
                string include = (string)element.Attribute("Include");
                if (!string.IsNullOrEmpty(include)) project.References.Add(include.Split(',')[0].Trim());
            }
            project.AllowUnsafe = document.Descendants().Any(e => e.Name.LocalName == "AllowUnsafeBlocks" && string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));
            return project;
        }

        /// <summary>The directory holding nfproj.sln above <paramref name="start"/>, or null.</summary>
        public static string FindRepositoryRoot(string start)
        {
            string directory = Directory.Exists(start) ? Path.GetFullPath(start) : Path.GetDirectoryName(Path.GetFullPath(start));
            while (directory != null)
            {
                if (File.Exists(Path.Combine(directory, "nfproj.sln"))) return directory;
                directory = Path.GetDirectoryName(directory);
            }
            return null;
        }

        /// <summary>The committed surface directory of the repository holding <paramref name="start"/>.</summary>
        public static string DefaultSurfaceDirectory(string start)
        {
            string root = FindRepositoryRoot(start);
            return root == null ? null : Path.Combine(root, "Tools", "NanoFrameworkCheck", "NanoFrameworkSurface");
        }

        /// <summary><c>../shared/nanoframework/api</c> beside the repository holding <paramref name="start"/>, or null if absent.</summary>
        public static string DefaultApiDirectory(string start)
        {
            string root = FindRepositoryRoot(start);
            if (root == null) return null;
            string api = Path.GetFullPath(Path.Combine(root, "..", "shared", "nanoframework", "api"));
            return Directory.Exists(api) ? api : null;
        }
    }
}
