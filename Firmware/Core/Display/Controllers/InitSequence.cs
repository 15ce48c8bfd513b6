using System;

namespace DeskStats.Display.Controllers
{
    /// <summary>
    /// Runs a controller init table: a flat byte array of steps, each
    /// <c>command, parameter count, parameters..., delay in milliseconds (0 to 255)</c>.
    /// A flat byte table costs a few dozen bytes of RAM on the device and reads like the datasheet.
    /// </summary>
    public static class InitSequence
    {
        /// <summary>Sends every step of <paramref name="table"/> through <paramref name="bus"/>.</summary>
        /// <exception cref="ArgumentException">The table ends inside a step.</exception>
        public static void Run(IDisplayBus bus, byte[] table)
        {
            int position = 0;
            while (position < table.Length)
            {
                if (position + 2 > table.Length)
                {
                    throw new ArgumentException();
                }

                byte command = table[position];
                int parameterCount = table[position + 1];
                int parameterStart = position + 2;
                int delayIndex = parameterStart + parameterCount;
                if (delayIndex >= table.Length)
                {
                    throw new ArgumentException();
                }

                bus.WriteCommand(command);
                if (parameterCount > 0)
                {
                    bus.WriteData(table, parameterStart, parameterCount);
                }

                int delay = table[delayIndex];
                if (delay > 0)
                {
                    bus.DelayMilliseconds(delay);
                }

                position = delayIndex + 1;
            }
        }

        /// <summary>Number of steps (commands) in <paramref name="table"/>.</summary>
        public static int CountSteps(byte[] table)
        {
            int steps = 0;
            int position = 0;
            while (position + 1 < table.Length)
            {
                position += 2 + table[position + 1] + 1;
                steps++;
            }

            return steps;
        }
    }
}
