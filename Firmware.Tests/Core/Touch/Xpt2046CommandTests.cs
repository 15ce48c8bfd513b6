using DeskStats.Touch;

namespace DeskStats.Tests.Core.Touch
{
    public class Xpt2046CommandTests
    {
        // Expected bytes worked out by hand from the datasheet's control byte, S A2 A1 A0 MODE SER/DFR PD1 PD0,
        // with MODE 0 (12 bits) and SER/DFR 0 (differential reference).
        [Theory]
        [InlineData(Xpt2046Channel.PositionX, Xpt2046PowerDown.ReferenceOffConverterOn, 0xD1)]      // 1 101 0 0 01
        [InlineData(Xpt2046Channel.PositionY, Xpt2046PowerDown.ReferenceOffConverterOn, 0x91)]      // 1 001 0 0 01
        [InlineData(Xpt2046Channel.PressureZ1, Xpt2046PowerDown.ReferenceOffConverterOn, 0xB1)]     // 1 011 0 0 01
        [InlineData(Xpt2046Channel.PressureZ2, Xpt2046PowerDown.ReferenceOffConverterOn, 0xC1)]     // 1 100 0 0 01
        [InlineData(Xpt2046Channel.PositionY, Xpt2046PowerDown.BetweenConversions, 0x90)]           // 1 001 0 0 00
        [InlineData(Xpt2046Channel.PressureZ2, Xpt2046PowerDown.BetweenConversions, 0xC0)]          // 1 100 0 0 00
        [InlineData(Xpt2046Channel.PositionX, Xpt2046PowerDown.ReferenceOnConverterOff, 0xD2)]      // 1 101 0 0 10
        [InlineData(Xpt2046Channel.PositionX, Xpt2046PowerDown.AlwaysOn, 0xD3)]                     // 1 101 0 0 11
        public void Each_command_has_the_datasheet_bits(Xpt2046Channel channel, Xpt2046PowerDown powerDown, int expected)
        {
            Assert.Equal((byte)expected, Xpt2046Command.Build(channel, powerDown));
        }

        [Fact]
        public void Every_command_starts_converts_12_bits_and_uses_the_differential_reference()
        {
            foreach (Xpt2046Channel channel in new[] { Xpt2046Channel.PositionX, Xpt2046Channel.PositionY, Xpt2046Channel.PressureZ1, Xpt2046Channel.PressureZ2 })
            {
                byte command = Xpt2046Command.Build(channel, Xpt2046PowerDown.AlwaysOn);

                Assert.Equal(Xpt2046Command.StartBit, command & Xpt2046Command.StartBit);
                Assert.Equal(0, command & Xpt2046Command.EightBitMode);
                Assert.Equal(0, command & Xpt2046Command.SingleEndedReference);
                Assert.Equal((int)channel, (command >> Xpt2046Command.ChannelShift) & 0x07);
            }
        }
    }
}
