using System;

namespace DeskStats.Host.Display
{
    /// <summary>
    /// A host-side picture of the panel: one RGB565 value per pixel, exactly what the controller would hold.
    /// Filled by the decoding bus, read by the PNG writer and the terminal view.
    /// </summary>
    public sealed class HostImage
    {
        /// <summary>Creates a black image of <paramref name="width"/> x <paramref name="height"/> pixels (1 to 4096 each).</summary>
        public HostImage(int width, int height)
        {
            if (width < 1 || width > 4096) throw new ArgumentOutOfRangeException(nameof(width));
            if (height < 1 || height > 4096) throw new ArgumentOutOfRangeException(nameof(height));
            Width = width;
            Height = height;
            Pixels = new ushort[width * height];
        }

        /// <summary>Width in pixels.</summary>
        public int Width { get; }

        /// <summary>Height in pixels.</summary>
        public int Height { get; }

        /// <summary>Row-major RGB565 pixels, <see cref="Width"/> * <see cref="Height"/> of them.</summary>
        public ushort[] Pixels { get; }

        /// <summary>The RGB565 value at (<paramref name="x"/>, <paramref name="y"/>).</summary>
        public ushort GetPixel(int x, int y) => Pixels[y * Width + x];

        /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>) expanded to 8-bit red, green and blue.</summary>
        public void GetRgb888(int x, int y, out byte red, out byte green, out byte blue)
        {
            ushort value = Pixels[y * Width + x];
            int r5 = value >> 11, g6 = (value >> 5) & 0x3F, b5 = value & 0x1F;
            red = (byte)((r5 << 3) | (r5 >> 2));
            green = (byte)((g6 << 2) | (g6 >> 4));
            blue = (byte)((b5 << 3) | (b5 >> 2));
        }
    }
}
