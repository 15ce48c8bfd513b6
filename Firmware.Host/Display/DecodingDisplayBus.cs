using System;
using System.Collections.Generic;
using DeskStats.Display;

namespace DeskStats.Host.Display
{
    /// <summary>
    /// A display bus that behaves like the panel: it decodes the ILI9341/ST7789 byte stream (SWRESET,
    /// MADCTL, COLMOD, INVON/INVOFF, CASET, RASET, RAMWR, RAMWRC, DISPON/DISPOFF) into the controller's
    /// 240x320 memory, and shows the part of it behind the board's glass, the way the user holds the board.
    /// The glass itself is described by the profile (size, offsets, rotation, colour filter, whether it needs
    /// inversion), so a wrong MADCTL, offset, colour order or inversion in the driver shows in the picture.
    /// Also counts the bytes sent per command, for the benchmarks.
    /// </summary>
    public sealed class DecodingDisplayBus : IDisplayBus
    {
        /// <summary>Columns of the controllers' memory (ILI9341 and ST7789V: 240).</summary>
        public const int MemoryColumns = 240;
        /// <summary>Rows of the controllers' memory (ILI9341 and ST7789V: 320).</summary>
        public const int MemoryRows = 320;

        private readonly BoardProfile _profile;
        private readonly ushort[] _memory = new ushort[MemoryColumns * MemoryRows];
        private readonly Dictionary<byte, long> _bytesPerCommand = new Dictionary<byte, long>();
        private readonly byte[] _parameters = new byte[16];
        private readonly byte _glassMadctl;

        private byte _command = 0xFF;
        private int _parameterCount;
        private bool _writingMemory;
        private int _pendingHighByte = -1;

        private int _columnStart, _columnEnd = MemoryColumns - 1, _rowStart, _rowEnd = MemoryRows - 1;
        private int _pointerColumn, _pointerRow;
        private byte _madctl;
        private byte _pixelFormat = 0x66;

        /// <summary>Creates a powered-off panel for <paramref name="profile"/>, memory black.</summary>
        public DecodingDisplayBus(BoardProfile profile)
        {
            _profile = profile ?? throw new ArgumentNullException(nameof(profile));
            _glassMadctl = GlassOrientation(profile.Controller, profile.RotationDegrees);
        }

        /// <summary>The board whose panel this bus stands for.</summary>
        public BoardProfile Profile => _profile;

        /// <summary>True between DISPON and DISPOFF/SWRESET.</summary>
        public bool DisplayOn { get; private set; }

        /// <summary>True after SLPOUT, false after SLPIN/SWRESET.</summary>
        public bool Awake { get; private set; }

        /// <summary>True while INVON is in effect.</summary>
        public bool InversionOn { get; private set; }

        /// <summary>The last MADCTL parameter.</summary>
        public byte MemoryAccessControl => _madctl;

        /// <summary>The last COLMOD parameter (66h after reset: 18 bits).</summary>
        public byte PixelFormat => _pixelFormat;

        /// <summary>Backlight in percent as last set.</summary>
        public int BacklightPercent { get; private set; }

        /// <summary>True while the reset line is held.</summary>
        public bool InReset { get; private set; }

        /// <summary>Total milliseconds of requested delays.</summary>
        public long DelayedMilliseconds { get; private set; }

        /// <summary>Every byte sent on the wire: command bytes plus data bytes.</summary>
        public long TotalBytes { get; private set; }

        /// <summary>Command bytes sent.</summary>
        public long CommandCount { get; private set; }

        /// <summary>Pixels written into memory by RAMWR/RAMWRC.</summary>
        public long PixelsWritten { get; private set; }

        /// <summary>Bytes sent (the command byte plus its data) per command code.</summary>
        public IReadOnlyDictionary<byte, long> BytesPerCommand => _bytesPerCommand;

        /// <summary>Zeroes the byte counters (not the panel state), e.g. before measuring one update.</summary>
        public void ResetCounters()
        {
            TotalBytes = 0;
            CommandCount = 0;
            PixelsWritten = 0;
            _bytesPerCommand.Clear();
        }

