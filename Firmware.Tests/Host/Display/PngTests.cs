using System.IO;
using DeskStats.Host.Display;

namespace DeskStats.Tests.Host.Display
{
    public class PngTests
    {
        [Fact]
        public void An_image_survives_writing_and_reading_pixel_for_pixel()
        {
            var image = new HostImage(7, 5);
            for (int index = 0; index < image.Pixels.Length; index++)
            {
                image.Pixels[index] = (ushort)(index * 2654435761u >> 7);
            }

            HostImage back = PngReader.Decode(PngWriter.Encode(image));

            Assert.Equal((7, 5), (back.Width, back.Height));
            Assert.Equal(image.Pixels, back.Pixels);
        }

        [Fact]
        public void The_file_starts_with_the_signature_and_ends_with_the_standard_IEND_chunk()
        {
            byte[] png = PngWriter.Encode(new HostImage(1, 1));

            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            // IEND: zero length, type, and the CRC-32 every PNG ends with.
            Assert.Equal(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }, png[^12..]);
        }

        [Fact]
        public void A_corrupted_chunk_is_refused()
        {
            byte[] png = PngWriter.Encode(new HostImage(2, 2));
            png[20] ^= 1;

            Assert.Throws<InvalidDataException>(() => PngReader.Decode(png));
        }

        [Fact]
        public void Crc32_matches_the_check_value_of_the_standard()
        {
            byte[] data = System.Text.Encoding.ASCII.GetBytes("123456789");

            Assert.Equal(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
        }
    }
}
