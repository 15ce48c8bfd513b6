using System.IO;
using System.Reflection;

namespace DeskStats.Tools.Provision
{
    /// <summary>The Let's Encrypt roots shipped with the tool (certificates/ in the repository, embedded in the assembly).</summary>
    internal static class BundledCertificates
    {
        /// <summary>Resource name of ISRG Root X1 (RSA 4096, valid until 2035-06-04).</summary>
        public const string IsrgRootX1 = "certificates/isrg-root-x1.pem";

        /// <summary>Resource name of ISRG Root X2 (ECDSA P-384, valid until 2040-09-17).</summary>
        public const string IsrgRootX2 = "certificates/isrg-root-x2.pem";

        /// <summary>The PEM text of one bundled certificate.</summary>
        public static string ReadPem(string resourceName)
        {
            using Stream stream = typeof(BundledCertificates).Assembly.GetManifestResourceStream(resourceName)
                ?? throw new FileNotFoundException("bundled certificate missing from the tool", resourceName);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>ISRG Root X1 then X2 as one PEM bundle, each ending in a newline.</summary>
        public static string LetsEncryptRootsPem() => EndWithNewline(ReadPem(IsrgRootX1)) + EndWithNewline(ReadPem(IsrgRootX2));

        internal static string EndWithNewline(string pem) => pem.EndsWith('\n') ? pem : pem + "\n";
    }
}
