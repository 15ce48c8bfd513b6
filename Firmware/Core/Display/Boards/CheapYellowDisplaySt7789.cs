namespace DeskStats.Display.Boards
{
    /// <summary>
    /// The ESP32-2432S028 variant with two USB ports ("CYD2USB"): same board and pins as
    /// <see cref="CheapYellowDisplay"/> (touch panel included), but an ST7789 2.8" 240x320 panel. Its panel shows inverted colours
    /// with the ST7789's usual INVON, so inversion stays off, and its colour filter is BGR (the community
    /// CYD2USB TFT_eSPI setup: ST7789_DRIVER, TFT_RGB_ORDER TFT_BGR, TFT_INVERSION_OFF).
    /// </summary>
    public static class CheapYellowDisplaySt7789
    {
        /// <summary>Board id in the settings file.</summary>
        public const string Id = "cyd-st7789";

        /// <summary>A new profile of this board.</summary>
        public static BoardProfile Create() => new BoardProfile
        {
            Id = Id,
            DisplayName = "ESP32-2432S028 two-USB Cheap Yellow Display (ST7789)",
            Controller = DisplayController.St7789,
            Width = 320,
            Height = 240,
            RotationDegrees = 90,
            ColorOrder = ColorOrder.Bgr,
            InvertColors = false,
            ColumnOffset = 0,
            RowOffset = 0,
            SpiBusId = 1,
            SpiClockHz = 40000000,
            SpiMode = 0,
            PinMosi = 13,
            PinMiso = 12,
            PinClock = 14,
            PinChipSelect = 15,
            PinDataCommand = 2,
            PinReset = -1,
            PinBacklight = 21,
            BacklightActiveHigh = true,
            BacklightPwmFrequencyHz = 5000,
            FirmwareTarget = "ESP32_REV3",
            Touch = CheapYellowDisplay.CreateTouch(),
        };
    }
}
