using System;
using System.Device.Gpio;
using System.Device.Pwm;
using System.Device.Spi;
using System.Threading;
using DeskStats.Display;
using nanoFramework.Hardware.Esp32;

namespace DeskStats.Device
{
    /// <summary>
    /// The display bus on the ESP32: SPI (write only) plus the data/command, reset and backlight pins of the
    /// board profile. Each <see cref="WriteData"/> is one SpiDevice.Write of a slice of the caller's buffer
    /// (no copy), at most 16 KB, the ESP32 SPI driver's DMA limit.
    /// </summary>
    public sealed class SpiDisplayBus : IDisplayBus, IDisposable
    {
        private readonly SpiDevice _spi;
        private readonly GpioController _gpio;
        private readonly GpioPin _dataCommand;
        private readonly GpioPin _reset;
        private readonly PwmChannel _backlight;
        private readonly bool _backlightActiveHigh;
        private readonly byte[] _commandBuffer = new byte[1];

        /// <summary>Claims the pins of <paramref name="profile"/> and opens its SPI bus.</summary>
        public SpiDisplayBus(BoardProfile profile)
        {
            if (profile == null) throw new ArgumentNullException();

            // The ESP32 routes any SPI signal to any pin: say which ones this board uses.
            if (profile.SpiBusId == 1)
            {
                Configuration.SetPinFunction(profile.PinMosi, DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(profile.PinClock, DeviceFunction.SPI1_CLOCK);
                if (profile.PinMiso >= 0) Configuration.SetPinFunction(profile.PinMiso, DeviceFunction.SPI1_MISO);
            }
            else
            {
                Configuration.SetPinFunction(profile.PinMosi, DeviceFunction.SPI2_MOSI);
                Configuration.SetPinFunction(profile.PinClock, DeviceFunction.SPI2_CLOCK);
                if (profile.PinMiso >= 0) Configuration.SetPinFunction(profile.PinMiso, DeviceFunction.SPI2_MISO);
            }

            var settings = new SpiConnectionSettings(profile.SpiBusId, profile.PinChipSelect);
            settings.ClockFrequency = profile.SpiClockHz;
            settings.Mode = profile.SpiMode == 3 ? SpiMode.Mode3
                : profile.SpiMode == 2 ? SpiMode.Mode2
                : profile.SpiMode == 1 ? SpiMode.Mode1
                : SpiMode.Mode0;
            settings.DataBitLength = 8;
            settings.DataFlow = DataFlow.MsbFirst;
            settings.ChipSelectLineActiveState = PinValue.Low;
            _spi = SpiDevice.Create(settings);

            _gpio = new GpioController();
            _dataCommand = _gpio.OpenPin(profile.PinDataCommand, PinMode.Output);
            _dataCommand.Write(PinValue.High);
            if (profile.PinReset >= 0)
            {
                _reset = _gpio.OpenPin(profile.PinReset, PinMode.Output);
                _reset.Write(PinValue.High);
            }

            _backlightActiveHigh = profile.BacklightActiveHigh;
            if (profile.PinBacklight >= 0)
            {
                // Backlight starts dark: the renderer clears the panel before lighting it.
                Configuration.SetPinFunction(profile.PinBacklight, DeviceFunction.PWM1);
                _backlight = PwmChannel.CreateFromPin(profile.PinBacklight, profile.BacklightPwmFrequencyHz, _backlightActiveHigh ? 0.0 : 1.0);
                _backlight.Start();
            }
        }

        /// <inheritdoc />
        public void WriteCommand(byte command)
        {
            _dataCommand.Write(PinValue.Low);
            _commandBuffer[0] = command;
            _spi.Write(new SpanByte(_commandBuffer));
            _dataCommand.Write(PinValue.High);
        }

        /// <inheritdoc />
        public void WriteData(byte[] data, int offset, int count)
        {
            if (count <= 0) return;
            if (count > DisplayBusLimits.MaxTransferBytes) throw new ArgumentOutOfRangeException();
            _spi.Write(new SpanByte(data, offset, count));
        }

        /// <inheritdoc />
        public void SetReset(bool asserted)
        {
            if (_reset != null)
            {
                _reset.Write(asserted ? PinValue.Low : PinValue.High);
            }
        }

        /// <inheritdoc />
        public void SetBacklight(int percent)
        {
            if (_backlight == null) return;
            if (percent < 0) percent = 0;
            if (percent > 100) percent = 100;
            double duty = percent / 100.0;
            _backlight.DutyCycle = _backlightActiveHigh ? duty : 1.0 - duty;
        }

        /// <inheritdoc />
        public void DelayMilliseconds(int milliseconds)
        {
            if (milliseconds > 0) Thread.Sleep(milliseconds);
        }

        /// <summary>Releases the SPI device, the pins and the PWM channel.</summary>
        public void Dispose()
        {
            _spi.Dispose();
            if (_backlight != null) _backlight.Dispose();
            if (_reset != null) _reset.Dispose();
            _dataCommand.Dispose();
            _gpio.Dispose();
        }
    }
}
