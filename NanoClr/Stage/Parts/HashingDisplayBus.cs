using DeskStats.Display;

namespace DeskStats.Stage
{
    /// <summary>
    /// A display bus that hashes every command and data byte the renderer sends (a tag byte tells commands, data, reset,
    /// backlight and delays apart), then hands the call on to an inner bus if there is one (the host decodes the same
    /// bytes into a picture to compare with the golden PNG). It never waits.
    /// </summary>
    public sealed class HashingDisplayBus : IDisplayBus
    {
        private readonly IDisplayBus _inner;
        private readonly Fnv1a _hash = new Fnv1a();

        /// <summary>Hashes, then forwards to <paramref name="inner"/> (null: hash only).</summary>
        public HashingDisplayBus(IDisplayBus inner)
        {
            _inner = inner;
        }

        /// <summary>The hash of everything sent so far.</summary>
        public Fnv1a Hash => _hash;

        /// <summary>Pixel and parameter bytes sent so far (data only).</summary>
        public long DataBytes { get; private set; }

        /// <summary>The backlight last set, 0 to 100 percent, or -1 before any.</summary>
        public int Backlight { get; private set; } = -1;

        /// <inheritdoc />
        public void WriteCommand(byte command)
        {
            _hash.Add((byte)'C');
            _hash.Add(command);
            if (_inner != null)
            {
                _inner.WriteCommand(command);
            }
        }

        /// <inheritdoc />
        public void WriteData(byte[] data, int offset, int count)
        {
            _hash.Add((byte)'D');
            _hash.Add(data, offset, count);
            DataBytes += count;
            if (_inner != null)
            {
                _inner.WriteData(data, offset, count);
            }
        }

        /// <inheritdoc />
        public void SetReset(bool asserted)
        {
            _hash.Add((byte)'R');
            _hash.Add(asserted ? (byte)1 : (byte)0);
            if (_inner != null)
            {
                _inner.SetReset(asserted);
            }
        }

        /// <inheritdoc />
        public void SetBacklight(int percent)
        {
            Backlight = percent;
            _hash.Add((byte)'B');
            _hash.Add((byte)percent);
            if (_inner != null)
            {
                _inner.SetBacklight(percent);
            }
        }

        /// <inheritdoc />
        public void DelayMilliseconds(int milliseconds)
        {
            _hash.Add((byte)'W');
            _hash.Add((byte)milliseconds);
            _hash.Add((byte)(milliseconds >> 8));
        }
    }
}
