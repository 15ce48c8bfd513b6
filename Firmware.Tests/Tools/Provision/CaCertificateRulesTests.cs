using System;
using System.Security.Cryptography.X509Certificates;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class CaCertificateRulesTests
    {
        private static readonly DateTime Now = DateTime.UtcNow;

        private static ValidationReport Check(string pem, out X509Certificate2Collection certificates)
        {
            var report = new ValidationReport();
            certificates = CaCertificateRules.Check("--ca", "ca.pem", pem, Now, report);
            return report;
        }

        [Fact]
        public void A_valid_ca_certificate_is_accepted()
        {
            ValidationReport report = Check(TestCertificates.ValidCaPem(), out X509Certificate2Collection certificates);

            Assert.True(report.IsValid);
            Assert.Empty(report.Warnings);
            Assert.Single(certificates);
        }

        [Fact]
        public void A_bundle_of_two_ca_certificates_is_accepted()
        {
            ValidationReport report = Check(TestCertificates.ValidCaPem("Root A") + TestCertificates.ValidCaPem("Root B"), out X509Certificate2Collection certificates);

            Assert.True(report.IsValid);
            Assert.Equal(2, certificates.Count);
        }

        [Fact]
        public void An_expired_ca_is_rejected_with_its_expiry_date()
        {
            var notAfter = new DateTimeOffset(Now.AddDays(-3));
            string pem = TestCertificates.CreatePem("Old Root", true, notAfter.AddYears(-1), notAfter);

            ValidationReport report = Check(pem, out X509Certificate2Collection certificates);

            Assert.Null(certificates);
            Assert.Equal("--ca: ca.pem: 'Old Root' expired on " + notAfter.UtcDateTime.ToString("yyyy-MM-dd") + "; the device will refuse every TLS handshake with it", Assert.Single(report.Errors));
        }

        [Fact]
        public void A_ca_that_is_not_valid_yet_is_rejected()
        {
            string pem = TestCertificates.CreatePem("Future Root", true, DateTimeOffset.UtcNow.AddDays(10), DateTimeOffset.UtcNow.AddYears(2));

            Assert.Contains("'Future Root' is not valid before", Assert.Single(Check(pem, out _).Errors));
        }

        [Fact]
        public void A_ca_expiring_within_30_days_is_accepted_with_a_warning()
        {
            string pem = TestCertificates.CreatePem("Ending Root", true, DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddDays(10));

            ValidationReport report = Check(pem, out _);

            Assert.True(report.IsValid);
            Assert.Contains("in less than 30 days", Assert.Single(report.Warnings));
        }

        [Fact]
        public void A_server_certificate_with_ca_false_is_rejected()
        {
            string pem = TestCertificates.CreatePem("stats.example.com", false, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

            Assert.Contains("'stats.example.com' is not a CA certificate", Assert.Single(Check(pem, out _).Errors));
        }

        [Fact]
        public void A_certificate_without_basic_constraints_is_not_a_ca()
        {
            string pem = TestCertificates.CreatePem("no-constraints", null, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

            Assert.Contains("is not a CA certificate", Assert.Single(Check(pem, out _).Errors));
        }

        [Fact]
        public void One_bad_certificate_in_a_bundle_rejects_the_file()
        {
            string server = TestCertificates.CreatePem("leaf", false, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

            ValidationReport report = Check(TestCertificates.ValidCaPem() + server, out X509Certificate2Collection certificates);

            Assert.Null(certificates);
            Assert.Contains("'leaf' is not a CA certificate", Assert.Single(report.Errors));
        }

        [Fact]
        public void Text_without_a_pem_block_is_rejected_with_the_conversion_command()
        {
            string problem = Assert.Single(Check("this is not a certificate", out _).Errors);

            Assert.Contains("is not a PEM certificate", problem);
            Assert.Contains("openssl x509 -inform der", problem);
        }

        [Fact]
        public void A_pem_block_with_garbage_inside_is_rejected()
        {
            string pem = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGUgYXQgYWxs\n-----END CERTIFICATE-----\n";

            Assert.Contains("has a PEM block that is not a valid certificate", Assert.Single(Check(pem, out _).Errors));
        }

        [Fact]
        public void A_file_with_a_private_key_is_refused()
        {
            string pem = TestCertificates.ValidCaPem() + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";

            Assert.Contains("holds a private key", Assert.Single(Check(pem, out _).Errors));
        }

        [Fact]
        public void A_missing_file_is_named()
        {
            using var folder = new TemporaryFolder();
            var report = new ValidationReport();
            string path = System.IO.Path.Combine(folder.Path, "missing.pem");

            Assert.Null(CaCertificateRules.CheckFile("--ca", path, Now, report, out string pem));
            Assert.Null(pem);
            Assert.Equal("--ca: file " + path + " does not exist", Assert.Single(report.Errors));
        }

        [Fact]
        public void A_good_file_is_read_and_returned()
        {
            using var folder = new TemporaryFolder();
            string written = TestCertificates.ValidCaPem();
            string path = folder.Write("root.pem", written);
            var report = new ValidationReport();

            Assert.Single(CaCertificateRules.CheckFile("--ca", path, Now, report, out string pem));
            Assert.Equal(written, pem);
        }
    }
}
