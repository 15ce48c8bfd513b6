namespace DeskStats.Display
{
    /// <summary>
    /// The resistive touch panel of a board: an XPT2046 controller on its own SPI bus, with its pen interrupt (PENIRQ,
    /// low while touched) on a GPIO. Part of a <see cref="BoardProfile"/>; boards without a touch panel have none.
    /// </summary>
    public sealed class TouchPanelProfile
    {
        /// <summary>ESP32 SPI bus id as nanoFramework numbers them (1 or 2); not the display's bus.</summary>
        public int SpiBusId { get; set; }
        /// <summary>SPI clock in Hz, 2 MHz or less (community drivers run the CYD's XPT2046 at 2 to 2.5 MHz; it converts slowly, unlike the display).</summary>
        public int SpiClockHz { get; set; }
        /// <summary>GPIO of the controller's DIN (SPI MOSI).</summary>
        public int PinMosi { get; set; }
        /// <summary>GPIO of the controller's DOUT (SPI MISO).</summary>
        public int PinMiso { get; set; }
        /// <summary>GPIO of the controller's DCLK (SPI clock).</summary>
        public int PinClock { get; set; }
        /// <summary>GPIO of the controller's chip select (active low).</summary>
        public int PinChipSelect { get; set; }
        /// <summary>GPIO of PENIRQ (pen interrupt, falls when the panel is touched).</summary>
        public int PinInterrupt { get; set; }
    }
}
