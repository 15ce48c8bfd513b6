using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Resources;
using DeskStats.Tools.NanoClr;

namespace DeskStats.Tests.Tools.NanoClr
{
    public class ResourcesFileWriterTests
    {
        [Fact]
        public void Byte_arrays_are_written_as_the_byte_array_resources_the_MetadataProcessor_reads()
        {
            string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".resources");
            try
            {
                ResourcesFileWriter.Write(path, new[] { new KeyValuePair<string, byte[]>("Blob", new byte[] { 0xDE, 0xAD, 0x00, 0x01 }) });

                using var reader = new ResourceReader(path);
                reader.GetResourceData("Blob", out string type, out byte[] data);
                // ResourceTypeCode.ByteArray, its data a 4-byte length then the bytes: what the MetadataProcessor skips
                // before it stores a binary resource.
                Assert.Equal("ResourceTypeCode.ByteArray", type);
                Assert.Equal(new byte[] { 4, 0, 0, 0, 0xDE, 0xAD, 0x00, 0x01 }, data);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Two_names_with_one_id_are_refused_because_the_device_keys_resources_by_id()
        {
            // Find two names whose 16-bit ids collide, then check the writer refuses them.
            var seen = new Dictionary<short, string>();
            string first = null, second = null;
            for (int index = 0; first == null; index++)
            {
                string name = "R" + index;
                short id = DeskStats.Tools.FontGenerator.NanoResources.ResourceId(name);
                if (seen.TryGetValue(id, out string other))
                {
                    first = other;
                    second = name;
                }
                else
                {
                    seen.Add(id, name);
                }
            }

            string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".resources");
            var exception = Assert.Throws<InvalidOperationException>(() => ResourcesFileWriter.Write(path, new[]
            {
                new KeyValuePair<string, byte[]>(first, new byte[1]),
                new KeyValuePair<string, byte[]>(second, new byte[1]),
            }));
            Assert.Contains("share id", exception.Message);
            File.Delete(path);
        }

        [Fact]
        public void The_firmware_resx_lists_every_committed_font_file()
        {
            string resx = Path.Combine(RepositoryPaths.Root, "Firmware", "Resources", "Resources.resx");

            List<KeyValuePair<string, byte[]>> entries = ResourcesFileWriter.ReadResxFileReferences(resx);

            Assert.Contains(entries, entry => entry.Key == "TextSmall");
            Assert.Contains(entries, entry => entry.Key == "DigitsLarge");
            Assert.All(entries, entry => Assert.True(entry.Value.Length > 0));
        }
    }
}
