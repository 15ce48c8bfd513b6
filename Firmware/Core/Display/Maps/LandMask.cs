using System;
using DeskStats.Display.Fonts;

namespace DeskStats.Display.Maps
{
    /// <summary>
    /// A world land mask in the DSM1 format written by Tools/MapGenerator (docs/map.md): an equirectangular map of
    /// <see cref="Width"/> x <see cref="Height"/> pixels, each row stored as alternating sea and land run lengths.
    /// The bytes stay where they are (flash on the device): the header is read once, then one row at a time.
    /// Also the projection from latitude/longitude to a pixel of this map, in integer arithmetic.
    /// </summary>
    public sealed class LandMask
    {
        /// <summary>Bytes of the header.</summary>
        public const int HeaderLength = 24;

        /// <summary>Offset of the file length (u32) in the header.</summary>
        public const int LengthOffset = 20;

        /// <summary>The format version this reader understands.</summary>
        public const int Version = 1;

        /// <summary>Encoding 1: per row, run lengths (bytes), sea first.</summary>
        public const int EncodingRowRuns = 1;

        private readonly IFontData _data;
        private readonly byte[] _offsets = new byte[4];

        /// <summary>Reads and checks the header of <paramref name="data"/> (any byte source read by slices); throws <see cref="ArgumentException"/> when it is not a DSM1 version 1 map.</summary>
        public LandMask(IFontData data)
        {
            if (data == null) throw new ArgumentNullException("data");
            if (data.Length < HeaderLength) throw new ArgumentException("not a DSM1 map");
            var header = new byte[HeaderLength];
            data.Read(0, header, 0, HeaderLength);
            if (header[0] != (byte)'D' || header[1] != (byte)'S' || header[2] != (byte)'M' || header[3] != (byte)'1'
                || header[4] != Version || header[5] != EncodingRowRuns)
            {
                throw new ArgumentException("not a DSM1 version 1 map");
            }

            _data = data;
            Width = ReadUInt16(header, 6);
            Height = ReadUInt16(header, 8);
            North = (short)ReadUInt16(header, 10);
            South = (short)ReadUInt16(header, 12);
            West = (short)ReadUInt16(header, 14);
            East = (short)ReadUInt16(header, 16);
            LongestRowBytes = ReadUInt16(header, 18);
            int length = ReadUInt16(header, LengthOffset) | (ReadUInt16(header, LengthOffset + 2) << 16);
            if (Width < 1 || Height < 1 || North <= South || East <= West || length != data.Length
                || HeaderLength + (Height + 1) * 2 > length)
            {
                throw new ArgumentException("DSM1 header does not match the data");
            }
        }

        /// <summary>Map width in pixels.</summary>
        public int Width { get; }

        /// <summary>Map height in pixels.</summary>
        public int Height { get; }

        /// <summary>Latitude of the top edge, hundredths of a degree (7800 = 78° N).</summary>
        public int North { get; }

        /// <summary>Latitude of the bottom edge, hundredths of a degree (-5600 = 56° S).</summary>
        public int South { get; }

        /// <summary>Longitude of the left edge, hundredths of a degree (-18000).</summary>
        public int West { get; }

        /// <summary>Longitude of the right edge, hundredths of a degree (18000).</summary>
        public int East { get; }

        /// <summary>The most run bytes of any row: the size of the buffer <see cref="ReadRow"/> needs.</summary>
        public int LongestRowBytes { get; }

        /// <summary>
        /// Copies the runs of <paramref name="row"/> (0 = top) into <paramref name="runs"/> and returns their count:
        /// alternating sea and land lengths in pixels, sea first (0 when the row starts on land), summing to <see cref="Width"/>.
        /// </summary>
        public int ReadRow(int row, byte[] runs)
        {
            if (row < 0 || row >= Height) throw new ArgumentOutOfRangeException("row");
            _data.Read(HeaderLength + row * 2, _offsets, 0, 4);
            int start = ReadUInt16(_offsets, 0);
            int count = ReadUInt16(_offsets, 2) - start;
            if (count < 0 || count > runs.Length || start + count > _data.Length) throw new ArgumentException("DSM1 row table is corrupt");
            _data.Read(start, runs, 0, count);
            return count;
        }

        /// <summary>True when pixel (<paramref name="x"/>, <paramref name="y"/>) is land; <paramref name="runs"/> is scratch of <see cref="LongestRowBytes"/>. Decodes the whole row: for tests and tools.</summary>
        public bool IsLand(int x, int y, byte[] runs)
        {
            int count = ReadRow(y, runs);
            int column = 0;
            for (int index = 0; index < count; index++)
            {
                column += runs[index];
                if (x < column) return (index & 1) == 1;
            }

            return false;
        }

        /// <summary>Column of <paramref name="longitudeCentidegrees"/> (hundredths of a degree), clamped to 0 .. <see cref="Width"/> - 1.</summary>
        public int ToX(int longitudeCentidegrees)
        {
            return Clamp((longitudeCentidegrees - West) * Width / (East - West), Width);
        }

        /// <summary>Row of <paramref name="latitudeCentidegrees"/>, clamped to 0 .. <see cref="Height"/> - 1 (places beyond the crop sit on its edge).</summary>
        public int ToY(int latitudeCentidegrees)
        {
            int fromTop = North - latitudeCentidegrees;
            if (fromTop < 0) return 0;
            return Clamp(fromTop * Height / (North - South), Height);
        }

        private static int Clamp(int value, int size)
        {
            if (value < 0) return 0;
            return value >= size ? size - 1 : value;
        }

        private static int ReadUInt16(byte[] bytes, int offset)
        {
            return bytes[offset] | (bytes[offset + 1] << 8);
        }
    }
}
