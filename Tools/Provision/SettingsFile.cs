using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeskStats.Tools.Provision
{
    /// <summary>Builds the relay settings file, I:\deskstats.json on the device (format in docs/architecture.md).</summary>
    internal static class SettingsFile
    {
        /// <summary>Path of the settings file on the device.</summary>
        public const string DevicePath = "I:\\deskstats.json";

        /// <summary>Path of the CA certificate file on the device when --ca is given.</summary>
        public const string DeviceCaCertificatePath = "I:\\relay-ca.pem";

        /// <summary>Format version written.</summary>
        public const int Version = 1;

        /// <summary>
        /// The file's bytes: UTF-8 without a byte order mark, plain ASCII escapes only where JSON needs them.
        /// caCertificateFile is written only with a CA file (else the device uses its CA store); pageSeconds only when not 0;
        /// touch and allowInsecure only when true.
        /// </summary>
        public static byte[] Build(ProvisionRequest request)
        {
            using var stream = new MemoryStream();
            var writerOptions = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var writer = new Utf8JsonWriter(stream, writerOptions))
            {
                writer.WriteStartObject();
                writer.WriteNumber("version", Version);
                writer.WriteString("relayUrl", request.RelayUrl);
                writer.WriteString("token", request.Token);
                if (!string.IsNullOrEmpty(request.CaFile))
                {
                    writer.WriteString("caCertificateFile", DeviceCaCertificatePath);
                }

                writer.WriteString("board", request.Board);
                writer.WriteNumber("brightness", request.Brightness);
                writer.WriteNumber("utcOffsetMinutes", request.UtcOffsetMinutes);
                if (request.PageSeconds != 0)
                {
                    writer.WriteNumber("pageSeconds", request.PageSeconds);
                }
                if (request.Touch)
                {
                    writer.WriteBoolean("touch", true);
                }
                if (request.AllowInsecure)
                {
                    writer.WriteBoolean("allowInsecure", true);
                }

                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
            return stream.ToArray();
        }
    }
}
