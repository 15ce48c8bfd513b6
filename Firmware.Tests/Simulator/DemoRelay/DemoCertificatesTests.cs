using System.Linq;
using System.Security.Cryptography.X509Certificates;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator.DemoRelay
{
    public class DemoCertificatesTests
    {
        [Fact]
        public void The_server_certificate_chains_to_the_generated_CA_for_loopback_and_extra_names()
        {
            using DemoCertificates certificates = DemoCertificates.Create(new[] { "192.0.2.10", "deskstats-dev.local" });

            Assert.True(certificates.Server.HasPrivateKey);
            Assert.False(certificates.Authority.HasPrivateKey);
            foreach (string name in new[] { "127.0.0.1", "localhost", "192.0.2.10", "deskstats-dev.local" })
            {
                Assert.True(DemoCertificates.IsTrustedBy(certificates.Authority, certificates.Server, name), name);
            }

            Assert.False(DemoCertificates.IsTrustedBy(certificates.Authority, certificates.Server, "relay.example.com"));
        }

        [Fact]
        public void Another_CA_does_not_vouch_for_the_server()
        {
            using DemoCertificates mine = DemoCertificates.Create();
            using DemoCertificates other = DemoCertificates.Create();

            Assert.False(DemoCertificates.IsTrustedBy(other.Authority, mine.Server, "127.0.0.1"));
        }

        [Fact]
        public void The_CA_is_a_CA_and_the_server_certificate_is_for_servers_only()
        {
            using DemoCertificates certificates = DemoCertificates.Create();

            var authorityConstraints = Assert.Single(certificates.Authority.Extensions.OfType<X509BasicConstraintsExtension>());
            Assert.True(authorityConstraints.CertificateAuthority);
            var serverConstraints = Assert.Single(certificates.Server.Extensions.OfType<X509BasicConstraintsExtension>());
            Assert.False(serverConstraints.CertificateAuthority);
            var usage = Assert.Single(certificates.Server.Extensions.OfType<X509EnhancedKeyUsageExtension>());
            Assert.Equal("1.3.6.1.5.5.7.3.1", Assert.Single(usage.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>()).Value);
            Assert.True(certificates.Server.NotBefore < System.DateTime.Now.AddHours(-12), "a device clock a little behind must still accept it");
        }
    }
}
