using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// Checks a CA certificate file before it goes to the device, where a wrong file shows up only as a failed TLS
    /// handshake: it must be PEM (the device's mbedTLS store takes PEM text), hold at least one certificate and no
    /// private key, and every certificate must be a CA (basic constraints CA=true) valid now.
    /// </summary>
    internal static class CaCertificateRules
    {
        private const string CertificateBegin = "-----BEGIN CERTIFICATE-----";

        /// <summary>
        /// Checks the PEM text read from <paramref name="fileName"/> as of <paramref name="utcNow"/>; adds problems to
        /// <paramref name="report"/> under <paramref name="option"/>. Returns the certificates when the file is good, else null.
        /// </summary>
        public static X509Certificate2Collection Check(string option, string fileName, string pemText, DateTime utcNow, ValidationReport report)
        {
            if (pemText.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                report.AddError(option, fileName + " holds a private key: give only the CA certificate (a private key must never leave the server)");
                return null;
            }

            if (!pemText.Contains(CertificateBegin, StringComparison.Ordinal))
            {
                report.AddError(option, fileName + " is not a PEM certificate (no " + CertificateBegin + " line); convert a DER file with: openssl x509 -inform der -in " + fileName + " -out ca.pem");
                return null;
            }

            var certificates = new X509Certificate2Collection();
            try
            {
                certificates.ImportFromPem(pemText);
            }
            catch (CryptographicException exception)
            {
                report.AddError(option, fileName + " has a PEM block that is not a valid certificate (" + exception.Message.TrimEnd('.') + ")");
                return null;
            }

            if (certificates.Count == 0)
            {
                report.AddError(option, fileName + " holds no certificate");
                return null;
            }

            bool allGood = true;
            foreach (X509Certificate2 certificate in certificates)
            {
                string name = certificate.GetNameInfo(X509NameType.SimpleName, false);
                if (!IsCertificateAuthority(certificate))
                {
                    report.AddError(option, fileName + ": '" + name + "' is not a CA certificate (basic constraints CA=true missing); give the root CA that signed the relay's certificate, not the relay's own certificate");
                    allGood = false;
                    continue;
                }

                if (certificate.NotAfter.ToUniversalTime() < utcNow)
                {
                    report.AddError(option, fileName + ": '" + name + "' expired on " + FormatDate(certificate.NotAfter) + "; the device will refuse every TLS handshake with it");
                    allGood = false;
                }
                else if (certificate.NotBefore.ToUniversalTime() > utcNow)
                {
                    report.AddError(option, fileName + ": '" + name + "' is not valid before " + FormatDate(certificate.NotBefore));
                    allGood = false;
                }
                else if (certificate.NotAfter.ToUniversalTime() < utcNow.AddDays(30))
                {
                    report.AddWarning(option, fileName + ": '" + name + "' expires on " + FormatDate(certificate.NotAfter) + ", in less than 30 days");
                }
            }

            return allGood ? certificates : null;
        }

        /// <summary>Reads and checks a CA file from disk; a missing or unreadable file is a problem too.</summary>
        public static X509Certificate2Collection CheckFile(string option, string path, DateTime utcNow, ValidationReport report, out string pemText)
        {
            pemText = null;
            if (!File.Exists(path))
            {
                report.AddError(option, "file " + path + " does not exist");
                return null;
            }

            try
            {
                pemText = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                report.AddError(option, "cannot read " + path + " (" + exception.Message + ")");
                return null;
            }

            return Check(option, Path.GetFileName(path), pemText, utcNow, report);
        }

        private static bool IsCertificateAuthority(X509Certificate2 certificate)
        {
            foreach (X509Extension extension in certificate.Extensions)
            {
                if (extension is X509BasicConstraintsExtension basicConstraints)
                {
                    return basicConstraints.CertificateAuthority;
                }
            }

            return false;
        }

        private static string FormatDate(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
