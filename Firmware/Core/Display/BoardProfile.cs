namespace DeskStats.Display
{
    /// <summary>The display controller chip a board carries.</summary>
    public enum DisplayController
    {
        /// <summary>Ilitek ILI9341, 240x320 native.</summary>
        Ili9341 = 0,
        /// <summary>Sitronix ST7789V, up to 240x320 native.</summary>
        St7789 = 1
    }

    /// <summary>Order of the colour components the panel expects (MADCTL bit 3).</summary>
    public enum ColorOrder
    {
        /// <summary>Red, green, blue.</summary>
        Rgb = 0,
        /// <summary>Blue, green, red.</summary>
        Bgr = 1
    }

    /// <summary>
    /// Everything the firmware needs to know about one supported board: controller, panel geometry in the
    /// orientation used, and the ESP32 pins. Adding a board is one <see cref="BoardProfile"/> in
    /// BoardProfiles plus a row in hardware/README.md.
    /// </summary>
    public sealed class BoardProfile
    {
        /// <summary>Short id used in the settings file and on the command line, e.g. "cyd".</summary>
        public string Id { get; set; }
        /// <summary>Human name of the board.</summary>
        public string DisplayName { get; set; }
        /// <summary>Controller chip.</summary>
        public DisplayController Controller { get; set; }
        /// <summary>Visible width in pixels in the orientation used (after rotation).</summary>
        public int Width { get; set; }
        /// <summary>Visible height in pixels in the orientation used (after rotation).</summary>
        public int Height { get; set; }
        /// <summary>Rotation applied with MADCTL: 0, 90, 180 or 270 degrees.</summary>
        public int RotationDegrees { get; set; }
        /// <summary>Colour order of the panel.</summary>
        public ColorOrder ColorOrder { get; set; }
        /// <summary>True when the panel needs display inversion (INVON), as most IPS ST7789 panels do.</summary>
        public bool InvertColors { get; set; }
        /// <summary>Column offset in controller memory, in the orientation used, 0 to 80 pixels.</summary>
        public int ColumnOffset { get; set; }
        /// <summary>Row offset in controller memory, in the orientation used, 0 to 80 pixels.</summary>
        public int RowOffset { get; set; }
        /// <summary>ESP32 SPI bus id as nanoFramework numbers them (1 = SPI1/HSPI by default pins, 2 = SPI2).</summary>
        public int SpiBusId { get; set; }
        /// <summary>SPI clock in Hz; 40 MHz is the ILI9341 write limit, ST7789 allows 62.5 MHz.</summary>
        public int SpiClockHz { get; set; }
        /// <summary>SPI mode 0 to 3 (ST7789 modules without chip select need mode 3).</summary>
        public int SpiMode { get; set; }
        /// <summary>GPIO of SPI MOSI.</summary>
        public int PinMosi { get; set; }
        /// <summary>GPIO of SPI MISO, or -1 when not wired.</summary>
        public int PinMiso { get; set; }
        /// <summary>GPIO of SPI clock.</summary>
        public int PinClock { get; set; }
        /// <summary>GPIO of chip select, or -1 when the module has none.</summary>
        public int PinChipSelect { get; set; }
        /// <summary>GPIO of the data/command line.</summary>
        public int PinDataCommand { get; set; }
        /// <summary>GPIO of the reset line, or -1 when tied to the ESP32's EN.</summary>
        public int PinReset { get; set; }
        /// <summary>GPIO of the backlight, or -1 when always on.</summary>
        public int PinBacklight { get; set; }
        /// <summary>True when a high level lights the backlight.</summary>
        public bool BacklightActiveHigh { get; set; }
        /// <summary>Backlight PWM frequency in Hz (e.g. 5000).</summary>
        public int BacklightPwmFrequencyHz { get; set; }
        /// <summary>nanoff target of the firmware image to flash, e.g. "ESP32_REV3".</summary>
        public string FirmwareTarget { get; set; }
        /// <summary>The board's XPT2046 touch panel, or null when it has none (the <c>touch</c> setting needs one).</summary>
        public TouchPanelProfile Touch { get; set; }
    }
}
