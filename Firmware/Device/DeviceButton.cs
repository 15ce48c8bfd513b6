using System;
using System.Device.Gpio;
using DeskStats.App;
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
        private readonly LinkInbox _wake;

        /// <summary>
        /// Opens the BOOT button's pin and reports its edges to <paramref name="turner"/>; a release wakes
        /// <paramref name="wake"/> (the main loop's inbox, may be null) so the page turns at once.
        /// </summary>
        public DeviceButton(PageTurner turner, LinkInbox wake)
        {
            _turner = turner;
            _wake = wake;
            _controller = new GpioController();
            _pin = _controller.OpenPin(BootButtonPin, PinMode.InputPullUp);
            _pin.ValueChanged += OnValueChanged;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            // Active low: a falling edge is the press, a rising edge the release.
            bool pressed = e.ChangeType == PinEventTypes.Falling;
            _turner.OnButton(pressed, Environment.TickCount64);
            if (!pressed && _wake != null)
            {
                _wake.Wake();
            }
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
