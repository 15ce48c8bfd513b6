using System;
using DeskStats.Display.Controllers;

namespace DeskStats.Tests.Core.Display.Controllers
{
    public class InitSequenceTests
    {
        [Fact]
        public void A_step_sends_its_command_its_parameters_in_one_transfer_and_waits()
        {
            var bus = new RecordingDisplayBus();

            InitSequence.Run(bus, new byte[] { 0xC5, 2, 0x3E, 0x28, 5, 0x11, 0, 0 });

            Assert.Equal(new[] { "C C5", "D 3E 28", "WAIT 5", "C 11" }, bus.Events);
        }

        [Fact]
        public void A_table_that_ends_inside_a_step_is_refused()
        {
            Assert.Throws<ArgumentException>(() => InitSequence.Run(new RecordingDisplayBus(), new byte[] { 0xC5, 2, 0x3E }));
        }

        [Fact]
        public void The_controller_tables_count_their_steps()
        {
            Assert.Equal(19, InitSequence.CountSteps(Ili9341InitTable.Create()));
            Assert.Equal(4, InitSequence.CountSteps(St7789InitTable.Create()));
        }
    }
}
