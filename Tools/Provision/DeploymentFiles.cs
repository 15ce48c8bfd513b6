using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// Writes what nanoff deploys: the settings file, the CA files, and nanoff's two deployment descriptions
    /// (network.json for `nanoff --networkdeployment`: Wi-Fi and the CA store; files.json for
    /// `nanoff --filedeployment`: files on the internal storage I:\). Formats as nanoff reads them
    /// (nanoFirmwareFlasher NetworkDeploymentConfiguration and FileDeploymentConfiguration).
    /// </summary>
    internal sealed class DeploymentFiles
    {
        /// <summary>Name of the settings file in the output folder.</summary>
        public const string SettingsFileName = "deskstats.json";
        /// <summary>Name of the copy of the user's CA file, deployed to I:\relay-ca.pem.</summary>
        public const string RelayCaFileName = "relay-ca.pem";
        /// <summary>Name of the CA bundle for the device's CA store.</summary>
        public const string CaBundleFileName = "ca-bundle.pem";
        /// <summary>Name of the network deployment description.</summary>
        public const string NetworkDeploymentFileName = "network.json";
        /// <summary>Name of the file deployment description.</summary>
        public const string FileDeploymentFileName = "files.json";

        /// <summary>Full path of the output folder.</summary>
        public string Directory { get; private set; }
        /// <summary>Full paths of the files written, in the order written.</summary>
        public List<string> Written { get; } = new List<string>();
        /// <summary>Full path of network.json.</summary>
        public string NetworkDeploymentPath => Path.Combine(Directory, NetworkDeploymentFileName);
        /// <summary>Full path of files.json.</summary>
        public string FileDeploymentPath => Path.Combine(Directory, FileDeploymentFileName);

        /// <summary>
        /// Writes every file into <paramref name="outputDirectory"/> (created if needed).
        /// <paramref name="relayCaPem"/> is the user's CA file text or null; <paramref name="caBundlePem"/> the text for
        /// the device CA store or null (no CA deployment).
        /// </summary>
        public static DeploymentFiles Write(ProvisionRequest request, string outputDirectory, string relayCaPem, string caBundlePem)
        {
            var files = new DeploymentFiles { Directory = Path.GetFullPath(outputDirectory) };
            System.IO.Directory.CreateDirectory(files.Directory);

            files.WriteFile(SettingsFileName, SettingsFile.Build(request));

            var deviceFiles = new List<KeyValuePair<string, string>>();
            deviceFiles.Add(new KeyValuePair<string, string>(SettingsFile.DevicePath, Path.Combine(files.Directory, SettingsFileName)));
            if (relayCaPem != null)
            {
                files.WriteFile(RelayCaFileName, Encoding.ASCII.GetBytes(BundledCertificates.EndWithNewline(relayCaPem)));
                deviceFiles.Add(new KeyValuePair<string, string>(SettingsFile.DeviceCaCertificatePath, Path.Combine(files.Directory, RelayCaFileName)));
            }

            string caBundlePath = null;
            if (caBundlePem != null)
            {
                // mbedTLS parses a buffer as PEM only when its last byte is the terminating NUL; nanoff means to add
                // it (CheckNullPemTermination) but resizes a local copy, so the file carries its own NUL.
                byte[] text = Encoding.ASCII.GetBytes(caBundlePem);
                byte[] terminated = new byte[text.Length + 1];
                Array.Copy(text, terminated, text.Length);
                files.WriteFile(CaBundleFileName, terminated);
                caBundlePath = Path.Combine(files.Directory, CaBundleFileName);
            }

            files.WriteFile(NetworkDeploymentFileName, BuildNetworkDeployment(request, caBundlePath));
            files.WriteFile(FileDeploymentFileName, BuildFileDeployment(request, deviceFiles));
            return files;
        }

        /// <summary>network.json: the serial port, the Wi-Fi client (DHCP, auto-connect) and the CA bundle path.</summary>
        internal static byte[] BuildNetworkDeployment(ProvisionRequest request, string caBundlePath)
        {
            bool open = string.IsNullOrEmpty(request.Password);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("SerialPort", request.Port);
                writer.WriteStartObject("WirelessClient");
                writer.WriteString("Ssid", request.Ssid);
                writer.WriteString("Password", request.Password ?? string.Empty);
                writer.WriteString("Authentication", open ? "Open" : "WPA2");
                writer.WriteString("Encryption", open ? "None" : "WPA2");
                writer.WriteString("ConfigurationOption", "AutoConnect");
                writer.WriteBoolean("DhcpEnabled", true);
                writer.WriteBoolean("AutomaticDNS", true);
                writer.WriteEndObject();
                if (caBundlePath != null)
                {
                    writer.WriteString("CACertificatesPath", caBundlePath);
                }

                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
            return stream.ToArray();
        }

        /// <summary>files.json: the serial port and each file's destination on I:\ and source on this computer.</summary>
        internal static byte[] BuildFileDeployment(ProvisionRequest request, List<KeyValuePair<string, string>> deviceFiles)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("SerialPort", request.Port);
                writer.WriteStartArray("Files");
                foreach (KeyValuePair<string, string> file in deviceFiles)
                {
                    writer.WriteStartObject();
                    writer.WriteString("DestinationFilePath", file.Key);
                    writer.WriteString("SourceFilePath", file.Value);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
            return stream.ToArray();
        }

        private void WriteFile(string name, byte[] content)
        {
            string path = Path.Combine(Directory, name);
            File.WriteAllBytes(path, content);
            if (!OperatingSystem.IsWindows())
            {
                // The files hold the Wi-Fi password and the token: owner only.
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            Written.Add(path);
        }
    }
}
