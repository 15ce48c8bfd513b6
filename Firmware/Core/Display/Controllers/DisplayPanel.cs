using System;
using DeskStats.Display.Commands;

namespace DeskStats.Display.Controllers
{
    /// <summary>
    /// Drives one ILI9341 or ST7789 panel through an <see cref="IDisplayBus"/>: power-up, orientation,
    /// colour order, inversion, and writing pixels into a window. Coordinates are those of the board's
    /// orientation (0,0 top-left of what the user sees); the column and row offsets of the board are
    /// added here, so nothing above this class knows about controller memory.
    /// </summary>
    public sealed class DisplayPanel
    {
        private readonly BoardProfile _profile;
        private readonly IDisplayBus _bus;
        private readonly byte[] _parameters = new byte[AddressWindow.ParameterLength];
        private int _windowLeft = -1;
        private int _windowRight = -1;
        private int _windowTop = -1;
        private int _windowBottom = -1;

        /// <summary>Creates the driver for <paramref name="profile"/>'s panel on <paramref name="bus"/>.</summary>
        public DisplayPanel(BoardProfile profile, IDisplayBus bus)
        {
            if (profile == null) throw new ArgumentNullException(nameof(profile));
            if (bus == null) throw new ArgumentNullException(nameof(bus));
            _profile = profile;
            _bus = bus;
        }

        /// <summary>Visible width in pixels in the board's orientation.</summary>
        public int Width => _profile.Width;

        /// <summary>Visible height in pixels in the board's orientation.</summary>
        public int Height => _profile.Height;

        /// <summary>The bus the panel is driven through.</summary>
        public IDisplayBus Bus => _bus;

        /// <summary>
        /// Hardware reset (where wired), the controller's init table, then MADCTL, inversion and DISPON.
        /// Leaves the panel on with undefined memory content: clear it before lighting the backlight.
        /// </summary>
        public void Initialize()
        {
            // Reset pulse: at least 10 us low, then up to 120 ms before commands (reset timing tables of both datasheets).
            _bus.SetReset(true);
            _bus.DelayMilliseconds(1);
            _bus.SetReset(false);
            _bus.DelayMilliseconds(120);

            InitSequence.Run(_bus, _profile.Controller == DisplayController.Ili9341
                ? Ili9341InitTable.Create()
                : St7789InitTable.Create());

            _parameters[0] = MemoryAccessControl.Compute(_profile.Controller, _profile.RotationDegrees, _profile.ColorOrder);
            _bus.WriteCommand(CommandCodes.MemoryAccessControl);
            _bus.WriteData(_parameters, 0, 1);

            _bus.WriteCommand(_profile.InvertColors ? CommandCodes.InversionOn : CommandCodes.InversionOff);

            // DISPON (ILI9341 8.2.19, ST7789V 9.1.19); the panels need a few frames before the picture is stable.
            _bus.WriteCommand(CommandCodes.DisplayOn);
            _bus.DelayMilliseconds(20);
            ForgetWindow();
        }

        /// <summary>
        /// Opens a window of <paramref name="width"/> x <paramref name="height"/> pixels at
        /// (<paramref name="x"/>, <paramref name="y"/>) and starts a memory write (RAMWR): the next
        /// <see cref="WritePixels"/> calls fill it row by row. CASET or RASET is skipped when unchanged.
        /// </summary>
        public void BeginWrite(int x, int y, int width, int height)
        {
            if (width < 1 || height < 1 || x < 0 || y < 0 || x + width > Width || y + height > Height)
            {
                throw new ArgumentOutOfRangeException();
            }

            int left = x + _profile.ColumnOffset;
            int right = left + width - 1;
            int top = y + _profile.RowOffset;
            int bottom = top + height - 1;
            if (left != _windowLeft || right != _windowRight)
            {
                AddressWindow.Encode(left, right, _parameters, 0);
                _bus.WriteCommand(CommandCodes.ColumnAddressSet);
                _bus.WriteData(_parameters, 0, AddressWindow.ParameterLength);
                _windowLeft = left;
                _windowRight = right;
            }

            if (top != _windowTop || bottom != _windowBottom)
            {
                AddressWindow.Encode(top, bottom, _parameters, 0);
                _bus.WriteCommand(CommandCodes.RowAddressSet);
                _bus.WriteData(_parameters, 0, AddressWindow.ParameterLength);
                _windowTop = top;
                _windowBottom = bottom;
            }

            _bus.WriteCommand(CommandCodes.MemoryWrite);
        }

        /// <summary>
        /// Sends <paramref name="count"/> bytes of RGB565 pixels (high byte first) from
        /// <paramref name="pixels"/> into the open window, in transfers of at most 16 KB.
        /// </summary>
        public void WritePixels(byte[] pixels, int offset, int count)
        {
            while (count > 0)
            {
                int chunk = count < DisplayBusLimits.MaxTransferBytes ? count : DisplayBusLimits.MaxTransferBytes;
                _bus.WriteData(pixels, offset, chunk);
                offset += chunk;
                count -= chunk;
            }
        }

        /// <summary>
        /// Fills a rectangle with one RGB565 colour, using <paramref name="scratch"/> (any even length of
        /// 2 or more bytes) as the repeated transfer buffer; its content is overwritten.
        /// </summary>
        public void FillRectangle(int x, int y, int width, int height, ushort color, byte[] scratch)
        {
            BeginWrite(x, y, width, height);
            int total = width * height * 2;
            int usable = scratch.Length & ~1;
            if (usable > DisplayBusLimits.MaxTransferBytes) usable = DisplayBusLimits.MaxTransferBytes;
            if (usable > total) usable = total;
            byte high = (byte)(color >> 8);
            byte low = (byte)color;
            scratch[0] = high;
            scratch[1] = low;
            // Doubling copies: log2(n) native calls instead of n managed iterations.
            int filled = 2;
            while (filled < usable)
            {
                int copy = filled <= usable - filled ? filled : usable - filled;
                Array.Copy(scratch, 0, scratch, filled, copy);
                filled += copy;
            }

            while (total > 0)
            {
                int chunk = total < usable ? total : usable;
                _bus.WriteData(scratch, 0, chunk);
                total -= chunk;
            }
        }

        /// <summary>Sets the backlight, 0 to 100 percent.</summary>
        public void SetBrightness(int percent)
        {
            if (percent < 0) percent = 0;
            if (percent > 100) percent = 100;
            _bus.SetBacklight(percent);
        }

        /// <summary>Makes the next <see cref="BeginWrite"/> send CASET and RASET even when unchanged.</summary>
        public void ForgetWindow()
        {
            _windowLeft = _windowRight = _windowTop = _windowBottom = -1;
        }
    }
}
