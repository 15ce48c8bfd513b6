using System.IO;
using DeskStats.Tools.NanoClr;

namespace DeskStats.Tests.Tools.NanoClr
{
    public class StageComparisonTests
    {
        private static readonly string[] Host =
        {
            "part pipeline", "normal.json outcome=1", "heap pipeline peak=100", "part render", "scene cyd-data bytes=10 hash=0000AAAA", "stage: all parts ran",
        };

        [Fact]
        public void Equal_logs_are_counted_per_part_and_heap_lines_are_left_out()
        {
            string[] device = { "part pipeline", "normal.json outcome=1", "heap pipeline peak=999", "part render", "scene cyd-data bytes=10 hash=0000AAAA", "stage: all parts ran" };

            StageComparison comparison = StageComparison.Compare(Host, device);

            Assert.True(comparison.Equal);
            Assert.Equal(new[] { "pipeline", "render" }, comparison.EqualLinesPerPart.ConvertAll(part => part.Key));
            Assert.Equal(new[] { 2, 3 }, comparison.EqualLinesPerPart.ConvertAll(part => part.Value));
        }

        [Fact]
        public void A_changed_byte_in_a_scene_fails_and_names_the_part_and_line()
        {
            string[] device = { "part pipeline", "normal.json outcome=1", "part render", "scene cyd-data bytes=10 hash=0000AAAB", "stage: all parts ran" };

            StageComparison comparison = StageComparison.Compare(Host, device);

            Assert.False(comparison.Equal);
            Assert.Equal(1, comparison.DifferenceCount);
            Assert.Contains("render, line 4", comparison.Differences[0]);
            Assert.Contains("hash=0000AAAB", comparison.Differences[0]);
            var printed = new StringWriter();
            comparison.Print(printed);
            Assert.Contains("1 lines differ", printed.ToString());
        }

        [Fact]
        public void A_run_that_stopped_early_is_a_difference_for_every_missing_line()
        {
            string[] device = { "part pipeline", "stage: failed System.OutOfMemoryException" };

            StageComparison comparison = StageComparison.Compare(Host, device);

            Assert.False(comparison.Equal);
            Assert.Equal(4, comparison.DifferenceCount);
            Assert.Contains("(missing)", comparison.Differences[^1]);
        }
    }
}
