using System;
using System.IO;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class NanoffTests
    {
        [Fact]
        public void Nanoff_is_found_on_path()
        {
            using var folder = new TemporaryFolder();
            string bin = Path.Combine(folder.Path, "bin");
            Directory.CreateDirectory(bin);
            string nanoffName = OperatingSystem.IsWindows() ? "nanoff.exe" : "nanoff";
            File.WriteAllText(Path.Combine(bin, nanoffName), string.Empty);

            Nanoff nanoff = Nanoff.Locate(Path.Combine(folder.Path, "elsewhere") + Path.PathSeparator + bin, folder.Path);

            Assert.Equal(Path.Combine(bin, nanoffName), nanoff.FileName);
            Assert.Empty(nanoff.PrefixArguments);
            Assert.Equal("nanoff", nanoff.DisplayName);
        }

        [Fact]
        public void A_local_tool_manifest_listing_nanoff_gives_dotnet_nanoff()
        {
            using var folder = new TemporaryFolder();
            string bin = Path.Combine(folder.Path, "bin");
            Directory.CreateDirectory(bin);
            File.WriteAllText(Path.Combine(bin, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"), string.Empty);
            Directory.CreateDirectory(Path.Combine(folder.Path, ".config"));
            File.WriteAllText(Path.Combine(folder.Path, ".config", "dotnet-tools.json"),
                "{ \"version\": 1, \"isRoot\": true, \"tools\": { \"nanoff\": { \"version\": \"2.5.0\", \"commands\": [ \"nanoff\" ] } } }");
            string working = Path.Combine(folder.Path, "project");
            Directory.CreateDirectory(working);

            Nanoff nanoff = Nanoff.Locate(bin, working);

            Assert.Equal(new[] { "nanoff" }, nanoff.PrefixArguments);
            Assert.Equal("dotnet nanoff", nanoff.DisplayName);
        }

        [Fact]
        public void Without_nanoff_or_a_manifest_nothing_is_found()
        {
            using var folder = new TemporaryFolder();
            File.WriteAllText(Path.Combine(folder.Path, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"), string.Empty);

            Assert.Null(Nanoff.Locate(folder.Path, folder.Path));
            Assert.Null(Nanoff.Locate(string.Empty, folder.Path));
        }

        [Fact]
        public void A_command_line_quotes_arguments_with_spaces()
        {
            Assert.Equal(
                "nanoff --filedeployment \"/home/me/my files/files.json\" --serialport COM5",
                Nanoff.Format("nanoff", new[] { "--filedeployment", "/home/me/my files/files.json", "--serialport", "COM5" }));
        }
    }
}
