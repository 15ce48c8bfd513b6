namespace DeskStats.Display.Boards
{
    /// <summary>
    /// ESP32-2432S028R "Cheap Yellow Display" with one micro-USB port: ILI9341 2.8" 240x320 TN panel used
    /// landscape 320x240. Pins from the board schematic (display on HSPI pins; the XPT2046 touch panel on its own bus,
    /// see <see cref="CreateTouch"/>).
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
            Touch = CreateTouch(),
        };

        /// <summary>
        /// The XPT2046 touch panel of the CYD (both variants): its own SPI pins, not the display's (the ESP32's second SPI
        /// bus). Pins from the community CYD documentation (github.com/witnessmenow/ESP32-Cheap-Yellow-Display, PINS.md
        /// "Touch Screen": CLK 25, MOSI 32, CS 33, IRQ 36, MISO 39; its touch example builds for the one- and the two-USB
        /// board alike). 2 MHz and SPI mode 0 as in ESP3D-TFT's ESP32_2432S028R touch definition. GPIO 36 and 39 are
        /// input-only pins without internal pull-ups, which is all MISO and PENIRQ need.
        /// </summary>
        public static TouchPanelProfile CreateTouch() => new TouchPanelProfile
        {
            SpiBusId = 2,
            SpiClockHz = 2000000,
            PinMosi = 32,
            PinMiso = 39,
            PinClock = 25,
            PinChipSelect = 33,
            PinInterrupt = 36,
        };
    }
}
