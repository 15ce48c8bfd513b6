namespace DeskStats.Display
{
    /// <summary>
    /// The one tiny interface between a display controller driver and the wires: SPI with a data/command
    /// line, plus the reset and backlight pins. The device implements it over SpiDevice/GpioPin/PwmChannel;
    /// the host implements it by decoding the byte stream into an image.
    /// </summary>
    public interface IDisplayBus
    {
        /// <summary>Sends one command byte with the data/command line low.</summary>
        void WriteCommand(byte command);

        /// <summary>
        /// Sends <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/> with the
        /// data/command line high, as one transfer. <paramref name="count"/> is at most <see cref="DisplayBusLimits.MaxTransferBytes"/>.
        /// </summary>
        void WriteData(byte[] data, int offset, int count);

        /// <summary>Drives the controller's reset line (true = held in reset). No effect where the board ties reset to EN.</summary>
        void SetReset(bool asserted);

        /// <summary>Sets the backlight brightness in percent, 0 (off) to 100 (full).</summary>
        void SetBacklight(int percent);

        /// <summary>Waits at least <paramref name="milliseconds"/> ms (0 to 1000), as controller datasheets require after some commands.</summary>
        void DelayMilliseconds(int milliseconds);
    }

    /// <summary>Limits shared by every bus implementation.</summary>
    public static class DisplayBusLimits
    {
        /// <summary>The largest single data transfer in bytes: the ESP32 SPI driver's DMA limit (16 KB).</summary>
        public const int MaxTransferBytes = 16384;
    }
}
