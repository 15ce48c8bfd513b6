namespace DeskStats.Touch
{
    /// <summary>
    /// What one XPT2046 conversion measures: control bits A2-A0 with SER/DFR low (differential reference), from the
    /// "differential reference mode" input configuration table (TI TSC2046 datasheet SBAS265, Table 2; the XPTEK
    /// XPT2046 datasheet, whose chip is command-compatible, has the same table). Temperature, battery and the
    /// auxiliary input exist only in single-ended mode and are not used.
    /// </summary>
    public enum Xpt2046Channel
    {
        /// <summary>A2-A0 = 001: Y position (Y plate driven, measured on X+), 0 to 4095.</summary>
        PositionY = 1,
        /// <summary>A2-A0 = 011: touch pressure Z1 (X- and Y+ driven, measured on X+); 0 with no touch.</summary>
        PressureZ1 = 3,
        /// <summary>A2-A0 = 100: touch pressure Z2 (X- and Y+ driven, measured on Y-); 4095 with no touch.</summary>
        PressureZ2 = 4,
        /// <summary>A2-A0 = 101: X position (X plate driven, measured on Y+), 0 to 4095.</summary>
        PositionX = 5
    }

    /// <summary>
    /// Control bits PD1-PD0: the state the chip stays in after the conversion (TI TSC2046 datasheet SBAS265, Table 5
    /// "Power-Down Selection"; the same in the XPTEK XPT2046 datasheet). PENIRQ, the pen interrupt, works only in the
    /// states that say so: the last command before waiting for a touch must enable it.
    /// </summary>
    public enum Xpt2046PowerDown
    {
        /// <summary>PD1-PD0 = 00: powered down between conversions, PENIRQ enabled (the idle state while waiting for a touch).</summary>
        BetweenConversions = 0,
        /// <summary>PD1-PD0 = 01: reference off, converter on, PENIRQ disabled (between the conversions of one poll).</summary>
        ReferenceOffConverterOn = 1,
        /// <summary>PD1-PD0 = 10: reference on, converter off, PENIRQ enabled.</summary>
        ReferenceOnConverterOff = 2,
        /// <summary>PD1-PD0 = 11: always powered, PENIRQ disabled.</summary>
        AlwaysOn = 3
    }

    /// <summary>
    /// The XPT2046 control byte (TI TSC2046 datasheet SBAS265, Table 3 "Order of the Control Bits" and Table 4
    /// "Descriptions of the Control Bits"; the XPTEK XPT2046 datasheet has the same byte):
    /// <code>
    /// bit 7   S        start bit, always 1
    /// bit 6-4 A2-A0    channel (Xpt2046Channel)
    /// bit 3   MODE     0 = 12-bit conversion, 1 = 8-bit
    /// bit 2   SER/DFR  0 = differential (ratiometric) reference, 1 = single-ended
    /// bit 1-0 PD1-PD0  power-down state after the conversion (Xpt2046PowerDown)
    /// </code>
    /// The firmware always converts 12 bits against the differential reference, the mode the datasheet recommends for
    /// position and pressure.
    /// </summary>
    public static class Xpt2046Command
    {
        /// <summary>Bit 7, S: marks the byte as a control byte.</summary>
        public const byte StartBit = 0x80;

        /// <summary>Position of A2-A0 in the control byte (bits 6-4).</summary>
        public const int ChannelShift = 4;

        /// <summary>Bit 3, MODE: set for 8-bit conversions; clear (as sent) for 12-bit.</summary>
        public const byte EightBitMode = 0x08;

        /// <summary>Bit 2, SER/DFR: set for the single-ended reference; clear (as sent) for the differential one.</summary>
        public const byte SingleEndedReference = 0x04;

        /// <summary>Bits 1-0, PD1-PD0.</summary>
        public const byte PowerDownMask = 0x03;

        /// <summary>
        /// The control byte that converts <paramref name="channel"/> with 12 bits against the differential reference and
        /// then leaves the chip in <paramref name="powerDown"/>.
        /// </summary>
        public static byte Build(Xpt2046Channel channel, Xpt2046PowerDown powerDown)
        {
            return (byte)(StartBit | ((int)channel << ChannelShift) | ((int)powerDown & PowerDownMask));
        }
    }
}
