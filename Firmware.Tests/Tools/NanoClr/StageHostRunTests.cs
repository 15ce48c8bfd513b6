using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeskStats.Display;
using DeskStats.Stage;
using DeskStats.Tools.NanoClr;

namespace DeskStats.Tests.Tools.NanoClr
{
    /// <summary>The host side of the interpreter stage: deterministic, and its bytes draw the golden images.</summary>
    public class StageHostRunTests
    {
        private static (List<string> Lines, StageRunner.GoldenScreens Screens) RunHost(string goldenDirectory)
        {
            byte[] payloads = StageInputsWriter.Pack(StageInputsWriter.GoldenPayloads(RepositoryPaths.Root));
            byte[] session = StageInputsWriter.Pack(StageInputsWriter.Session().Take(300));
            var log = new StageRunner.ListLog();
            var screens = new StageRunner.GoldenScreens(goldenDirectory);
            StageDriver.Run(new StageRunner.ArrayBlob(payloads), new StageRunner.ArrayBlob(session), 0, screens, new StageRunner.NoProbe(), log);
            return (log.Lines, screens);
        }

        private static string GoldenDirectory => Path.Combine(RepositoryPaths.Root, "Firmware.Tests", "Golden", "Display");

        [Fact]
        public void Two_host_runs_write_the_same_lines_and_every_golden_scene_matches_its_png()
        {
            var first = RunHost(GoldenDirectory);
            var second = RunHost(GoldenDirectory);

            Assert.Equal(first.Lines, second.Lines);
            Assert.Equal(StageDriver.SuccessMarker, first.Lines[^1]);
            // Every dashboard golden image (the map page through the renderer included), and the map page's five-visits and
            // new-visit images, is one of the stage's scenes.
            int stageGoldens = Directory.GetFiles(GoldenDirectory, "*.png").Select(Path.GetFileNameWithoutExtension)
                .Count(name => !name.Contains("-map-") || name.EndsWith("-map-data") || name.EndsWith("-map-new-visit"));
            Assert.Equal(stageGoldens, first.Screens.GoldenMatches);
            Assert.Empty(first.Screens.GoldenMismatches);
        }

        [Fact]
        public void The_short_soak_passes_every_checkpoint_and_leaves_the_panel_as_a_fresh_drawing_would()
        {
            var log = new StageRunner.ListLog();
            var screens = new StageRunner.GoldenScreens(GoldenDirectory);
            byte[] empty = StageInputsWriter.Pack(new List<KeyValuePair<string, byte[]>>());

            StageDriver.Run(new StageRunner.ArrayBlob(empty), new StageRunner.ArrayBlob(empty), SoakPart.ShortHours, screens, new StageRunner.NoProbe(), log);

            Assert.DoesNotContain(log.Lines, line => line.StartsWith("soak: FAIL", System.StringComparison.Ordinal));
            Assert.Equal(SoakPart.ShortHours, log.Lines.Count(line => line.StartsWith("soak hour=", System.StringComparison.Ordinal)));
            // Every checkpoint up to the fourth hour: connected, the relay's restart and return, the refused token and its
            // end, night dimming, midnight; then the five end checks.
            Assert.Equal(7 + 5, log.Lines.Count(line => line.StartsWith("soak checkpoint ", System.StringComparison.Ordinal) && line.EndsWith(": ok")));
            Assert.Empty(screens.LoopMismatches);
            Assert.True(screens.LoopMatches >= 5, "checkpoints compared: " + screens.LoopMatches);
            Assert.Equal(StageDriver.SuccessMarker, log.Lines[^1]);
        }

        [Fact]
        public void A_golden_image_with_one_pixel_changed_is_reported()
        {
            string directory = Directory.CreateTempSubdirectory("golden").FullName;
            try
            {
                string source = Path.Combine(GoldenDirectory, "cyd-data.png");
                var image = DeskStats.Host.Display.PngReader.ReadFile(source);
                image.Pixels[1000] ^= 0x0001;
                DeskStats.Host.Display.PngWriter.WriteFile(image, Path.Combine(directory, "cyd-data.png"));

                var run = RunHost(directory);

                Assert.Equal(new[] { "cyd-data" }, run.Screens.GoldenMismatches);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }
    }
}
