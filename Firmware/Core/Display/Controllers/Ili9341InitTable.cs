using DeskStats.Display.Commands;

namespace DeskStats.Display.Controllers
{
    /// <summary>
    /// ILI9341 power-up table. Section numbers are those of the ILI9341 datasheet v1.11 (ILI Technology,
    /// 2011-06-10); the power and gamma values are the ones of ILI's application note v0.6 for 2.4-2.8"
    /// panels, as used by the Adafruit and TFT_eSPI drivers that run the CYD. MADCTL and inversion come
    /// from the board profile and are sent by <see cref="DisplayPanel"/> after this table.
    /// </summary>
    public static class Ili9341InitTable
    {
        /// <summary>Steps: command, parameter count, parameters, delay in ms.</summary>
        public static byte[] Create() => new byte[]
        {
            // 8.2.2 SWRESET: 5 ms before any command, 120 ms before SLPOUT (registers back to defaults).
            CommandCodes.SoftwareReset, 0, 150,
            // 8.4.1 Power control A: 39 2C 00 fixed, REG_VD = 1.6 V (34h), VBC = 5.6 V (02h).
            CommandCodes.PowerControlA, 5, 0x39, 0x2C, 0x00, 0x34, 0x02, 0,
            // 8.4.2 Power control B: power control 0, PCEQ on (C1h), DC_ena discharge path on (30h).
            CommandCodes.PowerControlB, 3, 0x00, 0xC1, 0x30, 0,
            // 8.4.6 Power on sequence: soft start 1 frame (64h), VCL/DDVDH/VGH/VGL on frames 1,4,2,3 (03h, 12h), DDVDH enhance (81h).
            CommandCodes.PowerOnSequenceControl, 4, 0x64, 0x03, 0x12, 0x81, 0,
            // 8.4.3 Driver timing control A: gate non-overlap +1 unit (85h), EQ default (00h), pre-charge 2 units (78h).
            CommandCodes.DriverTimingControlA, 3, 0x85, 0x00, 0x78, 0,
            // 8.4.5 Driver timing control B: gate driver timing 0 units (00h 00h).
            CommandCodes.DriverTimingControlB, 2, 0x00, 0x00, 0,
            // 8.4.8 Pump ratio control: DDVDH = 2 x VCI (20h).
            CommandCodes.PumpRatioControl, 1, 0x20, 0,
            // 8.3.16 Power control 1: GVDD = 4.60 V (VRH = 23h).
            CommandCodes.PowerControl1, 1, 0x23, 0,
            // 8.3.17 Power control 2: AVDD = 2 x VCI, VGH = 7 x VCI, VGL = -4 x VCI (BT = 10h).
            CommandCodes.PowerControl2, 1, 0x10, 0,
            // 8.3.18 VCOM control 1: VCOMH = 4.250 V (3Eh), VCOML = -1.500 V (28h).
            CommandCodes.VcomControl1, 2, 0x3E, 0x28, 0,
            // 8.3.19 VCOM control 2: nVM = 1, VCOM offset -58 (86h).
            CommandCodes.VcomControl2, 1, 0x86, 0,
            // 8.2.33 Pixel format: 16 bits per pixel on both interfaces (55h).
            CommandCodes.PixelFormatSet, 1, PixelFormat.Rgb565, 0,
            // 8.3.2 Frame rate control: fosc / 1 (00h), 24 clocks per line (18h) = 79 Hz.
            CommandCodes.FrameRateControlNormal, 2, 0x00, 0x18, 0,
            // 8.3.7 Display function control: interval scan (08h), normally white, scan G1-G320 (82h), 320 lines (27h).
            CommandCodes.DisplayFunctionControl, 3, 0x08, 0x82, 0x27, 0,
            // 8.4.7 Enable 3 gamma: off (00h), the gamma curves below are enough.
            CommandCodes.Enable3Gamma, 1, 0x00, 0,
            // 8.2.17 Gamma set: curve 1, gamma 2.2 (01h).
            CommandCodes.GammaSet, 1, 0x01, 0,
            // 8.3.27 Positive gamma correction: VP63..VP0 of the application note.
            CommandCodes.PositiveGammaCorrection, 15,
            0x0F, 0x31, 0x2B, 0x0C, 0x0E, 0x08, 0x4E, 0xF1, 0x37, 0x07, 0x10, 0x03, 0x0E, 0x09, 0x00, 0,
            // 8.3.28 Negative gamma correction: VN63..VN0 of the application note.
            CommandCodes.NegativeGammaCorrection, 15,
            0x00, 0x0E, 0x14, 0x03, 0x11, 0x07, 0x31, 0xC1, 0x48, 0x08, 0x0F, 0x0C, 0x31, 0x36, 0x0F, 0,
            // 8.2.12 Sleep out: 120 ms for the booster and the internal supplies before DISPON.
            CommandCodes.SleepOut, 0, 120,
        };
    }
}
