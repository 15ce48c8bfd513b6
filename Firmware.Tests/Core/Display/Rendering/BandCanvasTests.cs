using System;
using DeskStats.Display.Rendering;

namespace DeskStats.Tests.Core.Display.Rendering
{
    public class BandCanvasTests
    {
        [Fact]
        public void A_band_larger_than_the_buffer_is_refused()
        {
            var canvas = new BandCanvas(1000, 64);

            Assert.Equal(10, canvas.MaxRows(50));
            Assert.Throws<ArgumentOutOfRangeException>(() => canvas.Begin(0, 0, 50, 11, 0));
        }

        [Fact]
        public void A_buffer_over_the_16_KB_transfer_limit_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new BandCanvas(16386, 64));
        }
    }
}
