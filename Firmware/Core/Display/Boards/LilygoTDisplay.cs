namespace DeskStats.Display.Boards
{
    /// <summary>
    /// LILYGO TTGO T-Display (ESP32): 1.14" ST7789 IPS, 135x240 glass used landscape as 240x135.
    /// The glass sits at memory columns 52-186 and rows 40-279 of the controller's 240x320 memory: offsets
    /// 52/40 upright. At 90 degrees (MADCTL MX+MV) the CASET address runs along the memory rows, giving a
    /// column offset of 40, and the RASET address runs mirrored along the memory columns, giving a row
    /// offset of 240 - 52 - 135 = 53. The same values as TFT_eSPI's ST7789 rotation table for this board.
    /// </summary>
    public static class LilygoTDisplay
    {
        /// <summary>Board id in the settings file.</summary>
        public const string Id = "t-display";

        /// <summary>A new profile of this board.</summary>
        public static BoardProfile Create() => new BoardProfile
        {
            Id = Id,
            DisplayName = "LILYGO T-Display (ST7789 135x240)",
            Controller = DisplayController.St7789,
            Width = 240,
            Height = 135,
            RotationDegrees = 90,
            ColorOrder = ColorOrder.Rgb,
            InvertColors = true,
            ColumnOffset = 40,
            RowOffset = 53,
            SpiBusId = 1,
            SpiClockHz = 40000000,
            SpiMode = 0,
            PinMosi = 19,
            PinMiso = -1,
            PinClock = 18,
            PinChipSelect = 5,
            PinDataCommand = 16,
            PinReset = 23,
            PinBacklight = 4,
            BacklightActiveHigh = true,
            BacklightPwmFrequencyHz = 5000,
            FirmwareTarget = "ESP32_REV0",
        };
    }
}
