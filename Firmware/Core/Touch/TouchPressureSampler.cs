namespace DeskStats.Touch
{
    /// <summary>
    /// One poll of the touch panel: is a finger on it? A single SPI transfer (<see cref="Transfer"/>) converts the
    /// pressure pair Z1/Z2 <see cref="PairCount"/> times; the median pressure of the pairs, at or above
    /// <see cref="ContactThreshold"/>, is contact. The median drops one noisy pair (the first conversion after power-down
    /// settles worst). The last command powers the chip down with PENIRQ enabled, so the pen interrupt is armed again
    /// when the poll ends. "Tap anywhere" needs no position, so X and Y are not converted and no calibration is needed.
    /// </summary>
    public sealed class TouchPressureSampler
    {
        /// <summary>Z1/Z2 pairs converted per poll (odd, so the median is one of them).</summary>
        public const int PairCount = 3;

        /// <summary>Full scale of a 12-bit result.</summary>
        public const int FullScale = 4095;

        /// <summary>
        /// Pressure (see <see cref="Pressure"/>, 0 to 8190) at and above which a finger is on the panel. 400 is the
        /// threshold of the widely used Arduino XPT2046_Touchscreen library (PaulStoffregen, Z_THRESHOLD) that the CYD
        /// community examples use; an untouched panel reads about 0 (Z1 near 0, Z2 near full scale). Not yet measured on
        /// our own boards.
        /// </summary>
        public const int ContactThreshold = 400;

        private readonly Xpt2046Transfer _transfer;

        /// <summary>Creates the sampler and its fixed command chain.</summary>
        public TouchPressureSampler()
        {
            byte[] commands = new byte[PairCount * 2];
            for (int pair = 0; pair < PairCount; pair++)
            {
                commands[pair * 2] = Xpt2046Command.Build(Xpt2046Channel.PressureZ1, Xpt2046PowerDown.ReferenceOffConverterOn);
                commands[pair * 2 + 1] = Xpt2046Command.Build(Xpt2046Channel.PressureZ2, Xpt2046PowerDown.ReferenceOffConverterOn);
            }

            commands[commands.Length - 1] = Xpt2046Command.Build(Xpt2046Channel.PressureZ2, Xpt2046PowerDown.BetweenConversions);
            _transfer = new Xpt2046Transfer(commands);
        }

        /// <summary>The transfer to run once per poll: send its write buffer, receive into its read buffer.</summary>
        public Xpt2046Transfer Transfer => _transfer;

        /// <summary>
        /// Pressure from one Z1/Z2 pair (each 0 to 4095): Z1 + (4095 - Z2), 0 with no touch, larger for a firmer or larger
        /// touch. The datasheet's touch-resistance formula also needs the X position and the plate resistance; a tap
        /// detector only needs "touched or not", for which this sum (the one the Arduino XPT2046_Touchscreen library uses) does.
        /// </summary>
        public static int Pressure(int z1, int z2)
        {
            return z1 + (FullScale - z2);
        }

        /// <summary>The median of three values.</summary>
        public static int MedianOfThree(int first, int second, int third)
        {
            if (first > second)
            {
                int swap = first;
                first = second;
                second = swap;
            }

            // Now first <= second: the median is second unless third lies below or between.
            if (third >= second)
            {
                return second;
            }

            return third > first ? third : first;
        }

        /// <summary>The median pressure (0 to 8190) of the pairs in the last transfer's read buffer.</summary>
        public int MedianPressure()
        {
            return MedianOfThree(PairPressure(0), PairPressure(1), PairPressure(2));
        }

        /// <summary>True when the last transfer saw a finger: <see cref="MedianPressure"/> at or above <see cref="ContactThreshold"/>.</summary>
        public bool HasContact()
        {
            return MedianPressure() >= ContactThreshold;
        }

        private int PairPressure(int pair)
        {
            return Pressure(_transfer.Result(pair * 2), _transfer.Result(pair * 2 + 1));
        }
    }
}
