namespace DeskStats.Display.Commands
{
    /// <summary>COLMOD/PIXSET (3Ah) parameter values (ILI9341 8.2.33, ST7789V 9.1.32).</summary>
    public static class PixelFormat
    {
        /// <summary>
        /// 16 bits per pixel on both the RGB and the MCU interface (DPI = DBI = 101b): RGB565, high byte
        /// first on SPI. The only format the renderer sends: 2 bytes a pixel instead of 3.
        /// </summary>
        public const byte Rgb565 = 0x55;

        /// <summary>Bits 2:0 value of the MCU interface format meaning 16 bits per pixel.</summary>
        public const int InterfaceBits16 = 5;
    }
}
