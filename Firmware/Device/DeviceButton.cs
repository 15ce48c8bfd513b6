using System;
using System.Device.Gpio;
using DeskStats.Display;

namespace DeskStats.Device
{
    /// <summary>
    /// The BOOT button (GPIO0 on every supported board, active low with a pull-up; hardware/README.md) as page-turn
    /// presses: each edge goes to the <see cref="PageTurner"/> from the GPIO driver's event thread, with the monotonic
    /// clock, so nothing polls the pin. Debounce and long presses are the turner's (portable, tested) rules.
    /// </summary>
    public sealed class DeviceButton : IDisposable
    {
        /// <summary>GPIO of the BOOT button on the CYD, the ESP32 DevKit and the T-Display.</summary>
        public const int BootButtonPin = 0;

        private readonly GpioController _controller;
        private readonly GpioPin _pin;
        private readonly PageTurner _turner;

        /// <summary>Opens the BOOT button's pin and reports its edges to <paramref name="turner"/>.</summary>
        public DeviceButton(PageTurner turner)
        {
            _turner = turner;
            _controller = new GpioController();
            _pin = _controller.OpenPin(BootButtonPin, PinMode.InputPullUp);
            _pin.ValueChanged += OnValueChanged;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            // Active low: a falling edge is the press, a rising edge the release.
            _turner.OnButton(e.ChangeType == PinEventTypes.Falling, Environment.TickCount64);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _pin.ValueChanged -= OnValueChanged;
            _pin.Dispose();
            _controller.Dispose();
        }
    }
}
