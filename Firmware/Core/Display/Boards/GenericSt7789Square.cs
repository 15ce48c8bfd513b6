namespace DeskStats.Display.Boards
{
    /// <summary>
    /// Any ESP32 dev board wired to the common 1.3"/1.54" 240x240 ST7789 IPS module without a chip-select pin
    /// (pins GND VCC SCL SDA RES DC BLK). Without CS the controller only frames transfers in SPI mode 3.
    /// Wiring (VSPI pins): SDA to GPIO 23, SCL to GPIO 18, DC to GPIO 2, RES to GPIO 4, BLK to GPIO 32.
    /// The 240x240 glass sits at the top of the controller's 240x320 memory, so 0 degrees needs no offset.
    /// </summary>
    public static class GenericSt7789Square
    {
        /// <summary>Board id in the settings file.</summary>
        public const string Id = "esp32-st7789-240";

        /// <summary>A new profile of this board.</summary>
        public static BoardProfile Create() => new BoardProfile
        {
            Id = Id,
            DisplayName = "ESP32 with a 240x240 ST7789 module (no CS)",
            Controller = DisplayController.St7789,
            Width = 240,
            Height = 240,
            RotationDegrees = 0,
            // IPS glass: needs INVON for true colours; RGB colour filter.
            ColorOrder = ColorOrder.Rgb,
            InvertColors = true,
            ColumnOffset = 0,
            RowOffset = 0,
            SpiBusId = 1,
            SpiClockHz = 40000000,
            SpiMode = 3,
            PinMosi = 23,
            PinMiso = -1,
            PinClock = 18,
            PinChipSelect = -1,
            PinDataCommand = 2,
            PinReset = 4,
            PinBacklight = 32,
            BacklightActiveHigh = true,
            BacklightPwmFrequencyHz = 5000,
            FirmwareTarget = "ESP32_REV0",
        };
    }
}
