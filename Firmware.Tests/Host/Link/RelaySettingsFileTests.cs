using System.IO;
using DeskStats.Host.Link;
using DeskStats.Settings;

namespace DeskStats.Tests.Host.Link
{
    public class RelaySettingsFileTests
    {
        [Fact]
        public void A_good_file_is_read()
        {
            string path = Path.Combine(TestCertificates.Shared.Directory, "good.json");
            File.WriteAllText(path, "{\"version\":1,\"relayUrl\":\"wss://127.0.0.1:8080/\",\"token\":\"t\",\"caCertificateFile\":\"" + TestCertificates.Shared.CaFile + "\"}");
            var settings = new RelaySettings();

            Assert.True(RelaySettingsFile.Load(path, settings).IsNone);
            Assert.Equal(8080, settings.Port);
        }

        [Fact]
        public void A_missing_file_or_certificate_is_named()
        {
            var settings = new RelaySettings();
            SettingsProblem missing = RelaySettingsFile.Load(Path.Combine(TestCertificates.Shared.Directory, "absent.json"), settings);
            Assert.Equal(SettingsProblemKind.FileMissing, missing.Kind);
            Assert.Equal("deskstats.json", missing.Setting);

            string path = Path.Combine(TestCertificates.Shared.Directory, "no-ca.json");
            File.WriteAllText(path, "{\"version\":1,\"relayUrl\":\"wss://h/\",\"token\":\"t\",\"caCertificateFile\":\"/nonexistent/ca.pem\"}");
            SettingsProblem noCa = RelaySettingsFile.Load(path, settings);
            Assert.Equal(SettingsProblemKind.BadPath, noCa.Kind);
            Assert.Equal("caCertificateFile", noCa.Setting);
        }
    }
}
