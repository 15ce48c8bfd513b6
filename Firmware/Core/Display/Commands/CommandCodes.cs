namespace DeskStats.Display.Commands
{
    /// <summary>
    /// Command bytes shared by the ILI9341 (datasheet v1.11, chapter 8) and the ST7789V (datasheet v1.6,
    /// chapter 9): both follow the MIPI DCS numbering for the level-1 commands used here. Level-2 and
    /// extended commands exist only on the ILI9341 and are named with its section.
    /// </summary>
    public static class CommandCodes
    {
        /// <summary>SWRESET: software reset (ILI9341 8.2.2, ST7789V 9.1.2). Wait 5 ms before the next command, 120 ms before SLPOUT.</summary>
        public const byte SoftwareReset = 0x01;
        /// <summary>SLPIN: enter sleep (ILI9341 8.2.11, ST7789V 9.1.11).</summary>
        public const byte SleepIn = 0x10;
        /// <summary>SLPOUT: leave sleep (ILI9341 8.2.12, ST7789V 9.1.12). Wait 120 ms for the supply to settle.</summary>
        public const byte SleepOut = 0x11;
        /// <summary>NORON: normal display mode, partial mode off (ILI9341 8.2.14, ST7789V 9.1.14).</summary>
        public const byte NormalDisplayModeOn = 0x13;
        /// <summary>INVOFF: display inversion off (ILI9341 8.2.15, ST7789V 9.1.15).</summary>
        public const byte InversionOff = 0x20;
        /// <summary>INVON: display inversion on (ILI9341 8.2.16, ST7789V 9.1.16). IPS panels need it to show true colours.</summary>
        public const byte InversionOn = 0x21;
        /// <summary>GAMSET: gamma curve select, 1 parameter (ILI9341 8.2.17, ST7789V 9.1.17).</summary>
        public const byte GammaSet = 0x26;
        /// <summary>DISPOFF: display off (ILI9341 8.2.18, ST7789V 9.1.18).</summary>
        public const byte DisplayOff = 0x28;
        /// <summary>DISPON: display on (ILI9341 8.2.19, ST7789V 9.1.19).</summary>
        public const byte DisplayOn = 0x29;
        /// <summary>CASET: column address set, 4 parameters start high/low, end high/low (ILI9341 8.2.20, ST7789V 9.1.20).</summary>
        public const byte ColumnAddressSet = 0x2A;
        /// <summary>PASET/RASET: page (row) address set, 4 parameters (ILI9341 8.2.21, ST7789V 9.1.21).</summary>
        public const byte RowAddressSet = 0x2B;
        /// <summary>RAMWR: memory write; the following data fills the window (ILI9341 8.2.22, ST7789V 9.1.22).</summary>
        public const byte MemoryWrite = 0x2C;
        /// <summary>MADCTL: memory access control, 1 parameter MY MX MV ML BGR MH (ILI9341 8.2.29, ST7789V 9.1.28).</summary>
        public const byte MemoryAccessControl = 0x36;
        /// <summary>VSCRSADD: vertical scrolling start address, 2 parameters (ILI9341 8.2.30, ST7789V 9.1.29).</summary>
        public const byte VerticalScrollStart = 0x37;
        /// <summary>COLMOD/PIXSET: interface pixel format, 1 parameter (ILI9341 8.2.33, ST7789V 9.1.32).</summary>
        public const byte PixelFormatSet = 0x3A;
        /// <summary>RAMWRC: memory write continue (ILI9341 8.2.34, ST7789V 9.1.33); the renderer never needs it, the host decoder accepts it.</summary>
        public const byte MemoryWriteContinue = 0x3C;

        /// <summary>ILI9341 FRMCTR1: frame rate control in normal mode, 2 parameters (8.3.2).</summary>
        public const byte FrameRateControlNormal = 0xB1;
        /// <summary>ILI9341 DISCTRL: display function control, 3 parameters (8.3.7).</summary>
        public const byte DisplayFunctionControl = 0xB6;
        /// <summary>ILI9341 PWCTRL1: power control 1, GVDD level (8.3.16).</summary>
        public const byte PowerControl1 = 0xC0;
        /// <summary>ILI9341 PWCTRL2: power control 2, step-up factor (8.3.17).</summary>
        public const byte PowerControl2 = 0xC1;
        /// <summary>ILI9341 VMCTRL1: VCOM control 1, VCOMH/VCOML (8.3.18).</summary>
        public const byte VcomControl1 = 0xC5;
        /// <summary>ILI9341 VMCTRL2: VCOM control 2, VCOM offset (8.3.19).</summary>
        public const byte VcomControl2 = 0xC7;
        /// <summary>ILI9341 PGAMCTRL: positive gamma correction, 15 parameters (8.3.27).</summary>
        public const byte PositiveGammaCorrection = 0xE0;
        /// <summary>ILI9341 NGAMCTRL: negative gamma correction, 15 parameters (8.3.28).</summary>
        public const byte NegativeGammaCorrection = 0xE1;
        /// <summary>ILI9341 power control A, 5 parameters (8.4.1).</summary>
        public const byte PowerControlA = 0xCB;
        /// <summary>ILI9341 power control B, 3 parameters (8.4.2).</summary>
        public const byte PowerControlB = 0xCF;
        /// <summary>ILI9341 driver timing control A, 3 parameters (8.4.3).</summary>
        public const byte DriverTimingControlA = 0xE8;
        /// <summary>ILI9341 driver timing control B, 2 parameters (8.4.5).</summary>
        public const byte DriverTimingControlB = 0xEA;
        /// <summary>ILI9341 power on sequence control, 4 parameters (8.4.6).</summary>
        public const byte PowerOnSequenceControl = 0xED;
        /// <summary>ILI9341 enable 3 gamma control, 1 parameter (8.4.7).</summary>
        public const byte Enable3Gamma = 0xF2;
        /// <summary>ILI9341 pump ratio control, 1 parameter (8.4.8).</summary>
        public const byte PumpRatioControl = 0xF7;
    }
}
