using System;
using System.Collections.Generic;
using System.IO;

namespace DeskStats.Tools.NanoClr
{
    /// <summary>
    /// Line-for-line comparison of the host's and nanoCLR's stage logs, counted per part ("part NAME" lines open a part;
    /// "heap " lines are measurements of one runtime and left out). The first differences are kept with their part and
    /// line number.
    /// </summary>
    public sealed class StageComparison
    {
        private const int KeptDifferences = 10;

        private StageComparison()
        {
        }

        /// <summary>Equal lines per part, in the order the parts ran.</summary>
        public List<KeyValuePair<string, int>> EqualLinesPerPart { get; } = new List<KeyValuePair<string, int>>();

        /// <summary>The first differences: part, line number (1-based, counting compared lines), host line, nanoCLR line.</summary>
        public List<string> Differences { get; } = new List<string>();

        /// <summary>Number of differing lines (including lines only one side has).</summary>
        public int DifferenceCount { get; private set; }

        /// <summary>True when both logs have the same compared lines.</summary>
        public bool Equal => DifferenceCount == 0;

        /// <summary>Compares <paramref name="host"/> (expected) with <paramref name="device"/>.</summary>
        public static StageComparison Compare(IReadOnlyList<string> host, IReadOnlyList<string> device)
        {
            var comparison = new StageComparison();
            List<string> expected = Compared(host);
            List<string> actual = Compared(device);
            string part = "(start)";
            int equalInPart = 0;
            int count = Math.Max(expected.Count, actual.Count);
            for (int index = 0; index < count; index++)
            {
                string hostLine = index < expected.Count ? expected[index] : null;
                string deviceLine = index < actual.Count ? actual[index] : null;
                if (hostLine != null && hostLine.StartsWith("part ", StringComparison.Ordinal))
                {
                    comparison.Close(part, equalInPart);
                    part = hostLine.Substring(5);
                    equalInPart = 0;
                }

                if (hostLine == deviceLine)
                {
                    equalInPart++;
                    continue;
                }

                comparison.DifferenceCount++;
                if (comparison.Differences.Count < KeptDifferences)
                {
                    comparison.Differences.Add($"{part}, line {index + 1}:\n    .NET:    {hostLine ?? "(missing)"}\n    nanoCLR: {deviceLine ?? "(missing)"}");
                }
            }

            comparison.Close(part, equalInPart);
            return comparison;
        }

        /// <summary>Prints the counts and the first differences.</summary>
        public void Print(TextWriter output)
        {
            foreach (KeyValuePair<string, int> part in EqualLinesPerPart)
            {
                output.WriteLine($"{part.Key}: {part.Value} lines identical on nanoCLR and .NET");
            }

            if (!Equal)
            {
                output.WriteLine($"{DifferenceCount} lines differ; the first:");
                foreach (string difference in Differences)
                {
                    output.WriteLine("  " + difference);
                }
            }
        }

        private void Close(string part, int equalLines)
        {
            if (part != "(start)" || equalLines > 0)
            {
                EqualLinesPerPart.Add(new KeyValuePair<string, int>(part, equalLines));
            }
        }

        private static List<string> Compared(IReadOnlyList<string> lines)
        {
            var compared = new List<string>();
            foreach (string line in lines)
            {
                if (!line.StartsWith("heap ", StringComparison.Ordinal))
                {
                    compared.Add(line);
                }
            }

            return compared;
        }
    }
}
