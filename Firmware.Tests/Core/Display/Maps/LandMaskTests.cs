using System;
using DeskStats.Display.Fonts;
using DeskStats.Display.Maps;
using DeskStats.Host.Display.Maps;

namespace DeskStats.Tests.Core.Display.Maps
{
    public class LandMaskTests
    {
        // A DSM1 file of `width` x rows, each row given as its run bytes.
        internal static byte[] Build(int width, params byte[][] rows)
        {
            int length = LandMask.HeaderLength + (rows.Length + 1) * 2;
            int longest = 0;
            foreach (byte[] row in rows)
            {
                length += row.Length;
                longest = Math.Max(longest, row.Length);
            }

            var bytes = new byte[length];
            "DSM1"u8.CopyTo(bytes);
            bytes[4] = 1;
            bytes[5] = 1;
            BitConverter.TryWriteBytes(bytes.AsSpan(6), (ushort)width);
            BitConverter.TryWriteBytes(bytes.AsSpan(8), (ushort)rows.Length);
            BitConverter.TryWriteBytes(bytes.AsSpan(10), (short)7800);
            BitConverter.TryWriteBytes(bytes.AsSpan(12), (short)-5600);
            BitConverter.TryWriteBytes(bytes.AsSpan(14), (short)-18000);
            BitConverter.TryWriteBytes(bytes.AsSpan(16), (short)18000);
            BitConverter.TryWriteBytes(bytes.AsSpan(18), (ushort)longest);
            BitConverter.TryWriteBytes(bytes.AsSpan(20), length);
            int offset = LandMask.HeaderLength + (rows.Length + 1) * 2;
            for (int row = 0; row < rows.Length; row++)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(LandMask.HeaderLength + row * 2), (ushort)offset);
                rows[row].CopyTo(bytes, offset);
                offset += rows[row].Length;
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(LandMask.HeaderLength + rows.Length * 2), (ushort)offset);
            return bytes;
        }

        [Theory]
        [InlineData("world-320", 320, 119)]
        [InlineData("world-240", 240, 89)]
        public void The_committed_maps_have_their_size_and_crop_and_every_row_spans_the_width(string name, int width, int height)
        {
            var mask = new LandMask(new ByteArrayFontData(MapFiles.ReadBytes(name)));
            Assert.Equal(width, mask.Width);
            Assert.Equal(height, mask.Height);
            Assert.Equal((7800, -5600, -18000, 18000), (mask.North, mask.South, mask.West, mask.East));
            var runs = new byte[mask.LongestRowBytes];
            for (int row = 0; row < height; row++)
            {
                int count = mask.ReadRow(row, runs);
                int sum = 0;
                for (int index = 0; index < count; index++) sum += runs[index];
                Assert.Equal(width, sum);
            }
        }

        [Theory]
        [InlineData(2300, 1000, true)]     // Sahara
        [InlineData(-2500, 13400, true)]   // central Australia
        [InlineData(7200, -4000, true)]    // Greenland
        [InlineData(4000, -10000, true)]   // Kansas
        [InlineData(-1000, -6000, true)]   // Amazon
        [InlineData(5500, 9000, true)]     // Siberia
        [InlineData(0, -14000, false)]     // Pacific
        [InlineData(0, -3000, false)]      // Atlantic
        [InlineData(-2000, 8000, false)]   // Indian Ocean
        [InlineData(7000, 0, false)]       // Norwegian Sea
        [InlineData(6700, 17500, true)]    // Chukotka: its land polygon crosses the antimeridian
        [InlineData(6500, -15000, true)]   // Alaska
        [InlineData(5500, -17500, false)]  // Bering Sea
        public void Known_places_are_land_or_sea_on_both_maps(int latitude, int longitude, bool land)
        {
            foreach (string name in MapFiles.Names)
            {
                var mask = new LandMask(new ByteArrayFontData(MapFiles.ReadBytes(name)));
                var runs = new byte[mask.LongestRowBytes];
                Assert.True(land == mask.IsLand(mask.ToX(longitude), mask.ToY(latitude), runs), name + " at " + latitude + ", " + longitude);
            }
        }

        [Fact]
        public void Projection_is_equirectangular_over_the_crop_and_clamps_beyond_it()
        {
            var mask = new LandMask(new ByteArrayFontData(MapFiles.ReadBytes("world-320")));
            Assert.Equal(0, mask.ToX(-18000));
            Assert.Equal(160, mask.ToX(0));
            Assert.Equal(319, mask.ToX(18000));
            Assert.Equal(159, mask.ToX(-13));             // London: (18000 - 13) * 320 / 36000 = 159.9
            Assert.Equal(0, mask.ToY(7800));
            Assert.Equal(0, mask.ToY(9000));              // the North Pole sits on the top edge
            Assert.Equal(23, mask.ToY(5151));             // (7800 - 5151) * 119 / 13400 = 23.5
            Assert.Equal(69, mask.ToY(0));                // 7800 * 119 / 13400 = 69.3
            Assert.Equal(118, mask.ToY(-5600));
            Assert.Equal(118, mask.ToY(-9000));
        }

        [Fact]
        public void Runs_longer_than_255_continue_after_an_empty_run()
        {
            // 300 pixels: 255 sea, 0 land, 20 sea (= 275 sea), 25 land; then a row starting on land.
            byte[] bytes = Build(300, new byte[] { 255, 0, 20, 25 }, new byte[] { 0, 255, 0, 45 });
            var mask = new LandMask(new ByteArrayFontData(bytes));
            var runs = new byte[mask.LongestRowBytes];
            Assert.False(mask.IsLand(0, 0, runs));
            Assert.False(mask.IsLand(274, 0, runs));
            Assert.True(mask.IsLand(275, 0, runs));
            Assert.True(mask.IsLand(299, 0, runs));
            Assert.True(mask.IsLand(0, 1, runs));
            Assert.True(mask.IsLand(299, 1, runs));
        }

        [Fact]
        public void Anything_but_a_dsm1_version_1_file_is_refused()
        {
            byte[] good = Build(4, new byte[] { 2, 2 });
            Assert.NotNull(new LandMask(new ByteArrayFontData(good)));
            foreach (int offset in new[] { 0, 3, 4, 5 })
            {
                var bad = (byte[])good.Clone();
                bad[offset] ^= 0x40;
                Assert.Throws<ArgumentException>(() => new LandMask(new ByteArrayFontData(bad)));
            }

            Assert.Throws<ArgumentException>(() => new LandMask(new ByteArrayFontData(good.AsSpan(0, good.Length - 1).ToArray())));
            Assert.Throws<ArgumentException>(() => new LandMask(new ByteArrayFontData(new byte[10])));
        }

        [Fact]
        public void A_row_table_pointing_past_the_runs_buffer_is_refused()
        {
            byte[] bytes = Build(4, new byte[] { 2, 2 });
            var mask = new LandMask(new ByteArrayFontData(bytes));
            Assert.Throws<ArgumentException>(() => mask.ReadRow(0, new byte[1]));
            Assert.Throws<ArgumentOutOfRangeException>(() => mask.ReadRow(1, new byte[4]));
        }
    }
}
