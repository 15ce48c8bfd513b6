using DeskStats.Display;
using DeskStats.Display.Commands;

namespace DeskStats.Tests.Core.Display.Commands
{
    public class MemoryAccessControlTests
    {
        [Theory]
        [InlineData(DisplayController.Ili9341, 0, ColorOrder.Bgr, 0x48)]
        [InlineData(DisplayController.Ili9341, 90, ColorOrder.Bgr, 0x28)]
        [InlineData(DisplayController.Ili9341, 180, ColorOrder.Bgr, 0x88)]
        [InlineData(DisplayController.Ili9341, 270, ColorOrder.Bgr, 0xE8)]
        [InlineData(DisplayController.St7789, 0, ColorOrder.Rgb, 0x00)]
        [InlineData(DisplayController.St7789, 90, ColorOrder.Rgb, 0x60)]
        [InlineData(DisplayController.St7789, 180, ColorOrder.Rgb, 0xC0)]
        [InlineData(DisplayController.St7789, 270, ColorOrder.Bgr, 0xA8)]
        [InlineData(DisplayController.St7789, -90, ColorOrder.Rgb, 0xA0)]
        public void Rotation_and_colour_order_give_the_scan_bits(DisplayController controller, int degrees, ColorOrder order, int expected)
        {
            Assert.Equal((byte)expected, MemoryAccessControl.Compute(controller, degrees, order));
        }
    }
}
