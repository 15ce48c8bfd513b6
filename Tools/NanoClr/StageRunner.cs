using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;
using DeskStats.Stage;

namespace DeskStats.Tools.NanoClr
{
    /// <summary>
    /// The interpreter stage: builds NanoClr/Stage, runs it on nanoCLR with an ESP32-sized heap, runs the same parts on
    /// .NET, and compares the two logs line for line (docs/nanoclr-stage.md). Exit code 0 only when every line is equal,
    /// both runs reached the success marker and every golden scene drew its golden PNG on the host.
    /// </summary>
    public static class StageRunner
    {
        /// <summary>
        /// The managed heap the stage runs in: what an ESP32 without PSRAM leaves to managed code once a TLS session holds
        /// its native buffers (docs/nanoclr-stage.md explains the figure and the 24-byte blocks of x64).
        /// </summary>
        public const string DefaultHeap = "96K";

        /// <summary>
        /// The heap of the soak, which holds the whole app at once with its three pages. Above the ESP32's range for managed
        /// code without PSRAM (80 to 112 KB) because on x64 nanoCLR an object costs up to twice its ESP32 size, and because
        /// with 30 KB free or less this x64 interpreter faulted inside its own garbage collector (docs/soak.md).
        /// </summary>
        public const string DefaultSoakHeap = "128K";

        /// <summary>Runs the stage; arguments: <c>stage [--toolchain DIR] [--heap SIZE] [--work DIR] [--soak-hours N] [--soak-heap SIZE]</c>.</summary>
        public static int Run(string[] arguments, TextWriter output)
        {
            string root = RepositoryRoot();
            string toolchain = Option(arguments, "--toolchain") ?? Environment.GetEnvironmentVariable("NANOFRAMEWORK_TOOLCHAIN")
                ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "nanoframework", "toolchain"));
            string heap = Option(arguments, "--heap") ?? DefaultHeap;
            int soakHours = int.TryParse(Option(arguments, "--soak-hours"), out int hours) && hours >= 1 && hours <= 48 ? hours : SoakPart.ShortHours;
            string soakHeap = Option(arguments, "--soak-heap") ?? DefaultSoakHeap;
            string work = Option(arguments, "--work") ?? Path.Combine(root, "NanoClr", "Stage", "bin", "stage-run");
            if (!File.Exists(Path.Combine(toolchain, "bin", "nanoclr")))
            {
                output.WriteLine($"stage: skipped, no nanoFramework toolchain at {toolchain}");
                return 0;
            }

            var clock = Stopwatch.StartNew();
            string stageDirectory = Path.Combine(root, "NanoClr", "Stage");
            List<KeyValuePair<string, byte[]>> payloads = StageInputsWriter.GoldenPayloads(root);
            List<KeyValuePair<string, byte[]>> session = StageInputsWriter.Session();
            byte[] payloadBlob = StageInputsWriter.Pack(payloads);
            byte[] sessionBlob = StageInputsWriter.Pack(session);
            // One resources file per assembly: the MetadataProcessor files resources of several .resources files by one
            // id-sorted table, and the runtime then misses some of them. The fonts and the inputs share the app's file.
            List<KeyValuePair<string, byte[]>> resources = ResourcesFileWriter.ReadResxFileReferences(Path.Combine(root, "Firmware", "Resources", "Resources.resx"));
            resources.Add(new KeyValuePair<string, byte[]>("Payloads", payloadBlob));
            resources.Add(new KeyValuePair<string, byte[]>("Session", sessionBlob));
            var nanoClrTime = new Stopwatch();

            // First the parts with the device's heap, then the soak (the whole app at once) in a nanoCLR of its own.
            var parts = RunOnNanoClr(stageDirectory, toolchain, resources, 0, heap, Path.Combine(work, "build"), nanoClrTime, output);
            var soak = RunOnNanoClr(stageDirectory, toolchain, resources, soakHours, soakHeap, Path.Combine(work, "build-soak"), nanoClrTime, output);
            if (parts.Lines == null || soak.Lines == null)
            {
                return 1;
            }

            var host = new ListLog();
            var screens = new GoldenScreens(Path.Combine(root, "Firmware.Tests", "Golden", "Display"));
            StageDriver.Run(new ArrayBlob(payloadBlob), new ArrayBlob(sessionBlob), 0, screens, new NoProbe(), host);
            var hostSoak = new ListLog();
            StageDriver.Run(new ArrayBlob(payloadBlob), new ArrayBlob(sessionBlob), soakHours, screens, new NoProbe(), hostSoak);

            StageComparison comparison = StageComparison.Compare(host.Lines, parts.Lines);
            StageComparison soakComparison = StageComparison.Compare(hostSoak.Lines, soak.Lines);
            foreach (string line in parts.Lines.Where(line => line.StartsWith("heap ", StringComparison.Ordinal)))
            {
                output.WriteLine($"nanoCLR {line} (heap {heap})");
            }