        /// <inheritdoc />
        public void WriteCommand(byte command)
        {
            FinishCommand();
            TotalBytes++;
            CommandCount++;
            Count(command, 1);
            _command = command;
            _parameterCount = 0;
            _writingMemory = false;
            _pendingHighByte = -1;
            switch (command)
            {
                case 0x01: // SWRESET
                    _madctl = 0;
                    _pixelFormat = 0x66;
                    InversionOn = false;
                    DisplayOn = false;
                    Awake = false;
                    _columnStart = 0; _columnEnd = MemoryColumns - 1; _rowStart = 0; _rowEnd = MemoryRows - 1;
                    break;
                case 0x10: Awake = false; break;
                case 0x11: Awake = true; break;
                case 0x20: InversionOn = false; break;
                case 0x21: InversionOn = true; break;
                case 0x28: DisplayOn = false; break;
                case 0x29: DisplayOn = true; break;
                case 0x2C: // RAMWR: pointer to the window start
                    RequireSixteenBits();
                    _pointerColumn = _columnStart;
                    _pointerRow = _rowStart;
                    _writingMemory = true;
                    break;
                case 0x3C: // RAMWRC: continue where the last write stopped
                    RequireSixteenBits();
                    _writingMemory = true;
                    break;
            }
        }

        /// <inheritdoc />
        public void WriteData(byte[] data, int offset, int count)
        {
            if (count > DisplayBusLimits.MaxTransferBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "one transfer is at most 16 KB on the device");
            }

            if (InReset)
            {
                throw new InvalidOperationException("data sent while the controller is held in reset");
            }

            TotalBytes += count;
            Count(_command, count);
            if (_writingMemory)
            {
                WriteMemory(data, offset, count);
                return;
            }

            for (int index = 0; index < count; index++)
            {
                if (_parameterCount < _parameters.Length)
                {
                    _parameters[_parameterCount] = data[offset + index];
                }

                _parameterCount++;
            }

            ApplyParameters();
        }

        /// <inheritdoc />
        public void SetReset(bool asserted)
        {
            if (asserted && !InReset && _profile.PinReset >= 0)
            {
                _madctl = 0;
                _pixelFormat = 0x66;
                InversionOn = false;
                DisplayOn = false;
                Awake = false;
            }

            InReset = asserted && _profile.PinReset >= 0;
        }

        /// <inheritdoc />
        public void SetBacklight(int percent) => BacklightPercent = percent;

        /// <inheritdoc />
        public void DelayMilliseconds(int milliseconds) => DelayedMilliseconds += milliseconds;

        /// <summary>The picture behind the glass as the user sees it, in the board's orientation.</summary>
        public HostImage Snapshot()
        {
            var image = new HostImage(_profile.Width, _profile.Height);
            ushort[] pixels = image.Pixels;
            bool invert = InversionOn != _profile.InvertColors;
            for (int y = 0; y < _profile.Height; y++)
            {
                for (int x = 0; x < _profile.Width; x++)
                {
                    int memoryIndex = MemoryIndex(_glassMadctl, x + _profile.ColumnOffset, y + _profile.RowOffset);
                    ushort value = memoryIndex < 0 ? (ushort)0 : _memory[memoryIndex];
                    if (invert)
                    {
                        value = (ushort)~value;
                    }

                    if (!DisplayOn)
                    {
                        value = 0;
                    }

                    pixels[y * _profile.Width + x] = value;
                }
            }

            return image;
        }

        private void Count(byte command, long bytes)
        {
            _bytesPerCommand.TryGetValue(command, out long sum);
            _bytesPerCommand[command] = sum + bytes;
        }

        private void FinishCommand()
        {
            if (_writingMemory && _pendingHighByte >= 0)
            {
                throw new InvalidOperationException("a memory write ended in the middle of a pixel");
            }
        }

        private void RequireSixteenBits()
        {
            if ((_pixelFormat & 0x07) != 0x05)
            {
                throw new InvalidOperationException("memory write while COLMOD is not 16 bits per pixel (0x" + _pixelFormat.ToString("X2") + ")");
            }
        }

