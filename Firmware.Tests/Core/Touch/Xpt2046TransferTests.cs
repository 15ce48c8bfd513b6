using DeskStats.Touch;

namespace DeskStats.Tests.Core.Touch
{
    public class Xpt2046TransferTests
    {
        [Fact]
        public void A_single_conversion_is_the_3_byte_transfer()
        {
            var transfer = new Xpt2046Transfer(new byte[] { 0xD0 });

            Assert.Equal(new byte[] { 0xD0, 0x00, 0x00 }, transfer.WriteBuffer);
            Assert.Equal(3, transfer.ReadBuffer.Length);
            Assert.Equal(1, transfer.ConversionCount);
        }

        [Fact]
        public void Chained_conversions_send_each_command_two_bytes_after_the_last()
        {
            var transfer = new Xpt2046Transfer(new byte[] { 0xB1, 0xC1, 0xD0 });

            Assert.Equal(new byte[] { 0xB1, 0x00, 0xC1, 0x00, 0xD0, 0x00, 0x00 }, transfer.WriteBuffer);
        }

        [Theory]
        // busy bit, 12 result bits, three zeros: 0 dddddddddddd 000
        [InlineData(0x00, 0x00, 0)]
        [InlineData(0x7F, 0xF8, 4095)]
        [InlineData(0x40, 0x00, 2048)]
        [InlineData(0x00, 0x08, 1)]
        [InlineData(0x12, 0x34, 0x246)]   // 0x1234 >> 3 = 0x246
        [InlineData(0xFF, 0xFF, 4095)]    // a stray busy bit and trailing ones are masked off
        public void A_result_is_the_12_bits_after_the_busy_clock(int high, int low, int expected)
        {
            Assert.Equal(expected, Xpt2046Transfer.Decode(new byte[] { (byte)high, (byte)low }, 0));
        }

        [Fact]
        public void Result_k_comes_from_read_bytes_2k_plus_1_and_2k_plus_2()
        {
            var transfer = new Xpt2046Transfer(new byte[] { 0xB1, 0xC1 });
            byte[] read = transfer.ReadBuffer;
            read[0] = 0xFF; // clocked in during the first control byte: not a result
            read[1] = 0x0C; read[2] = 0x80; // 0x0C80 >> 3 = 400
            read[3] = 0x7F; read[4] = 0xF8; // 4095

            Assert.Equal(400, transfer.Result(0));
            Assert.Equal(4095, transfer.Result(1));
        }
    }
}