            foreach (string line in soak.Lines.Where(line => line.StartsWith("heap ", StringComparison.Ordinal)))
            {
                output.WriteLine($"nanoCLR {line} (heap {soakHeap})");
            }

            foreach (string line in parts.Lines.Where(line => line.Contains(" count+1 average-bytes=", StringComparison.Ordinal) || line.Contains(" map new-visit ", StringComparison.Ordinal)
                    || line.Contains(" visitors new-visit ", StringComparison.Ordinal))
                .Concat(soak.Lines.Where(line => line.StartsWith("soak ", StringComparison.Ordinal) || line.StartsWith("soak: ", StringComparison.Ordinal))))
            {
                output.WriteLine("nanoCLR " + line);
            }

            comparison.Print(output);
            soakComparison.Print(output);
            output.WriteLine($"render: {screens.GoldenMatches} golden scenes drawn as their PNG on the host, {screens.GoldenMismatches.Count} not");
            foreach (string mismatch in screens.GoldenMismatches)
            {
                output.WriteLine("  golden mismatch: " + mismatch);
            }

            output.WriteLine($"soak: {screens.LoopMatches} checkpoints drawn as a fresh renderer draws them on the host, {screens.LoopMismatches.Count} not, {screens.LoopSkipped} with the new-visitor cue up");
            foreach (string mismatch in screens.LoopMismatches)
            {
                output.WriteLine("  soak checkpoint mismatch: " + mismatch);
            }

            output.WriteLine($"stage: inputs {payloads.Count} payloads + {session.Count} session messages ({sessionBlob.Length:N0} B), soak {soakHours} h; nanoCLR {nanoClrTime.Elapsed.TotalSeconds:F1} s (exit {parts.Exit}, soak {soak.Exit}); whole stage {clock.Elapsed.TotalSeconds:F1} s");
            bool passed = comparison.Equal && soakComparison.Equal && screens.GoldenMismatches.Count == 0 && screens.GoldenMatches > 0 && parts.Exit == 0 && soak.Exit == 0
                && screens.LoopMismatches.Count == 0 && screens.LoopMatches > 0 && !hostSoak.Lines.Any(line => line.StartsWith("soak: FAIL", StringComparison.Ordinal))
                && parts.Lines.Contains(StageDriver.SuccessMarker) && host.Lines.Contains(StageDriver.SuccessMarker)
                && soak.Lines.Contains(StageDriver.SuccessMarker) && hostSoak.Lines.Contains(StageDriver.SuccessMarker);
            output.WriteLine(passed ? "stage: passed, nanoCLR and .NET agree" : "stage: FAILED");
            if (!passed)
            {
                File.WriteAllLines(Path.Combine(work, "nanoclr.log"), parts.Lines);
                File.WriteAllLines(Path.Combine(work, "host.log"), host.Lines);
                File.WriteAllLines(Path.Combine(work, "nanoclr-soak.log"), soak.Lines);
                File.WriteAllLines(Path.Combine(work, "host-soak.log"), hostSoak.Lines);
                output.WriteLine($"  logs: {Path.Combine(work, "nanoclr.log")}, host.log, nanoclr-soak.log and host-soak.log");
            }

