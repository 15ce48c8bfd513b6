using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeskStats.Tools.NanoFrameworkCheck;
using static DeskStats.Tests.Tools.NanoFrameworkCheck.NanoFrameworkCheckTestSupport;

namespace DeskStats.Tests.Tools.NanoFrameworkCheck
{
    public class CheckerTests
    {
        private static List<Finding> CheckSource(string source, string apiDirectory = null)
        {
            string project = WriteScratchProject(source);
            try
            {
                return Commands.Run(project, SurfaceDirectory, apiDirectory, out _, out _);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(project), recursive: true);
            }
        }

        private static void AssertFinding(List<Finding> findings, FindingKind kind, string messagePart)
        {
            Assert.True(findings.Any(f => f.Kind == kind && f.Message.Contains(messagePart, StringComparison.Ordinal)),
                "expected a " + kind + " finding containing '" + messagePart + "', got:\n" + string.Join("\n", findings));
        }

        [Fact]
        public void RealFirmwarePassesAgainstTheCommittedSurface()
        {
            List<Finding> findings = Commands.Run(FirmwareProjectPath, SurfaceDirectory, null, out _, out int files);
            Assert.True(findings.Count == 0, string.Join("\n", findings));
            Assert.True(files > 0);
        }

        [Fact]
        public void CleanDeviceCodePasses()
        {
            List<Finding> findings = CheckSource("namespace Sample { public static class Ok { public static int Twice(int value) { int[][] jagged = new int[2][]; jagged[0] = new int[1]; return value * 2; } } }");
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }

        [Fact]
        public void ListOfIntFailsAsGenericInstantiation()
        {
            List<Finding> findings = CheckSource("using System.Collections.Generic; namespace Sample { public class Uses { public void M() { var list = new List<int>(); } } }");
            AssertFinding(findings, FindingKind.Generic, "List<int>");
            AssertFinding(findings, FindingKind.NotInApi, "not in nanoFramework API");
        }

        [Fact]
        public void AsyncFails()
        {
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public async void M() { await System.Threading.Tasks.Task.Delay(1); } } }");
            AssertFinding(findings, FindingKind.Async, "async");
        }

        [Fact]
        public void SpanOfByteFails()
        {
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public void M(System.Span<byte> bytes) { } } }");
            AssertFinding(findings, FindingKind.Generic, "Span<byte>");
        }

        [Fact]
        public void GenericMethodFailsInSourceAndInMetadata()
        {
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public static object Echo<T>(T value) { return value; } public object M() { return Echo(1); } } }");
            AssertFinding(findings, FindingKind.Generic, "generic method definition 'Echo<T>'");
            AssertFinding(findings, FindingKind.Generic, "generic method instantiation");
        }

        [Fact]
        public void MultiDimensionalArrayFails()
        {
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public int M() { int[,] grid = new int[2, 3]; return grid[1, 2]; } } }");
            AssertFinding(findings, FindingKind.MultiDimensionalArray, "int[,]");
            AssertFinding(findings, FindingKind.MultiDimensionalArray, "System.Int32[,]");
        }

        [Fact]
        public void StackallocFailsInSourceAndAsLocallocInIl()
        {
            List<Finding> findings = CheckSource("namespace Sample { public unsafe class Uses { public int M() { byte* buffer = stackalloc byte[16]; return buffer[0]; } } }");
            AssertFinding(findings, FindingKind.StackAlloc, "stackalloc (nanoFramework");
            AssertFinding(findings, FindingKind.StackAlloc, "localloc");
        }

        [Fact]
        public void BclMemberMissingFromNanoFrameworkFailsWithTheUpdateHint()
        {
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public int M(int value) { return System.Math.Clamp(value, 0, 9) + string.Join(\",\", new string[0]).Length; } } }");
            AssertFinding(findings, FindingKind.NotInApi, "Math");
            AssertFinding(findings, FindingKind.NotInApi, "Join");
            AssertFinding(findings, FindingKind.NotInApi, "not in nanoFramework API (or surface needs update-surface: " + Checker.UpdateSurfaceCommand);
        }

        [Fact]
        public void WithTheApiListingsAMissingMemberIsToldApartFromAnUntrimmedOne()
        {
            // Math.Clamp is in no nanoFramework assembly; string.PadLeft is in mscorlib but the firmware does not use it yet.
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public string M() {\n string padded = \"1\".PadLeft(3, '0');\n int clamped = System.Math.Clamp(1, 0, 9);\n return padded; } } }", ApiDirectory);
            AssertFinding(findings, FindingKind.NotInApi, "Math");
            AssertFinding(findings, FindingKind.NotInApi, "not in nanoFramework API (../shared");
            AssertFinding(findings, FindingKind.NotInApi, "in the nanoFramework API but not in the committed surface: run " + Checker.UpdateSurfaceCommand);
        }

        [Fact]
        public void DynamicFails()
        {
            List<Finding> findings = CheckSource("namespace Sample { public class Uses { public object M(dynamic value) { return value; } } }");
            AssertFinding(findings, FindingKind.Dynamic, "dynamic");
        }

        [Fact]
        public void UpdateSurfaceWritesFilesTheCheckThenPasses()
        {
            string project = WriteScratchProject("namespace Sample { public class Uses { public void M(System.Device.Spi.SpiDevice device, byte[] band) { device.Write(band); } } }");
            string surface = Path.Combine(Path.GetDirectoryName(project), "surface");
            try
            {
                var log = new StringWriter();
                Assert.Equal(0, Commands.UpdateSurface(SampleApiDirectory, project, surface, log));
                Assert.Equal(new[] { "System.Device.Spi.cs", "mscorlib.cs" }, Directory.GetFiles(surface).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
                Assert.StartsWith(SurfaceWriter.GeneratedMarker, File.ReadAllText(Path.Combine(surface, "mscorlib.cs")));
                Assert.Empty(Commands.Run(project, surface, null, out _, out _));
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(project), recursive: true);
            }
        }

        [Fact]
        public void FindingsUseMsBuildsErrorFormat()
        {
            var finding = new Finding(FindingKind.Generic, "a/B.cs", 3, 7, "generic");
            Assert.Equal("a/B.cs(3,7): error NF0002: [Generic] generic", finding.ToString());
        }

        [Fact]
        public void LocallocScanWalksInstructionsNotBytes()
        {
            // ldc.i4 0x0FFE0000 carries the bytes FE 0F in its operand: not a localloc.
            Assert.False(MetadataInspector.ContainsLocalloc(new byte[] { 0x20, 0x00, 0x00, 0xFE, 0x0F, 0x2A }));
            Assert.True(MetadataInspector.ContainsLocalloc(new byte[] { 0x1F, 0x10, 0xFE, 0x0F, 0x26, 0x2A }));
        }
    }
}
