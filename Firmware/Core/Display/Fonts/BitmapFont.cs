using System;

namespace DeskStats.Display.Fonts
{
    /// <summary>
    /// An anti-aliased 4-bit bitmap font read from <see cref="IFontData"/> (format in docs/fonts.md).
    /// Keeps only the header numbers and the code point range table in RAM (about 200 bytes plus 6 bytes per range on
    /// nanoFramework, see <see cref="RamBytes"/>); glyph records and bitmaps are read from the data on demand, so on the device
    /// the font stays in flash. Lookups share one 10-byte scratch buffer under a lock, so a font may be shared between threads
    /// as long as its <see cref="IFontData"/> is safe to read concurrently.
    /// </summary>
    public sealed class BitmapFont
    {
        private readonly IFontData _data;
        private readonly ushort[] _ranges; // per range: first code point, count, first glyph index
        private readonly byte[] _record = new byte[FontFormat.GlyphRecordLength];
        private readonly int _glyphTableOffset;
        private readonly int _bitmapAreaOffset;

        /// <summary>Reads the header and range table of <paramref name="data"/>; throws if it is not a version 1 DSF4 font.</summary>
        public BitmapFont(IFontData data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (data.Length < FontFormat.HeaderLength)
            {
                throw new ArgumentException("font data shorter than its header");
            }

            byte[] header = new byte[FontFormat.HeaderLength];
            data.Read(0, header, 0, FontFormat.HeaderLength);
            if (header[0] != FontFormat.Magic0 || header[1] != FontFormat.Magic1 || header[2] != FontFormat.Magic2 || header[3] != FontFormat.Magic3)
            {
                throw new ArgumentException("not a DSF4 font");
            }

            if (header[FontFormat.VersionOffset] != FontFormat.Version || header[FontFormat.BitsPerPixelOffset] != FontFormat.BitsPerPixel)
            {
                throw new ArgumentException("unsupported DSF4 version or pixel depth");
            }

            _data = data;
            LineHeight = FontFormat.ReadUInt16(header, FontFormat.LineHeightOffset);
            Ascent = FontFormat.ReadUInt16(header, FontFormat.AscentOffset);
            Descent = FontFormat.ReadUInt16(header, FontFormat.DescentOffset);
            GlyphCount = FontFormat.ReadUInt16(header, FontFormat.GlyphCountOffset);
            RangeCount = FontFormat.ReadUInt16(header, FontFormat.RangeCountOffset);
            MaxGlyphWidth = FontFormat.ReadUInt16(header, FontFormat.MaxGlyphWidthOffset);
            MaxGlyphHeight = FontFormat.ReadUInt16(header, FontFormat.MaxGlyphHeightOffset);
            MaxBitmapLength = FontFormat.ReadUInt16(header, FontFormat.MaxBitmapLengthOffset);
            PixelSize = FontFormat.ReadUInt16(header, FontFormat.PixelSizeOffset);
            _glyphTableOffset = FontFormat.ReadInt32(header, FontFormat.GlyphTableOffsetOffset);
            _bitmapAreaOffset = FontFormat.ReadInt32(header, FontFormat.BitmapAreaOffsetOffset);
            int fileLength = FontFormat.ReadInt32(header, FontFormat.FileLengthOffset);
            if (fileLength != data.Length
                || _glyphTableOffset != FontFormat.HeaderLength + RangeCount * FontFormat.RangeRecordLength
                || _bitmapAreaOffset != _glyphTableOffset + GlyphCount * FontFormat.GlyphRecordLength
                || _bitmapAreaOffset > fileLength)
            {
                throw new ArgumentException("inconsistent DSF4 header");
            }

            byte[] rangeBytes = new byte[RangeCount * FontFormat.RangeRecordLength];
            data.Read(FontFormat.HeaderLength, rangeBytes, 0, rangeBytes.Length);
            _ranges = new ushort[RangeCount * 3];
            for (int index = 0; index < _ranges.Length; index++)
            {
                _ranges[index] = (ushort)FontFormat.ReadUInt16(rangeBytes, index * 2);
            }
        }

        /// <summary>Distance between baselines of consecutive lines, in pixels (<see cref="Ascent"/> + <see cref="Descent"/>).</summary>
        public int LineHeight { get; private set; }

        /// <summary>Distance from the top of a line to the baseline, in pixels: the highest ink of any glyph.</summary>
        public int Ascent { get; private set; }

        /// <summary>Distance from the baseline to the bottom of a line, in pixels: the lowest ink of any glyph.</summary>
        public int Descent { get; private set; }

        /// <summary>Number of glyphs in the font.</summary>
        public int GlyphCount { get; private set; }

        /// <summary>Number of contiguous code point ranges.</summary>
        public int RangeCount { get; private set; }

        /// <summary>Widest glyph bitmap in pixels.</summary>
        public int MaxGlyphWidth { get; private set; }

        /// <summary>Tallest glyph bitmap in pixels.</summary>
        public int MaxGlyphHeight { get; private set; }

        /// <summary>Largest packed glyph bitmap in bytes: a buffer this long holds any glyph.</summary>
        public int MaxBitmapLength { get; private set; }

        /// <summary>The em size in pixels the font was rendered at.</summary>
        public int PixelSize { get; private set; }

        /// <summary>
        /// Estimate of the managed RAM this object keeps on nanoFramework, in bytes: the object (a 12-byte heap block for
        /// the header and for each of its 14 fields), the range table (12-byte array header + 6 bytes per range) and the
        /// 10-byte record scratch (12-byte header). The <see cref="IFontData"/> is not included.
        /// </summary>
        public int RamBytes
        {
            get { return 12 * (1 + 14) + 12 + _ranges.Length * 2 + 12 + FontFormat.GlyphRecordLength; }
        }

