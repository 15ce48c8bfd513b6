using System.IO;
using DeskStats.Settings;

namespace DeskStats.Host.Link
{
    /// <summary>Reads a relay settings file from the host's disk (the simulator's --settings), with the device's parser.</summary>
    public static class RelaySettingsFile
    {
        /// <summary>Reads and checks <paramref name="path"/> into <paramref name="settings"/>; a missing or unreadable file is FileMissing.</summary>
        public static SettingsProblem Load(string path, RelaySettings settings)
        {
            byte[] data;
            try
            {
                data = File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                data = null;
            }
            catch (System.UnauthorizedAccessException)
            {
                data = null;
            }

            SettingsProblem problem = RelaySettingsParser.Parse(data, data == null ? 0 : data.Length, settings);
            if (problem.IsNone && settings.CaCertificateFile.Length > 0 && !File.Exists(settings.CaCertificateFile))
            {
                return new SettingsProblem(SettingsProblemKind.BadPath, "caCertificateFile");
            }

            return problem;
        }
    }
}
