using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using DeskStats.App;
using DeskStats.Display;
using DeskStats.Settings;
using DeskStats.Touch;
using nanoFramework.Hardware.Esp32;

namespace DeskStats.Device
{
    /// <summary>
    /// The board's XPT2046 touch panel as page-turn taps. It sits on its own SPI bus; its pen interrupt (PENIRQ, falling
    /// when touched) wakes a thread of its own from the GPIO driver's event, so nothing runs while nobody touches the
    /// panel. Once woken the thread polls the pressure every <see cref="TouchTapDetector.PollMilliseconds"/> until the
    /// touch ends, feeds the portable <see cref="TouchTapDetector"/>, and a tap turns the page
    /// (<see cref="PageTurner.OnTap"/>) and wakes the main loop. Spurious interrupts (each poll ends by re-arming PENIRQ)
    /// cost one poll that sees no contact. Created once and held for the app's lifetime.
    /// </summary>
    public sealed class DeviceTouchPanel : IDisposable
    {
        private readonly SpiDevice _spi;
        private readonly GpioController _controller;
        private readonly GpioPin _interrupt;
        private readonly PageTurner _turner;
        private readonly LinkInbox _wake;
        private readonly AutoResetEvent _touched = new AutoResetEvent(false);
        private readonly TouchPressureSampler _sampler = new TouchPressureSampler();
        private readonly TouchTapDetector _detector = new TouchTapDetector();
        private readonly Thread _thread;
        private bool _running = true;

        /// <summary>
        /// Claims the pins of <paramref name="touch"/>, arms the pen interrupt and starts the polling thread; a tap turns
        /// <paramref name="turner"/>'s page and wakes <paramref name="wake"/> (the main loop's inbox, may be null).
        /// </summary>
        public DeviceTouchPanel(TouchPanelProfile touch, PageTurner turner, LinkInbox wake)
        {
            if (touch == null || turner == null) throw new ArgumentNullException();
            _turner = turner;
            _wake = wake;

            // The touch controller has pins of its own: route them to the bus the profile names (not the display's).
            if (touch.SpiBusId == 1)
            {
                Configuration.SetPinFunction(touch.PinMosi, DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(touch.PinMiso, DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(touch.PinClock, DeviceFunction.SPI1_CLOCK);
            }
            else
            {
                Configuration.SetPinFunction(touch.PinMosi, DeviceFunction.SPI2_MOSI);
                Configuration.SetPinFunction(touch.PinMiso, DeviceFunction.SPI2_MISO);
                Configuration.SetPinFunction(touch.PinClock, DeviceFunction.SPI2_CLOCK);
            }

            var settings = new SpiConnectionSettings(touch.SpiBusId, touch.PinChipSelect);
            settings.ClockFrequency = touch.SpiClockHz;
            settings.Mode = SpiMode.Mode0;
            settings.DataBitLength = 8;
            settings.DataFlow = DataFlow.MsbFirst;
            settings.ChipSelectLineActiveState = PinValue.Low;
            _spi = SpiDevice.Create(settings);

            // One poll leaves the controller powered down with PENIRQ enabled, whatever state it started in.
            Poll();

            // PENIRQ has no internal pull-up on an input-only pin such as the CYD's GPIO 36; the board pulls it up.
            _controller = new GpioController();
            _interrupt = _controller.OpenPin(touch.PinInterrupt, PinMode.Input);
            _interrupt.ValueChanged += OnInterrupt;

            _thread = new Thread(Run);
            _thread.Start();
        }

        /// <summary>
        /// The touch panel when the <c>touch</c> setting is on and the board has one, else null (also when its pins
        /// cannot be opened: the BOOT button still turns the pages). Keep the result for the app's lifetime.
        /// </summary>
        public static DeviceTouchPanel Start(RelaySettings settings, PageTurner turner, LinkInbox wake)
        {
            BoardProfile board = BoardProfiles.Find(settings.Board);
            if (!settings.Touch || turner == null || board == null || board.Touch == null)
            {
                return null;
            }

            try
            {
                var panel = new DeviceTouchPanel(board.Touch, turner, wake);
                DeviceDebug.Line("touch: on, a tap turns the page");
                return panel;
            }
            catch (Exception exception)
            {
                DeviceDebug.Line("touch: not available, " + exception.GetType().Name);
                return null;
            }
        }

        private void OnInterrupt(object sender, PinValueChangedEventArgs e)
        {
            if (e.ChangeType == PinEventTypes.Falling)
            {
                _touched.Set();
            }
        }

        private void Run()
        {
            while (_running)
            {
                _touched.WaitOne();
                try
                {
                    FollowTouch();
                }
                catch (Exception exception)
                {
                    // A failed transfer must not end the thread: the next touch tries again.
                    DeviceDebug.Line("touch: " + exception.GetType().Name);
                }
            }
        }

        // Polls while a touch is under way; returns when it has ended (at once after a spurious interrupt).
        private void FollowTouch()
        {
            while (_running)
            {
                long now = Environment.TickCount64;
                if (_detector.Sample(Poll(), now))
                {
                    _turner.OnTap(now);
                    if (_wake != null)
                    {
                        _wake.Wake();
                    }
                }

                if (!_detector.Touching)
                {
                    return;
                }

                Thread.Sleep(TouchTapDetector.PollMilliseconds);
            }
        }

        private bool Poll()
        {
            Xpt2046Transfer transfer = _sampler.Transfer;
            _spi.TransferFullDuplex(new SpanByte(transfer.WriteBuffer), new SpanByte(transfer.ReadBuffer));
            return _sampler.HasContact();
        }

        /// <summary>Stops the thread and releases the pin and the SPI device.</summary>
        public void Dispose()
        {
            _running = false;
            _interrupt.ValueChanged -= OnInterrupt;
            _touched.Set();
            _thread.Join(TouchTapDetector.PollMilliseconds * 10);
            _interrupt.Dispose();
            _controller.Dispose();
            _spi.Dispose();
        }
    }
}
