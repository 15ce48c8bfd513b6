using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using DeskStats.Host.Display.Maps;
using Xunit.Abstractions;

namespace DeskStats.Tests.Tools.MapGenerator
{
    /// <summary>Tools/MapGenerator (Node.js) and the land masks it committed under Firmware/Resources/Maps.</summary>
    public class MapGeneratorTests
    {
        private readonly ITestOutputHelper _output;

        public MapGeneratorTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static string GeneratorDirectory => Path.Combine(RepositoryPaths.Root, "Tools", "MapGenerator");

        private static string MapDirectory => Path.Combine(RepositoryPaths.Root, "Firmware", "Resources", "Maps");

        [Fact]
        public void Regenerating_gives_the_committed_bytes()
        {
            // Needs Node.js and the pinned packages (npm ci --prefix Tools/MapGenerator, done by .ci/run). Without
            // them this test cannot run the generator and says so (xunit 2 has no runtime skip, so it passes).
            if (!File.Exists(Path.Combine(GeneratorDirectory, "node_modules", "world-atlas", "land-50m.json"))
                || !File.Exists(Path.Combine(GeneratorDirectory, "node_modules", "topojson-client", "package.json")))
            {
                _output.WriteLine("generator not run: Tools/MapGenerator/node_modules is missing (run npm ci --prefix Tools/MapGenerator)");
                return;
            }

            string directory = Path.Combine(Path.GetTempPath(), "deskstats-maps-" + Guid.NewGuid().ToString("N"));
            try
            {
                var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                start.ArgumentList.Add(Path.Combine(GeneratorDirectory, "generate.js"));
                start.ArgumentList.Add("--output");
                start.ArgumentList.Add(directory);
                Process process;
                try
                {
                    process = Process.Start(start);
                }
                catch (System.ComponentModel.Win32Exception exception)
                {
                    _output.WriteLine("generator not run: node cannot be started (" + exception.Message + ")");
                    return;
                }

                using (process)
                {
                    // Both outputs are a few lines: reading one after the other cannot fill a pipe.
                    _output.WriteLine(process.StandardOutput.ReadToEnd());
                    string standardError = process.StandardError.ReadToEnd();
                    Assert.True(process.WaitForExit(60000), "generator did not finish in a minute");
                    Assert.True(process.ExitCode == 0, "generator failed: " + standardError);
                }

                foreach (string name in MapFiles.Names)
                {
                    Assert.Equal(File.ReadAllBytes(Path.Combine(MapDirectory, name + ".bin")), File.ReadAllBytes(Path.Combine(directory, name + ".bin")));
                }

                Assert.Equal(File.ReadAllText(Path.Combine(MapDirectory, "maps.manifest")), File.ReadAllText(Path.Combine(directory, "maps.manifest")));
            }
            finally
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, true);
            }
        }

        [Fact]
        public void The_manifest_names_the_committed_files_and_all_maps_fit_24_KB_of_flash()
        {
            string manifest = File.ReadAllText(Path.Combine(MapDirectory, "maps.manifest"));
            int total = 0;
            foreach (string name in MapFiles.Names)
            {
                byte[] bytes = File.ReadAllBytes(Path.Combine(MapDirectory, name + ".bin"));
                Assert.Equal(bytes, MapFiles.ReadBytes(name));
                string hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
                Assert.Contains("output " + name + ".bin " + bytes.Length + " " + hash + "\n", manifest);
                total += bytes.Length;
            }

            Assert.True(total <= 24 * 1024, total + " bytes");
            Assert.Contains("world-atlas 2.0.2\n", manifest);
        }

        [Fact]
        public void The_packages_are_pinned_to_exact_versions_with_a_lock_file()
        {
            string package = File.ReadAllText(Path.Combine(GeneratorDirectory, "package.json"));
            Assert.Contains("\"world-atlas\": \"2.0.2\"", package);
            Assert.Contains("\"topojson-client\": \"3.1.0\"", package);
            Assert.True(File.Exists(Path.Combine(GeneratorDirectory, "package-lock.json")));
        }
    }
}
