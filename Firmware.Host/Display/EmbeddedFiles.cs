using System;
using System.IO;

namespace DeskStats.Host.Display
{
    /// <summary>The device's resource files embedded into DeskStats.Host (fonts, land masks).</summary>
    internal static class EmbeddedFiles
    {
        /// <summary>The bytes of embedded resource <paramref name="resourceName"/>; <paramref name="kind"/> names it in the error ("font", "map").</summary>
        public static byte[] Read(string resourceName, string kind)
        {
            using (Stream stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(resourceName))
            {
                if (stream == null)
                {
                    throw new ArgumentException("no embedded " + kind + " named " + resourceName, "name");
                }

                var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return bytes.ToArray();
            }
        }
    }
}
