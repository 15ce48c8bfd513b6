using System.Collections.Generic;
using System.Text;
using DeskStats.Display;

namespace DeskStats.Tests.Core.Display
{
    /// <summary>A test double of the bus interface: writes every call as one line of text, bytes in hex.</summary>
    internal sealed class RecordingDisplayBus : IDisplayBus
    {
        public List<string> Events { get; } = new List<string>();

        public List<int> TransferSizes { get; } = new List<int>();

        public void WriteCommand(byte command) => Events.Add("C " + command.ToString("X2"));

        public void WriteData(byte[] data, int offset, int count)
        {
            var text = new StringBuilder("D");
            for (int index = 0; index < count; index++)
            {
                text.Append(' ').Append(data[offset + index].ToString("X2"));
            }

            Events.Add(text.ToString());
            TransferSizes.Add(count);
        }

        public void SetReset(bool asserted) => Events.Add(asserted ? "RESET on" : "RESET off");

        public void SetBacklight(int percent) => Events.Add("BL " + percent);

        public void DelayMilliseconds(int milliseconds) => Events.Add("WAIT " + milliseconds);
    }
}
