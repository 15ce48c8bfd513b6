using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeskStats.Tools.FontGenerator;

namespace DeskStats.Tests.Tools.NanoClr
{
    /// <summary>The nanoFramework projects under NanoClr/ stay in step with what they mirror.</summary>
    public class NanoClrProjectsTests
    {
        [Fact]
        public void The_real_device_build_references_what_the_device_project_references()
        {
            string nfproj = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Firmware", "Firmware.nfproj"));
            string deviceApp = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "NanoClr", "DeviceApp", "DeviceApp.csproj"));

            string[] device = Regex.Matches(nfproj, "<Reference Include=\"([^\"]+)\"").Select(match => match.Groups[1].Value)
                .Where(name => name != "mscorlib").OrderBy(name => name).ToArray();
            string[] real = Regex.Matches(deviceApp, "<NanoReference Include=\"([^\"]+)\"").Select(match => match.Groups[1].Value)
                .OrderBy(name => name).ToArray();

            Assert.NotEmpty(device);
            Assert.Equal(device, real);
        }

        [Fact]
        public void The_stage_inputs_are_keyed_by_the_ids_the_MetadataProcessor_gives_their_names()
        {
            string source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "NanoClr", "Stage", "StageInputs.cs"));

            var ids = Regex.Matches(source, @"(\w+) = (-?\d+),").Select(match => (Name: match.Groups[1].Value, Id: short.Parse(match.Groups[2].Value))).ToArray();

            Assert.Equal(new[] { "Payloads", "Session", "SoakHours" }, ids.Select(entry => entry.Name));
            Assert.All(ids, entry => Assert.Equal(NanoResources.ResourceId(entry.Name), entry.Id));
        }
    }
}
