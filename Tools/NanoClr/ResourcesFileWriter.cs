using System;
using System.Collections.Generic;
using System.IO;
using System.Resources;
using System.Xml;

namespace DeskStats.Tools.NanoClr
{
    /// <summary>
    /// Writes the binary resources of a nanoFramework assembly as a standard .NET <c>.resources</c> file. Embedded in the
    /// assembly under the logical name <c>Namespace.Name.resources</c>, it is what the MetadataProcessor reads (with
    /// System.Resources.ResourceReader) and rewrites into the .pe as <c>Namespace.Name.nanoresources</c>, each entry under
    /// the 16-bit id of its name; nanoFramework's ResourceManager and ResourceUtility.GetObject read it from there.
    /// Byte arrays become binary resources (kind 4), the only kind the firmware uses.
    /// </summary>
    public static class ResourcesFileWriter
    {
        /// <summary>Writes <paramref name="entries"/> (resource name, bytes) to <paramref name="path"/>.</summary>
        public static void Write(string path, IReadOnlyList<KeyValuePair<string, byte[]>> entries)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)));
            using var output = File.Create(path);
            using var writer = new ResourceWriter(output);
            var seenIds = new Dictionary<short, string>();
            foreach (KeyValuePair<string, byte[]> entry in entries)
            {
                short id = DeskStats.Tools.FontGenerator.NanoResources.ResourceId(entry.Key);
                if (seenIds.TryGetValue(id, out string other))
                {
                    // The .pe keys resources by this id only: two names with one id would shadow each other on the device.
                    throw new InvalidOperationException($"resources '{other}' and '{entry.Key}' share id {id}");
                }

                seenIds.Add(id, entry.Key);
                writer.AddResource(entry.Key, entry.Value);
            }
        }

        /// <summary>
        /// The byte-array file references of a .resx (<c>data</c> elements of type ResXFileRef whose value is
        /// <c>relative\path;System.Byte[], ...</c>), in file order, read from the disk beside the .resx.
        /// </summary>
        public static List<KeyValuePair<string, byte[]>> ReadResxFileReferences(string resxPath)
        {
            var document = new XmlDocument();
            document.Load(resxPath);
            string directory = Path.GetDirectoryName(Path.GetFullPath(resxPath));
            var entries = new List<KeyValuePair<string, byte[]>>();
            foreach (XmlElement data in document.SelectNodes("/root/data"))
            {
                string type = data.GetAttribute("type");
                string value = data.SelectSingleNode("value")?.InnerText ?? string.Empty;
                string[] parts = value.Split(';');
                if (!type.StartsWith("System.Resources.ResXFileRef", StringComparison.Ordinal) || parts.Length < 2
                    || !parts[1].Trim().StartsWith("System.Byte[]", StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{resxPath}: resource '{data.GetAttribute("name")}' is not a byte[] file reference");
                }

                string file = Path.Combine(directory, parts[0].Replace('\\', Path.DirectorySeparatorChar));
                entries.Add(new KeyValuePair<string, byte[]>(data.GetAttribute("name"), File.ReadAllBytes(file)));
            }

            return entries;
        }
    }
}