        private void ApplyParameters()
        {
            switch (_command)
            {
                case 0x2A when _parameterCount >= 4:
                    _columnStart = (_parameters[0] << 8) | _parameters[1];
                    _columnEnd = (_parameters[2] << 8) | _parameters[3];
                    CheckWindow(_columnStart, _columnEnd);
                    break;
                case 0x2B when _parameterCount >= 4:
                    _rowStart = (_parameters[0] << 8) | _parameters[1];
                    _rowEnd = (_parameters[2] << 8) | _parameters[3];
                    CheckWindow(_rowStart, _rowEnd);
                    break;
                case 0x36 when _parameterCount >= 1:
                    _madctl = _parameters[0];
                    break;
                case 0x3A when _parameterCount >= 1:
                    _pixelFormat = _parameters[0];
                    break;
            }
        }

        private static void CheckWindow(int start, int end)
        {
            if (end < start)
            {
                throw new InvalidOperationException("address window end before start");
            }
        }

        private void WriteMemory(byte[] data, int offset, int count)
        {
            int end = offset + count;
            int index = offset;
            bool swapRedBlue = ((_madctl & 0x08) != 0) != (_profile.ColorOrder == ColorOrder.Bgr);
            while (index < end)
            {
                if (_pendingHighByte < 0)
                {
                    _pendingHighByte = data[index++];
                    continue;
                }

                ushort value = (ushort)((_pendingHighByte << 8) | data[index++]);
                _pendingHighByte = -1;
                if (swapRedBlue)
                {
                    value = (ushort)((value & 0x07E0) | (value >> 11) | ((value & 0x1F) << 11));
                }

                int memoryIndex = MemoryIndex(_madctl, _pointerColumn, _pointerRow);
                if (memoryIndex >= 0)
                {
                    _memory[memoryIndex] = value;
                }

                PixelsWritten++;
                _pointerColumn++;
                if (_pointerColumn > _columnEnd)
                {
                    _pointerColumn = _columnStart;
                    _pointerRow++;
                    if (_pointerRow > _rowEnd)
                    {
                        _pointerRow = _rowStart;
                    }
                }
            }
        }

        /// <summary>
        /// Where the address (<paramref name="column"/>, <paramref name="row"/>) lands in memory under a MADCTL value:
        /// MV exchanges the counters, then MX mirrors the 240 memory columns and MY the 320 memory rows. -1 when outside.
        /// </summary>
        private static int MemoryIndex(byte madctl, int column, int row)
        {
            int memoryColumn = column, memoryRow = row;
            if ((madctl & 0x20) != 0)
            {
                memoryColumn = row;
                memoryRow = column;
            }

            if ((madctl & 0x40) != 0) memoryColumn = MemoryColumns - 1 - memoryColumn;
            if ((madctl & 0x80) != 0) memoryRow = MemoryRows - 1 - memoryRow;
            if (memoryColumn < 0 || memoryColumn >= MemoryColumns || memoryRow < 0 || memoryRow >= MemoryRows)
            {
                return -1;
            }

            return memoryRow * MemoryColumns + memoryColumn;
        }

        /// <summary>
        /// How the glass is mounted, written down independently of the firmware's driver: the scan bits under
        /// which a user holding the board at <paramref name="rotationDegrees"/> sees address (0,0) top-left.
        /// ILI9341 modules have their glass mirrored in X; ST7789 modules are upright.
        /// </summary>
        private static byte GlassOrientation(DisplayController controller, int rotationDegrees)
        {
            int quarter = ((rotationDegrees % 360) + 360) % 360 / 90;
            if (controller == DisplayController.Ili9341)
            {
                switch (quarter)
                {
                    case 0: return 0x40;
                    case 1: return 0x20;
                    case 2: return 0x80;
                    default: return 0xE0;
                }
            }

            switch (quarter)
            {
                case 0: return 0x00;
                case 1: return 0x60;
                case 2: return 0xC0;
                default: return 0xA0;
            }
        }
    }
}
