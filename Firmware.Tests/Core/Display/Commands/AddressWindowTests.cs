using DeskStats.Display.Commands;

namespace DeskStats.Tests.Core.Display.Commands
{
    public class AddressWindowTests
    {
        [Fact]
        public void Start_and_end_are_written_high_byte_first_and_read_back()
        {
            var buffer = new byte[6];

            AddressWindow.Encode(0x0128, 0x013F, buffer, 1);

            Assert.Equal(new byte[] { 0, 0x01, 0x28, 0x01, 0x3F, 0 }, buffer);
            Assert.Equal(0x0128, AddressWindow.DecodeStart(buffer, 1));
            Assert.Equal(0x013F, AddressWindow.DecodeEnd(buffer, 1));
        }
    }
}
