using System;
using System.IO;
using System.Text;
using System.Text.Json;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class DeploymentFilesTests
    {
        private static ProvisionRequest Request() => new ProvisionRequest
        {
            Port = "/dev/ttyUSB0",
            Ssid = "Home",
            Password = "correct horse",
            RelayUrl = "wss://stats.example.com:8080/",
            Token = "device-token_01",
        };

        [Fact]
        public void Network_json_carries_port_wifi_client_with_dhcp_and_the_ca_bundle_path()
        {
            using JsonDocument document = JsonDocument.Parse(DeploymentFiles.BuildNetworkDeployment(Request(), "/x/ca-bundle.pem"));
            JsonElement root = document.RootElement;
            JsonElement client = root.GetProperty("WirelessClient");

            Assert.Equal("/dev/ttyUSB0", root.GetProperty("SerialPort").GetString());
            Assert.Equal("Home", client.GetProperty("Ssid").GetString());
            Assert.Equal("correct horse", client.GetProperty("Password").GetString());
            Assert.Equal("WPA2", client.GetProperty("Authentication").GetString());
            Assert.Equal("WPA2", client.GetProperty("Encryption").GetString());
            Assert.Equal("AutoConnect", client.GetProperty("ConfigurationOption").GetString());
            Assert.True(client.GetProperty("DhcpEnabled").GetBoolean());
            Assert.True(client.GetProperty("AutomaticDNS").GetBoolean());
            Assert.Equal("/x/ca-bundle.pem", root.GetProperty("CACertificatesPath").GetString());
        }

        [Fact]
        public void An_open_network_has_open_authentication_and_no_ca_path_without_certificates()
        {
            ProvisionRequest request = Request();
            request.Password = string.Empty;

            using JsonDocument document = JsonDocument.Parse(DeploymentFiles.BuildNetworkDeployment(request, null));
            JsonElement client = document.RootElement.GetProperty("WirelessClient");

            Assert.Equal(string.Empty, client.GetProperty("Password").GetString());
            Assert.Equal("Open", client.GetProperty("Authentication").GetString());
            Assert.Equal("None", client.GetProperty("Encryption").GetString());
            Assert.False(document.RootElement.TryGetProperty("CACertificatesPath", out _));
        }

        [Fact]
        public void Writing_with_a_ca_file_deploys_settings_and_ca_to_internal_storage()
        {
            using var folder = new TemporaryFolder();
            ProvisionRequest request = Request();
            request.CaFile = "root.pem";
            string caPem = TestCertificates.ValidCaPem();

            DeploymentFiles files = DeploymentFiles.Write(request, Path.Combine(folder.Path, "out"), caPem, caPem + BundledCertificates.LetsEncryptRootsPem());

            string directory = Path.Combine(folder.Path, "out");
            Assert.Equal(
                new[] { "deskstats.json", "relay-ca.pem", "ca-bundle.pem", "network.json", "files.json" },
                files.Written.ConvertAll(Path.GetFileName).ToArray());
            using JsonDocument fileDeployment = JsonDocument.Parse(File.ReadAllBytes(files.FileDeploymentPath));
            JsonElement list = fileDeployment.RootElement.GetProperty("Files");
            Assert.Equal("/dev/ttyUSB0", fileDeployment.RootElement.GetProperty("SerialPort").GetString());
            Assert.Equal(2, list.GetArrayLength());
            Assert.Equal("I:\\deskstats.json", list[0].GetProperty("DestinationFilePath").GetString());
            Assert.Equal(Path.Combine(directory, "deskstats.json"), list[0].GetProperty("SourceFilePath").GetString());
            Assert.Equal("I:\\relay-ca.pem", list[1].GetProperty("DestinationFilePath").GetString());
            Assert.Equal(Path.Combine(directory, "relay-ca.pem"), list[1].GetProperty("SourceFilePath").GetString());
            Assert.Equal(caPem, File.ReadAllText(Path.Combine(directory, "relay-ca.pem")));
        }

        [Fact]
        public void The_ca_bundle_ends_in_the_nul_byte_mbedtls_needs_to_read_pem()
        {
            using var folder = new TemporaryFolder();
            string bundle = BundledCertificates.LetsEncryptRootsPem();

            DeploymentFiles files = DeploymentFiles.Write(Request(), folder.Path, null, bundle);

            byte[] written = File.ReadAllBytes(Path.Combine(folder.Path, "ca-bundle.pem"));
            Assert.Equal(0, written[written.Length - 1]);
            Assert.Equal(bundle, Encoding.ASCII.GetString(written, 0, written.Length - 1));
            Assert.Equal(new[] { "deskstats.json", "ca-bundle.pem", "network.json", "files.json" }, files.Written.ConvertAll(Path.GetFileName).ToArray());
        }

        [Fact]
        public void The_files_are_readable_by_their_owner_only()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var folder = new TemporaryFolder();
            DeploymentFiles files = DeploymentFiles.Write(Request(), folder.Path, null, null);

            foreach (string path in files.Written)
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
    }
}
