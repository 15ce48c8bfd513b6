using DeskStats.Touch;

namespace DeskStats.Tests.Core.Touch
{
    public class TouchPressureSamplerTests
    {
        // Puts the 12-bit results into the read buffer the way the chip clocks them out (busy bit, 12 bits, 3 zeros).
        private static void Receive(TouchPressureSampler sampler, params int[] results)
        {
            byte[] read = sampler.Transfer.ReadBuffer;
            for (int index = 0; index < results.Length; index++)
            {
                int word = results[index] << Xpt2046Transfer.ResultShift;
                read[index * 2 + 1] = (byte)(word >> 8);
                read[index * 2 + 2] = (byte)word;
            }
        }

        [Fact]
        public void A_poll_converts_three_pressure_pairs_and_ends_powered_down_with_the_pen_interrupt_on()
        {
            var sampler = new TouchPressureSampler();

            // Z1 0xB1 and Z2 0xC1 with the converter kept on; the last Z2 0xC0 powers down and re-enables PENIRQ.
            Assert.Equal(new byte[] { 0xB1, 0, 0xC1, 0, 0xB1, 0, 0xC1, 0, 0xB1, 0, 0xC0, 0, 0 }, sampler.Transfer.WriteBuffer);
        }

        [Theory]
        [InlineData(0, 4095, 0)]
        [InlineData(300, 3900, 495)]
        [InlineData(4095, 0, 8190)]
        public void Pressure_is_z1_plus_the_fall_of_z2(int z1, int z2, int expected)
        {
            Assert.Equal(expected, TouchPressureSampler.Pressure(z1, z2));
        }

        [Theory]
        [InlineData(1, 2, 3, 2)]
        [InlineData(3, 2, 1, 2)]
        [InlineData(2, 3, 1, 2)]
        [InlineData(2, 1, 3, 2)]
        [InlineData(1, 3, 2, 2)]
        [InlineData(3, 1, 2, 2)]
        [InlineData(5, 5, 1, 5)]
        public void The_median_of_three_is_the_middle_value_in_any_order(int first, int second, int third, int expected)
        {
            Assert.Equal(expected, TouchPressureSampler.MedianOfThree(first, second, third));
        }

        [Fact]
        public void An_untouched_panel_has_no_contact()
        {
            var sampler = new TouchPressureSampler();
            Receive(sampler, 0, 4095, 2, 4090, 5, 4095);   // pressures 0, 7, 5

            Assert.Equal(5, sampler.MedianPressure());
            Assert.False(sampler.HasContact());
        }

        [Fact]
        public void A_finger_is_contact_and_one_noisy_pair_does_not_decide()
        {
            var sampler = new TouchPressureSampler();

            Receive(sampler, 600, 3500, 0, 4095, 650, 3450);   // pressures 1195, 0 (a dropout), 1290
            Assert.Equal(1195, sampler.MedianPressure());
            Assert.True(sampler.HasContact());

            Receive(sampler, 0, 4095, 4095, 0, 1, 4095);        // pressures 0, 8190 (a spike), 1
            Assert.Equal(1, sampler.MedianPressure());
            Assert.False(sampler.HasContact());
        }

        [Fact]
        public void Contact_starts_at_the_threshold()
        {
            var sampler = new TouchPressureSampler();
            int z1 = TouchPressureSampler.ContactThreshold;

            Receive(sampler, z1, 4095, z1, 4095, z1 - 1, 4095);
            Assert.True(sampler.HasContact());
            Receive(sampler, z1 - 1, 4095, z1 - 1, 4095, z1, 4095);
            Assert.False(sampler.HasContact());
        }
    }
}