        /// <summary>True when the font has a glyph for <paramref name="codePoint"/>.</summary>
        public bool HasGlyph(int codePoint)
        {
            return FindGlyphIndex(codePoint) >= 0;
        }

        /// <summary>
        /// Looks up <paramref name="codePoint"/> (binary search over the ranges) and fills <paramref name="glyph"/>;
        /// false (and <paramref name="glyph"/> untouched) when the font lacks it. Allocates nothing.
        /// </summary>
        public bool TryGetGlyph(int codePoint, GlyphMetrics glyph)
        {
            int glyphIndex = FindGlyphIndex(codePoint);
            if (glyphIndex < 0)
            {
                return false;
            }

            ReadGlyphRecord(glyphIndex, glyph);
            glyph.CodePoint = codePoint;
            return true;
        }

        /// <summary>Fills <paramref name="glyph"/> with the record of glyph number <paramref name="glyphIndex"/> (0..GlyphCount-1), code point included.</summary>
        public void GetGlyphByIndex(int glyphIndex, GlyphMetrics glyph)
        {
            if (glyphIndex < 0 || glyphIndex >= GlyphCount)
            {
                throw new ArgumentOutOfRangeException("glyphIndex");
            }

            ReadGlyphRecord(glyphIndex, glyph);
            for (int range = 0; range < RangeCount; range++)
            {
                int firstGlyph = _ranges[range * 3 + 2];
                if (glyphIndex >= firstGlyph && glyphIndex < firstGlyph + _ranges[range * 3 + 1])
                {
                    glyph.CodePoint = _ranges[range * 3] + glyphIndex - firstGlyph;
                    return;
                }
            }
        }

        /// <summary>First code point of range <paramref name="range"/> (0..RangeCount-1); ranges ascend and never overlap.</summary>
        public int GetRangeFirst(int range)
        {
            return _ranges[range * 3];
        }

        /// <summary>Number of code points in range <paramref name="range"/>.</summary>
        public int GetRangeCount(int range)
        {
            return _ranges[range * 3 + 1];
        }

        /// <summary>
        /// Copies the packed 4-bit bitmap of <paramref name="glyph"/> (<see cref="GlyphMetrics.BitmapLength"/> bytes,
        /// rows of <see cref="GlyphMetrics.RowBytes"/>, left pixel in the high nibble) into <paramref name="destination"/>.
        /// </summary>
        public void ReadGlyphBitmap(GlyphMetrics glyph, byte[] destination, int destinationOffset)
        {
            int length = glyph.BitmapLength;
            if (length > 0)
            {
                _data.Read(glyph.DataOffset, destination, destinationOffset, length);
            }
        }

        /// <summary>Reads pixel (<paramref name="x"/>, <paramref name="y"/>) of a packed bitmap: 0 (no ink) .. 15 (full ink).</summary>
        public static int GetPixel(byte[] bitmap, int bitmapOffset, int rowBytes, int x, int y)
        {
            int packed = bitmap[bitmapOffset + y * rowBytes + (x >> 1)];
            return (x & 1) == 0 ? packed >> 4 : packed & 0x0F;
        }

        /// <summary>Advance of <paramref name="codePoint"/> in pixels, or -1 when the font lacks it.</summary>
        public int GetAdvance(int codePoint)
        {
            int glyphIndex = FindGlyphIndex(codePoint);
            if (glyphIndex < 0)
            {
                return -1;
            }

            lock (_record)
            {
                _data.Read(_glyphTableOffset + glyphIndex * FontFormat.GlyphRecordLength, _record, 0, 1);
                return _record[0];
            }
        }

        /// <summary>
        /// Width in pixels of <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>:
        /// the sum of their advances; characters the font lacks count 0 (prepare text with <see cref="Transliterator"/> first).
        /// </summary>
        public int MeasureWidth(string text, int start, int count)
        {
            int width = 0;
            for (int index = start; index < start + count; index++)
            {
                int advance = GetAdvance(text[index]);
                if (advance > 0)
                {
                    width += advance;
                }
            }

            return width;
        }

        /// <summary>Width in pixels of a whole string (see <see cref="MeasureWidth(string, int, int)"/>).</summary>
        public int MeasureWidth(string text)
        {
            return MeasureWidth(text, 0, text.Length);
        }

        /// <summary>Width in pixels of <paramref name="count"/> characters of a char buffer from <paramref name="start"/>.</summary>
        public int MeasureWidth(char[] text, int start, int count)
        {
            int width = 0;
            for (int index = start; index < start + count; index++)
            {
                int advance = GetAdvance(text[index]);
                if (advance > 0)
                {
                    width += advance;
                }
            }

            return width;
        }

        private int FindGlyphIndex(int codePoint)
        {
            int low = 0;
            int high = RangeCount - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                int first = _ranges[middle * 3];
                if (codePoint < first)
                {
                    high = middle - 1;
                }
                else if (codePoint >= first + _ranges[middle * 3 + 1])
                {
                    low = middle + 1;
                }
                else
                {
                    return _ranges[middle * 3 + 2] + codePoint - first;
                }
            }

            return -1;
        }

        private void ReadGlyphRecord(int glyphIndex, GlyphMetrics glyph)
        {
            lock (_record)
            {
                _data.Read(_glyphTableOffset + glyphIndex * FontFormat.GlyphRecordLength, _record, 0, FontFormat.GlyphRecordLength);
                glyph.Advance = _record[0];
                glyph.Width = _record[1];
                glyph.Height = _record[2];
                glyph.BearingX = (sbyte)_record[3];
                glyph.BearingY = (short)FontFormat.ReadUInt16(_record, 4);
                glyph.DataOffset = _bitmapAreaOffset + FontFormat.ReadInt32(_record, 6);
            }
        }
    }
}
