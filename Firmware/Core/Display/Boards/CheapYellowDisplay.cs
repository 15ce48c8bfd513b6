namespace DeskStats.Display.Boards
{
    /// <summary>
    /// ESP32-2432S028R "Cheap Yellow Display" with one micro-USB port: ILI9341 2.8" 240x320 TN panel used
    /// landscape 320x240. Pins from the board schematic (display on HSPI pins; touch is on its own bus and unused).
    /// </summary>
    public static class CheapYellowDisplay
    {
        /// <summary>Board id in the settings file.</summary>
        public const string Id = "cyd";

        /// <summary>A new profile of this board.</summary>
        public static BoardProfile Create() => new BoardProfile
        {
            Id = Id,
            DisplayName = "ESP32-2432S028R Cheap Yellow Display (ILI9341)",
            Controller = DisplayController.Ili9341,
            Width = 320,
            Height = 240,
            RotationDegrees = 90,
            // The ILI9341 glass on the CYD has a BGR colour filter and a normally-white TN panel: no inversion.
            ColorOrder = ColorOrder.Bgr,
            InvertColors = false,
            ColumnOffset = 0,
            RowOffset = 0,
            SpiBusId = 1,
            // 40 MHz: what ILI9341 boards run reliably (the datasheet's serial write cycle is a conservative 100 ns).
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
        };
    }
}
