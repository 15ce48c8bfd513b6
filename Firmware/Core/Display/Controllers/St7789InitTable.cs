using DeskStats.Display.Commands;

namespace DeskStats.Display.Controllers
{
    /// <summary>
    /// ST7789V power-up table. Section numbers are those of the Sitronix ST7789V datasheet v1.6. The
    /// modules' power, porch and gamma registers are right at their reset defaults (9.2.x "Default"
    /// rows), so unlike the ILI9341 only the level-1 commands are sent. MADCTL and inversion come from
    /// the board profile and are sent by <see cref="DisplayPanel"/> after this table.
    /// </summary>
    public static class St7789InitTable
    {
        /// <summary>Steps: command, parameter count, parameters, delay in ms.</summary>
        public static byte[] Create() => new byte[]
        {
            // 9.1.2 SWRESET: 5 ms before any command, 120 ms before SLPOUT.
            CommandCodes.SoftwareReset, 0, 150,
            // 9.1.12 SLPOUT: 5 ms before the next command; 120 ms for the supplies before DISPON.
            CommandCodes.SleepOut, 0, 120,
            // 9.1.32 COLMOD: 65K colours on the RGB interface (50h), 16 bits per pixel on the MCU interface (05h).
            CommandCodes.PixelFormatSet, 1, PixelFormat.Rgb565, 10,
            // 9.1.14 NORON: normal mode (partial off), the reset state made explicit.
            CommandCodes.NormalDisplayModeOn, 0, 10,
        };
    }
}
