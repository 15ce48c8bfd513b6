using System;
using System.IO;
using System.IO.Compression;

namespace DeskStats.Host.Display
{
    /// <summary>
    /// Reads 8-bit RGB or RGBA PNG files (colour types 2 and 6, no interlace, all five filter types) into a
    /// <see cref="HostImage"/>, for comparing the renderer's output with committed golden images. Each
    /// channel is reduced to RGB565 the same way the panel keeps it (top bits), so a PNG written by
    /// <see cref="PngWriter"/> reads back to exactly the pixels it was written from. Chunk CRCs are checked.
    /// </summary>
    public static class PngReader
    {
        /// <summary>Decodes <paramref name="png"/>.</summary>
        /// <exception cref="InvalidDataException">Not a PNG this reader handles, or corrupt.</exception>
        public static HostImage Decode(byte[] png)
        {
            if (png == null || png.Length < 8 || png[0] != 0x89 || png[1] != 0x50 || png[2] != 0x4E || png[3] != 0x47)
            {
                throw new InvalidDataException("not a PNG file");
            }

            int width = 0, height = 0, colorType = -1;
            using var idat = new MemoryStream();
            int position = 8;
            bool ended = false;
            while (!ended && position + 12 <= png.Length)
            {
                int length = (int)ReadBigEndian(png, position);
                if (length < 0 || position + 12 + length > png.Length)
                {
                    throw new InvalidDataException("chunk runs past the end of the file");
                }

                string type = new string(new[] { (char)png[position + 4], (char)png[position + 5], (char)png[position + 6], (char)png[position + 7] });
                uint expected = ReadBigEndian(png, position + 8 + length);
                if (Crc32.Compute(png, position + 4, 4 + length) != expected)
                {
                    throw new InvalidDataException("bad CRC in chunk " + type);
                }

                int dataStart = position + 8;
                switch (type)
                {
                    case "IHDR":
                        width = (int)ReadBigEndian(png, dataStart);
                        height = (int)ReadBigEndian(png, dataStart + 4);
                        colorType = png[dataStart + 9];
                        if (png[dataStart + 8] != 8 || (colorType != 2 && colorType != 6) || png[dataStart + 12] != 0)
                        {
                            throw new InvalidDataException("only 8-bit RGB/RGBA non-interlaced PNG files are read");
                        }

                        break;
                    case "IDAT":
                        idat.Write(png, dataStart, length);
                        break;
                    case "IEND":
                        ended = true;
                        break;
                }

                position += 12 + length;
            }

            if (width <= 0 || height <= 0)
            {
                throw new InvalidDataException("no IHDR chunk");
            }

            int channels = colorType == 6 ? 4 : 3;
            int stride = width * channels;
            byte[] raw = new byte[(stride + 1) * height];
            idat.Position = 0;
            using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            {
                int read = 0;
                while (read < raw.Length)
                {
                    int got = zlib.Read(raw, read, raw.Length - read);
                    if (got == 0) throw new InvalidDataException("image data too short");
                    read += got;
                }
            }

            var image = new HostImage(width, height);
            byte[] previous = new byte[stride];
            byte[] current = new byte[stride];
            for (int y = 0; y < height; y++)
            {
                int rowStart = y * (stride + 1);
                int filter = raw[rowStart];
                for (int index = 0; index < stride; index++)
                {
                    int value = raw[rowStart + 1 + index];
                    int left = index >= channels ? current[index - channels] : 0;
                    int up = previous[index];
                    int upLeft = index >= channels ? previous[index - channels] : 0;
                    switch (filter)
                    {
                        case 0: break;
                        case 1: value += left; break;
                        case 2: value += up; break;
                        case 3: value += (left + up) >> 1; break;
                        case 4: value += Paeth(left, up, upLeft); break;
                        default: throw new InvalidDataException("unknown filter type " + filter);
                    }

                    current[index] = (byte)value;
                }

                for (int x = 0; x < width; x++)
                {
                    int at = x * channels;
                    image.Pixels[y * width + x] = (ushort)(((current[at] >> 3) << 11) | ((current[at + 1] >> 2) << 5) | (current[at + 2] >> 3));
                }

                byte[] swap = previous;
                previous = current;
                current = swap;
            }

            return image;
        }

        /// <summary>Reads and decodes the PNG file at <paramref name="path"/>.</summary>
        public static HostImage ReadFile(string path) => Decode(File.ReadAllBytes(path));

        private static int Paeth(int left, int up, int upLeft)
        {
            int estimate = left + up - upLeft;
            int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
            if (toLeft <= toUp && toLeft <= toUpLeft) return left;
            return toUp <= toUpLeft ? up : upLeft;
        }

        private static uint ReadBigEndian(byte[] buffer, int offset) =>
            ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
    }
}