            return passed ? 0 : 1;
        }

        // Builds the nanoCLR app with these resources (the soak's hours, 0 for the parts) and runs it with the heap given.
        private static (int Exit, List<string> Lines) RunOnNanoClr(string stageDirectory, string toolchain, List<KeyValuePair<string, byte[]>> inputs, int soakHours, string heap, string build, Stopwatch nanoClrTime, TextWriter output)
        {
            var resources = new List<KeyValuePair<string, byte[]>>(inputs) { new KeyValuePair<string, byte[]>("SoakHours", SoakHoursBlob(soakHours)) };
            ResourcesFileWriter.Write(Path.Combine(stageDirectory, "obj", "DeskStats.Resources.resources"), resources);
            int built = Execute("dotnet", $"build \"{Path.Combine(stageDirectory, "Stage.csproj")}\" -c Release -o \"{build}\" -p:NanoToolchain=\"{toolchain}\" -nologo -v:q", null, out string buildLog);
            if (built != 0)
            {
                output.WriteLine(buildLog);
                output.WriteLine("stage: the nanoCLR app did not build");
                return (built, null);
            }

            string appPe = Path.Combine(build, "DeskStats.Stage.pe");
            string libraries = string.Join(" ", DeploymentSet.Resolve(appPe, Path.Combine(toolchain, "lib")).Skip(1)
                .Where(member => member.Name != "mscorlib").Select(member => "\"" + member.PePath + "\""));
            nanoClrTime.Start();
            int exit = Execute(Path.Combine(toolchain, "bin", "nanoclr"), $"\"{appPe}\" {libraries}", heap, out string nanoClrLog);
            nanoClrTime.Stop();
            return (exit, Lines(nanoClrLog));
        }

        // The soak's length as the nanoCLR app reads it: a 4-byte length prefix (of the blob format), then the hours.
        private static byte[] SoakHoursBlob(int hours)
        {
            byte[] blob = new byte[8];
            BitConverter.TryWriteBytes(blob.AsSpan(0, 4), 4);
            BitConverter.TryWriteBytes(blob.AsSpan(4, 4), hours);
            return blob;
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "nfproj.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }

        private static string Option(string[] arguments, string name)
        {
            int index = Array.IndexOf(arguments, name);
            return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
        }

        private static List<string> Lines(string text) => text.Replace("\r", string.Empty).Split('\n').Where(line => line.Length > 0).ToList();

        private static int Execute(string program, string arguments, string heap, out string log)
        {
            var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (heap != null)
            {
                start.Environment["NANOCLR_HEAP_SIZE"] = heap;
            }

            using var process = Process.Start(start);
            var error = process.StandardError.ReadToEndAsync();
            log = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            log += error.Result;
            return process.ExitCode;
        }

        /// <summary>The host's stage log: the lines in a list.</summary>
        internal sealed class ListLog : IStageLog
        {
            public List<string> Lines { get; } = new List<string>();

            public void Line(string text) => Lines.Add(text);
        }

        /// <summary>The host has no nanoFramework heap to measure.</summary>
        internal sealed class NoProbe : IHeapProbe
        {
            public int FreeBytesAfterCollection() => -1;
        }

        /// <summary>A stage input held in memory (the host side of a resource blob: the same bytes after the length).</summary>
        internal sealed class ArrayBlob : IStageBlob
        {
            private readonly byte[] _blob;

            public ArrayBlob(byte[] lengthPrefixedBlob)
            {
                _blob = lengthPrefixedBlob;
            }

            public int Length => _blob.Length - 4;

            public void Read(int offset, byte[] destination, int destinationOffset, int count) => Array.Copy(_blob, 4 + offset, destination, destinationOffset, count);
        }

        /// <summary>The host's screens: the fonts from the committed files, and every golden scene compared with its PNG.</summary>
        internal sealed class GoldenScreens : IStageScreens
        {
            private readonly string _goldenDirectory;

            public GoldenScreens(string goldenDirectory)
            {
                _goldenDirectory = goldenDirectory;
                Fonts = new DisplayFonts(FontFiles.TextSmall, FontFiles.TextMedium, FontFiles.DigitsMedium, FontFiles.DigitsLarge);
            }

            public DisplayFonts Fonts { get; }

            public int GoldenMatches { get; private set; }

            public List<string> GoldenMismatches { get; } = new List<string>();

            public int LoopMatches { get; private set; }

            public int LoopSkipped { get; private set; }

            public List<string> LoopMismatches { get; } = new List<string>();

            public void LoopCheckpoint(string name, IDisplayBus innerBus, DeskStats.Model.DashboardModel model, DeskStats.Link.ScreenStatus status, ScreenPage page, bool cueActive)
            {
                if (cueActive)
                {
                    LoopSkipped++;
                    return;
                }

                var decoding = (DecodingDisplayBus)innerBus;
                var freshBus = new DecodingDisplayBus(decoding.Profile);
                var fresh = new DashboardRenderer(decoding.Profile, freshBus, Fonts);
                fresh.UseMap(Map(DashboardRenderer.MapWidthFor(decoding.Profile.Width, decoding.Profile.Height)));
                fresh.UseVisitors();
                fresh.Page = page;
                fresh.Initialize();
                fresh.Render(model, DeskStats.Model.ChangedFields.All, status);
                if (decoding.Snapshot().Pixels.AsSpan().SequenceEqual(freshBus.Snapshot().Pixels))
                {
                    LoopMatches++;
                }
                else
                {
                    LoopMismatches.Add(name);
                }
            }

            public IDisplayBus CreateInnerBus(BoardProfile profile) => new DecodingDisplayBus(profile);

            public DeskStats.Display.Maps.LandMask Map(int width) => DeskStats.Host.Display.Maps.MapFiles.ForWidth(width);

            public void Checkpoint(string scene, IDisplayBus innerBus)
            {
                string golden = Path.Combine(_goldenDirectory, scene + ".png");
                if (!File.Exists(golden))
                {
                    return;
                }

                HostImage expected = PngReader.ReadFile(golden);
                HostImage actual = ((DecodingDisplayBus)innerBus).Snapshot();
                if (expected.Width == actual.Width && expected.Height == actual.Height && expected.Pixels.AsSpan().SequenceEqual(actual.Pixels))
                {
                    GoldenMatches++;
                }
                else
                {
                    GoldenMismatches.Add(scene);
                }
            }
        }
    }
}
