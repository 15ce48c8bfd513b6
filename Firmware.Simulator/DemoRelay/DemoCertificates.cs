using System;
using System.Collections.Generic;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeskStats.Simulator.DemoRelay
{
    /// <summary>
    /// A throw-away private CA and a server certificate signed by it, generated in memory at start (ECDSA P-256,
    /// which mbedTLS on the device handles too). The CA is never installed anywhere: whoever connects trusts it
    /// explicitly (the simulator's link, or a device given the PEM).
    /// </summary>
    public sealed class DemoCertificates : IDisposable
    {
        private DemoCertificates(X509Certificate2 authority, X509Certificate2 server)
        {
            Authority = authority;
            Server = server;
        }

        /// <summary>The CA certificate (public part only).</summary>
        public X509Certificate2 Authority { get; }

        /// <summary>The server certificate with its private key, for Kestrel.</summary>
        public X509Certificate2 Server { get; }

        /// <summary>The CA certificate in PEM form, to hand to a client.</summary>
        public string AuthorityPem => Authority.ExportCertificatePem();

        /// <summary>
        /// Creates a CA and a server certificate valid for 127.0.0.1, ::1 and localhost plus
        /// <paramref name="extraNames"/> (host names or IP addresses). Valid from one day ago for 90 days, so a device
        /// whose clock is a little off still accepts it.
        /// </summary>
        public static DemoCertificates Create(IEnumerable<string> extraNames = null)
        {
            DateTimeOffset notBefore = DateTimeOffset.UtcNow.AddDays(-1);
            return Create(extraNames, true, notBefore, notBefore.AddDays(89));
        }

        /// <summary>
        /// Creates a CA and a server certificate for <paramref name="names"/> (plus 127.0.0.1, ::1 and localhost when
        /// <paramref name="loopbackNames"/>), valid from <paramref name="serverNotBefore"/> to <paramref name="serverNotAfter"/>;
        /// the CA covers that and the 90 days from a day ago. Tests make broken relays with it: a certificate
        /// that expired, or one for another name.
        /// </summary>
        public static DemoCertificates Create(IEnumerable<string> names, bool loopbackNames, DateTimeOffset serverNotBefore, DateTimeOffset serverNotAfter)
        {
            // The CA covers the server certificate and today: from a day ago (or earlier) for 90 days (or longer).
            DateTimeOffset notBefore = DateTimeOffset.UtcNow.AddDays(-1);
            if (serverNotBefore < notBefore) notBefore = serverNotBefore;
            DateTimeOffset notAfter = DateTimeOffset.UtcNow.AddDays(89);
            if (serverNotAfter > notAfter) notAfter = serverNotAfter;

            using ECDsa authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var authorityRequest = new CertificateRequest("CN=DeskStats demo relay CA, O=DeskStats", authorityKey, HashAlgorithmName.SHA256);
            authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
            using X509Certificate2 authorityWithKey = authorityRequest.CreateSelfSigned(notBefore, notAfter);

            using ECDsa serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var serverRequest = new CertificateRequest("CN=DeskStats demo relay", serverKey, HashAlgorithmName.SHA256);
            serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authorityWithKey, true, false));
            var alternativeNames = new SubjectAlternativeNameBuilder();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (loopbackNames)
            {
                alternativeNames.AddIpAddress(IPAddress.Loopback);
                alternativeNames.AddIpAddress(IPAddress.IPv6Loopback);
                alternativeNames.AddDnsName("localhost");
                seen.Add("127.0.0.1");
                seen.Add("::1");
                seen.Add("localhost");
            }

            if (names != null)
            {
                foreach (string name in names)
                {
                    if (string.IsNullOrWhiteSpace(name) || !seen.Add(name)) continue;
                    if (IPAddress.TryParse(name, out IPAddress address)) alternativeNames.AddIpAddress(address);
                    else alternativeNames.AddDnsName(name);
                }
            }

            serverRequest.CertificateExtensions.Add(alternativeNames.Build());
            byte[] serial = RandomNumberGenerator.GetBytes(16);
            serial[0] &= 0x7F; // a positive serial number
            using X509Certificate2 serverPublic = serverRequest.Create(authorityWithKey, serverNotBefore, serverNotAfter, serial);
            using X509Certificate2 serverWithKey = serverPublic.CopyWithPrivateKey(serverKey);

            // A PKCS#12 round trip gives a certificate whose key every TLS stack accepts (ephemeral keys fail on Windows).
            byte[] pkcs12 = serverWithKey.Export(X509ContentType.Pkcs12);
            X509Certificate2 server = X509CertificateLoader.LoadPkcs12(pkcs12, null);
            X509Certificate2 authority = X509CertificateLoader.LoadCertificate(authorityWithKey.RawData);
            return new DemoCertificates(authority, server);
        }

        /// <summary>The machine's host name and its up, non-loopback IP addresses: the names a device on the LAN may use.</summary>
        public static IEnumerable<string> LocalNetworkNames()
        {
            var result = new List<string> { Dns.GetHostName() };
            foreach (NetworkInterface networkInterface in NetworkInterface.GetAllNetworkInterfaces())
            {
                if (networkInterface.OperationalStatus != OperationalStatus.Up) continue;
                foreach (UnicastIPAddressInformation address in networkInterface.GetIPProperties().UnicastAddresses)
                {
                    if (IPAddress.IsLoopback(address.Address)) continue;
                    if (address.Address.AddressFamily == AddressFamily.InterNetworkV6 && address.Address.IsIPv6LinkLocal) continue;
                    result.Add(address.Address.ToString());
                }
            }

            return result;
        }

        /// <summary>
        /// Checks a server certificate against <paramref name="authority"/> alone (not the system store): the check a
        /// client that trusts only this CA does.
        /// </summary>
        public static bool IsTrustedBy(X509Certificate2 authority, X509Certificate certificate, string hostName)
        {
            if (certificate == null) return false;
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            if (!chain.Build(leaf)) return false;
            return leaf.MatchesHostname(hostName);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Authority.Dispose();
            Server.Dispose();
        }
    }
}
