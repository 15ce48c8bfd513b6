using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using DeskStats.Settings;

namespace DeskStats.Device
{
    /// <summary>
    /// The relay settings file on the internal storage (uploaded with nanoff's file deployment) and the CA
    /// certificate file it may name.
    /// </summary>
    public static class DeviceSettingsFile
    {
        /// <summary>Where the settings file lives on the device.</summary>
        public const string Path = "I:\\deskstats.json";

        /// <summary>Reads and checks the settings file into <paramref name="settings"/>.</summary>
        public static SettingsProblem Read(RelaySettings settings)
        {
            byte[] data;
            try
            {
                if (!File.Exists(Path))
                {
                    settings.Reset();
                    return new SettingsProblem(SettingsProblemKind.FileMissing, RelaySettingsParser.FileSettingName);
                }

                data = File.ReadAllBytes(Path);
            }
            catch (Exception)
            {
                settings.Reset();
                return new SettingsProblem(SettingsProblemKind.FileMissing, RelaySettingsParser.FileSettingName);
            }

            return RelaySettingsParser.Parse(data, data == null ? 0 : data.Length, settings);
        }

        /// <summary>
        /// Loads the CA certificate named by the settings (PEM). Returns null and sets <paramref name="problem"/>
        /// to None when the settings name none (the device CA store is used), or a BadPath problem when the
        /// file cannot be read.
        /// </summary>
        public static X509Certificate ReadCaCertificate(RelaySettings settings, out SettingsProblem problem)
        {
            problem = new SettingsProblem(SettingsProblemKind.None, string.Empty);
            if (settings.CaCertificateFile.Length == 0)
            {
                return null;
            }

            try
            {
                if (File.Exists(settings.CaCertificateFile))
                {
                    return new X509Certificate(File.ReadAllText(settings.CaCertificateFile));
                }
            }
            catch (Exception)
            {
                // Reported below as the setting naming an unusable file.
            }

            problem = new SettingsProblem(SettingsProblemKind.BadPath, "caCertificateFile");
            return null;
        }
    }
}
