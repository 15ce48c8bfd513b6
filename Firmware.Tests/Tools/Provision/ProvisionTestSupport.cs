using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeskStats.Tests.Tools.Provision
{
    /// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
    internal sealed class TemporaryFolder : IDisposable
    {
        public TemporaryFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "deskstats-provision-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, string content)
        {
            string path = System.IO.Path.Combine(Path, name);
            File.WriteAllText(path, content);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    /// <summary>Certificates made on the spot for the CA checks.</summary>
    internal static class TestCertificates
    {
        /// <summary>A self-signed certificate as PEM; <paramref name="isCertificateAuthority"/> sets basic constraints CA; null leaves the extension out.</summary>
        public static string CreatePem(string commonName, bool? isCertificateAuthority, DateTimeOffset notBefore, DateTimeOffset notAfter)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=" + commonName, key, HashAlgorithmName.SHA256);
            if (isCertificateAuthority.HasValue)
            {
                request.CertificateExtensions.Add(new X509BasicConstraintsExtension(isCertificateAuthority.Value, false, 0, true));
            }

            using X509Certificate2 certificate = request.CreateSelfSigned(notBefore, notAfter);
            return certificate.ExportCertificatePem() + "\n";
        }

        /// <summary>A CA valid from a day ago for a year.</summary>
        public static string ValidCaPem(string commonName = "DeskStats Test Root") =>
            CreatePem(commonName, true, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
