using System;
using System.IO;
using System.IO.Compression;

namespace DeskStats.Host.Display
{
    /// <summary>
    /// Writes a <see cref="HostImage"/> as a PNG: 8-bit RGB (colour type 2), no filtering, zlib-compressed
    /// IDAT (System.IO.Compression), CRC-32 per chunk as the PNG specification (ISO/IEC 15948) asks.
    /// </summary>
    public static class PngWriter
    {
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>The PNG file bytes of <paramref name="image"/>.</summary>
        public static byte[] Encode(HostImage image)
        {
            if (image == null) throw new ArgumentNullException(nameof(image));
            using var output = new MemoryStream();
            output.Write(Signature, 0, Signature.Length);

            byte[] header = new byte[13];
            WriteBigEndian(header, 0, (uint)image.Width);
            WriteBigEndian(header, 4, (uint)image.Height);
            header[8] = 8;  // bit depth
            header[9] = 2;  // colour type: RGB
            header[10] = 0; // deflate
            header[11] = 0; // adaptive filtering, filter type per row
            header[12] = 0; // no interlace
            WriteChunk(output, "IHDR", header);

            int stride = 1 + image.Width * 3;
            byte[] raw = new byte[stride * image.Height];
            for (int y = 0; y < image.Height; y++)
            {
                int rowStart = y * stride;
                raw[rowStart] = 0; // filter: none
                for (int x = 0; x < image.Width; x++)
                {
                    image.GetRgb888(x, y, out byte red, out byte green, out byte blue);
                    int at = rowStart + 1 + x * 3;
                    raw[at] = red;
                    raw[at + 1] = green;
                    raw[at + 2] = blue;
                }
            }

            using (var compressed = new MemoryStream())
            {
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zlib.Write(raw, 0, raw.Length);
                }

                WriteChunk(output, "IDAT", compressed.ToArray());
            }

            WriteChunk(output, "IEND", Array.Empty<byte>());
            return output.ToArray();
        }

        /// <summary>Writes <paramref name="image"/> to <paramref name="path"/>, creating the folder.</summary>
        public static void WriteFile(HostImage image, string path)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path));
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, Encode(image));
        }

        private static void WriteChunk(Stream output, string type, byte[] data)
        {
            byte[] length = new byte[4];
            WriteBigEndian(length, 0, (uint)data.Length);
            output.Write(length, 0, 4);
            byte[] typeAndData = new byte[4 + data.Length];
            for (int index = 0; index < 4; index++)
            {
                typeAndData[index] = (byte)type[index];
            }

            Array.Copy(data, 0, typeAndData, 4, data.Length);
            output.Write(typeAndData, 0, typeAndData.Length);
            byte[] crc = new byte[4];
            WriteBigEndian(crc, 0, Crc32.Compute(typeAndData, 0, typeAndData.Length));
            output.Write(crc, 0, 4);
        }

        internal static void WriteBigEndian(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }
    }

    /// <summary>CRC-32 (ISO 3309, polynomial EDB88320h reflected) as PNG chunks use it.</summary>
    public static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>CRC-32 of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFFu;
            for (int index = offset; index < offset + count; index++)
            {
                crc = Table[(crc ^ data[index]) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFFu;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
