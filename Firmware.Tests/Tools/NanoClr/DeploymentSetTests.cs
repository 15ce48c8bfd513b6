using System.IO;
using System.Linq;
using DeskStats.Tools.NanoClr;
using Xunit.Abstractions;

namespace DeskStats.Tests.Tools.NanoClr
{
    public class DeploymentSetTests
    {
        private readonly ITestOutputHelper _output;

        public DeploymentSetTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static string Toolchain => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "nanoframework", "toolchain"));

        [Fact]
        public void The_deployment_area_is_the_deploy_partition_of_the_4_MB_layout()
        {
            Assert.Equal(1856 * 1024, DeploymentSet.Esp32DeploymentAreaBytes);
        }

        [Fact]
        public void A_library_set_follows_references_transitively_to_mscorlib()
        {
            string lib = Path.Combine(Toolchain, "lib");
            if (!File.Exists(Path.Combine(lib, "System.Net.WebSockets.pe")))
            {
                _output.WriteLine("no nanoFramework toolchain at " + Toolchain + ": nothing to resolve");
                return;
            }

            var members = DeploymentSet.Resolve(Path.Combine(lib, "System.Net.WebSockets.pe"), lib);

            string[] names = members.Select(member => member.Name).ToArray();
            Assert.Equal("System.Net.WebSockets", names[0]);
            Assert.Contains("System.Net", names);
            Assert.Contains("mscorlib", names);
            Assert.Equal(names.Length, names.Distinct().Count());
            Assert.All(members, member => Assert.Equal(new FileInfo(member.PePath).Length, member.PeBytes));
        }
    }
}
