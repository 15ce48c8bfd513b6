namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// The 16 RGB565 colours between a background and a foreground, as the high and low bytes the panel
    /// takes, so drawing an anti-aliased glyph pixel is two table reads and two stores, no arithmetic.
    /// </summary>
    public sealed class ColorRamp
    {
        /// <summary>Levels of a 4-bit glyph pixel.</summary>
        public const int Levels = 16;

        private readonly byte[] _high = new byte[Levels];
        private readonly byte[] _low = new byte[Levels];
        private ushort _foreground;
        private ushort _background;
        private bool _valid;

        /// <summary>High bytes (sent first) of level 0 (background) to 15 (foreground).</summary>
        public byte[] High => _high;

        /// <summary>Low bytes of level 0 to 15.</summary>
        public byte[] Low => _low;

        /// <summary>Fills the tables for <paramref name="foreground"/> over <paramref name="background"/>; free when unchanged.</summary>
        public void Set(ushort foreground, ushort background)
        {
            if (_valid && foreground == _foreground && background == _background)
            {
                return;
            }

            for (int level = 0; level < Levels; level++)
            {
                ushort color = Rgb565.Blend(background, foreground, level);
                _high[level] = (byte)(color >> 8);
                _low[level] = (byte)color;
            }

            _foreground = foreground;
            _background = background;
            _valid = true;
        }
    }
}
