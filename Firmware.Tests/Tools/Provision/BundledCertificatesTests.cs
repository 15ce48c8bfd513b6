using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class BundledCertificatesTests
    {
        // Published by Let's Encrypt (https://letsencrypt.org/certificates/); the same as in Debian's ca-certificates.
        private const string IsrgRootX1Sha256 = "96:BC:EC:06:26:49:76:F3:74:60:77:9A:CF:28:C5:A7:CF:E8:A3:C0:AA:E1:1A:8F:FC:EE:05:C0:BD:DF:08:C6";
        private const string IsrgRootX2Sha256 = "69:72:9B:8E:15:A8:6E:FC:17:7A:57:AF:B7:17:1D:FC:64:AD:D2:8C:2F:CA:8C:F1:50:7E:34:45:3C:CB:14:70";

        private static string Fingerprint(X509Certificate2 certificate) =>
            BitConverter.ToString(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)).Replace('-', ':');

        [Theory]
        [InlineData(BundledCertificates.IsrgRootX1, IsrgRootX1Sha256, "ISRG Root X1")]
        [InlineData(BundledCertificates.IsrgRootX2, IsrgRootX2Sha256, "ISRG Root X2")]
        public void The_embedded_root_has_the_published_fingerprint(string resource, string fingerprint, string name)
        {
            using X509Certificate2 certificate = X509Certificate2.CreateFromPem(BundledCertificates.ReadPem(resource));

            Assert.Equal(fingerprint, Fingerprint(certificate));
            Assert.Equal(name, certificate.GetNameInfo(X509NameType.SimpleName, false));
        }

        [Theory]
        [InlineData("isrg-root-x1.pem", IsrgRootX1Sha256)]
        [InlineData("isrg-root-x2.pem", IsrgRootX2Sha256)]
        public void The_file_in_the_repository_has_the_published_fingerprint(string fileName, string fingerprint)
        {
            string path = Path.Combine(RepositoryRoot(), "Tools", "Provision", "certificates", fileName);
            using X509Certificate2 certificate = X509Certificate2.CreateFromPem(File.ReadAllText(path));

            Assert.Equal(fingerprint, Fingerprint(certificate));
        }

        [Fact]
        public void The_lets_encrypt_bundle_holds_x1_then_x2_and_passes_the_ca_rules()
        {
            var report = new ValidationReport();
            X509Certificate2Collection certificates = CaCertificateRules.Check("--lets-encrypt", "bundle", BundledCertificates.LetsEncryptRootsPem(), DateTime.UtcNow, report);

            Assert.True(report.IsValid);
            Assert.Equal(2, certificates.Count);
            Assert.Equal(IsrgRootX1Sha256, Fingerprint(certificates[0]));
            Assert.Equal(IsrgRootX2Sha256, Fingerprint(certificates[1]));
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "nfproj.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("repository root (nfproj.sln) not found above " + AppContext.BaseDirectory);
        }
    }
}
