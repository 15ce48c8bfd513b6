using System;
using System.Collections.Generic;
using System.IO;
using DeskStats.Display.Fonts;

namespace DeskStats.Tools.FontGenerator
{
    /// <summary>Encodes rendered glyphs into the DSF4 format (docs/fonts.md).</summary>
    public static class FontEncoder
    {
        /// <summary>Quantises 8-bit coverage to 4 bits, rounding to nearest (0 stays 0, 255 becomes 15).</summary>
        public static int Quantize(byte coverage)
        {
            return (coverage * FontFormat.MaxIntensity + 127) / 255;
        }

        internal static byte[] Encode(int pixelSize, IList<RenderedGlyph> glyphs)
        {
            // Ranges of consecutive code points.
            var ranges = new List<int[]>(); // first, count, first glyph index
            for (int index = 0; index < glyphs.Count; index++)
            {
                int codePoint = glyphs[index].CodePoint;
                if (codePoint > 0xFFFF)
                {
                    throw new ArgumentException("only the Basic Multilingual Plane is supported");
                }

                if (index > 0 && codePoint <= glyphs[index - 1].CodePoint)
                {
                    throw new ArgumentException("code points must ascend");
                }

                if (ranges.Count > 0 && ranges[ranges.Count - 1][0] + ranges[ranges.Count - 1][1] == codePoint)
                {
                    ranges[ranges.Count - 1][1]++;
                }
                else
                {
                    ranges.Add(new[] { codePoint, 1, index });
                }
            }

            int ascent = 0;
            int descent = 0;
            int maxWidth = 0;
            int maxHeight = 0;
            int maxBitmapLength = 0;
            var bitmaps = new MemoryStream();
            var records = new MemoryStream();
            foreach (RenderedGlyph glyph in glyphs)
            {
                if (glyph.Width > 0 && glyph.Height > 0)
                {
                    ascent = Math.Max(ascent, glyph.Top);
                    descent = Math.Max(descent, glyph.Height - glyph.Top);
                }

                CheckRange(glyph.Advance, 0, 255, "advance", glyph);
                CheckRange(glyph.Width, 0, 255, "width", glyph);
                CheckRange(glyph.Height, 0, 255, "height", glyph);
                CheckRange(glyph.Left, -128, 127, "bearing x", glyph);
                CheckRange(glyph.Top, -32768, 32767, "bearing y", glyph);
                int rowBytes = (glyph.Width + 1) / 2;
                int bitmapOffset = (int)bitmaps.Length;
                for (int y = 0; y < glyph.Height; y++)
                {
                    for (int pair = 0; pair < rowBytes; pair++)
                    {
                        int x = pair * 2;
                        int high = Quantize(glyph.Coverage[y * glyph.Width + x]);
                        int low = x + 1 < glyph.Width ? Quantize(glyph.Coverage[y * glyph.Width + x + 1]) : 0;
                        bitmaps.WriteByte((byte)((high << 4) | low));
                    }
                }

                maxWidth = Math.Max(maxWidth, glyph.Width);
                maxHeight = Math.Max(maxHeight, glyph.Height);
                maxBitmapLength = Math.Max(maxBitmapLength, rowBytes * glyph.Height);
                records.WriteByte((byte)glyph.Advance);
                records.WriteByte((byte)glyph.Width);
                records.WriteByte((byte)glyph.Height);
                records.WriteByte((byte)(sbyte)glyph.Left);
                WriteUInt16(records, (ushort)(short)glyph.Top);
                WriteInt32(records, bitmapOffset);
            }

            int glyphTableOffset = FontFormat.HeaderLength + ranges.Count * FontFormat.RangeRecordLength;
            int bitmapAreaOffset = glyphTableOffset + glyphs.Count * FontFormat.GlyphRecordLength;
            int fileLength = bitmapAreaOffset + (int)bitmaps.Length;
            var output = new MemoryStream();
            output.WriteByte(FontFormat.Magic0);
            output.WriteByte(FontFormat.Magic1);
            output.WriteByte(FontFormat.Magic2);
            output.WriteByte(FontFormat.Magic3);
            output.WriteByte(FontFormat.Version);
            output.WriteByte(FontFormat.BitsPerPixel);
            WriteUInt16(output, ascent + descent);
            WriteUInt16(output, ascent);
            WriteUInt16(output, descent);
            WriteUInt16(output, glyphs.Count);
            WriteUInt16(output, ranges.Count);
            WriteUInt16(output, maxWidth);
            WriteUInt16(output, maxHeight);
            WriteUInt16(output, maxBitmapLength);
            WriteUInt16(output, pixelSize);
            WriteInt32(output, glyphTableOffset);
            WriteInt32(output, bitmapAreaOffset);
            WriteInt32(output, fileLength);
            foreach (int[] range in ranges)
            {
                WriteUInt16(output, range[0]);
                WriteUInt16(output, range[1]);
                WriteUInt16(output, range[2]);
            }

            records.WriteTo(output);
            bitmaps.WriteTo(output);
            return output.ToArray();
        }

        private static void CheckRange(int value, int minimum, int maximum, string what, RenderedGlyph glyph)
        {
            if (value < minimum || value > maximum)
            {
                throw new InvalidOperationException(what + " " + value + " of U+" + glyph.CodePoint.ToString("X4") + " does not fit the format");
            }
        }

        private static void WriteUInt16(Stream stream, int value)
        {
            if (value < 0 || value > 0xFFFF)
            {
                throw new InvalidOperationException("value " + value + " does not fit 16 bits");
            }

            stream.WriteByte((byte)value);
            stream.WriteByte((byte)(value >> 8));
        }

        private static void WriteInt32(Stream stream, int value)
        {
            stream.WriteByte((byte)value);
            stream.WriteByte((byte)(value >> 8));
            stream.WriteByte((byte)(value >> 16));
            stream.WriteByte((byte)(value >> 24));
        }
    }
}
