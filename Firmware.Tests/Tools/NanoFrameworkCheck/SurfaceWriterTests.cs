using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeskStats.Tools.NanoFrameworkCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static DeskStats.Tests.Tools.NanoFrameworkCheck.NanoFrameworkCheckTestSupport;

namespace DeskStats.Tests.Tools.NanoFrameworkCheck
{
    public class SurfaceWriterTests
    {
        private static string Unqualified(string text) => text.Replace("global::", "", StringComparison.Ordinal);

        [Fact]
        public void EveryListedMethodIsWrittenWithItsExactSignature()
        {
            List<ApiAssembly> api = ApiReader.ReadDirectory(SampleApiDirectory);
            SurfaceSelection everything = SurfaceBuilder.Everything(api);
            int checkedMembers = 0;
            foreach (ApiMember member in api.SelectMany(a => a.Types).SelectMany(t => t.Members))
            {
                if (member.Kind is not (ApiMemberKind.Method or ApiMemberKind.Constructor or ApiMemberKind.Operator) || member.Declaration == "protected override void Finalize()") continue;
                if (member.Declaration.Contains(" = ", StringComparison.Ordinal)) continue; // enum defaults are qualified
                string written = Unqualified(SurfaceWriter.WriteMember(member.DeclaringType, member));
                Assert.True(written.StartsWith(member.Declaration + " {", StringComparison.Ordinal) || written.StartsWith(member.Declaration + ";", StringComparison.Ordinal), written);
                checkedMembers++;
            }
            Assert.True(checkedMembers > 100);
        }

        [Fact]
        public void FullSampleSurfaceCompilesAndKeepsStaticnessAndAccessibility()
        {
            List<ApiAssembly> api = ApiReader.ReadDirectory(SampleApiDirectory);
            CompiledSurface surface = SurfaceBuilder.Build(api, SurfaceBuilder.Everything(api));
            Assert.True(surface.Errors.Count == 0, string.Join("\n", surface.Errors));

            INamedTypeSymbol spi = surface.Assemblies["System.Device.Spi"].GetTypeByMetadataName("System.Device.Spi.SpiDevice");
            IMethodSymbol create = spi.GetMembers("Create").OfType<IMethodSymbol>().Single();
            Assert.True(create.IsStatic);
            Assert.Equal("System.Device.Spi.SpiConnectionSettings", create.Parameters.Single().Type.ToDisplayString());
            IMethodSymbol write = spi.GetMembers("Write").OfType<IMethodSymbol>().Single(m => m.Parameters[0].Type.Name == "SpanByte");
            Assert.False(write.IsStatic);
            Assert.Equal("System", write.Parameters[0].Type.ContainingNamespace.ToDisplayString());
            IMethodSymbol dispose = spi.GetMembers("Dispose").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == 1);
            Assert.Equal(Accessibility.Protected, dispose.DeclaredAccessibility);

            INamedTypeSymbol text = surface.Assemblies["mscorlib"].GetTypeByMetadataName("System.String");
            IMethodSymbol padLeft = text.GetMembers("PadLeft").OfType<IMethodSymbol>().Single();
            Assert.True(padLeft.Parameters[1].HasExplicitDefaultValue);
            Assert.Equal(' ', padLeft.Parameters[1].ExplicitDefaultValue);
            Assert.Empty(text.GetMembers("Join"));
            Assert.Empty(text.GetMembers("Replace"));
        }

        [Fact]
        public void FullRealSurfaceCompiles()
        {
            List<ApiAssembly> api = ApiReader.ReadDirectory(ApiDirectory);
            CompiledSurface surface = SurfaceBuilder.Build(api, SurfaceBuilder.Everything(api));
            Assert.True(surface.Errors.Count == 0, string.Join("\n", surface.Errors.Take(20)));
        }

        [Fact]
        public void TrimmedSurfaceKeepsOnlyWhatTheFirmwareUses()
        {
            List<ApiAssembly> api = ApiReader.ReadDirectory(SampleApiDirectory);
            string project = WriteScratchProject(@"using System.Device.Spi;
namespace Sample
{
    public class Screen
    {
        private readonly SpiDevice _device = SpiDevice.Create(new SpiConnectionSettings(1, 5) { ClockFrequency = 40000000 });
        public void Send(byte[] band, int length) { _device.Write(new System.SpanByte(band, 0, length)); _device.Write(band); }
        public string Describe(int count) { return ""count "" + count.ToString(); }
        public int Letters(string text) { int letters = 0; foreach (char c in text) { letters++; } return letters; }
    }
    public sealed class ScreenFailure : System.Exception { }
}");
            try
            {
                SurfaceUpdate update = Commands.UpdateInMemory(api, FirmwareProject.Load(project));
                Assert.True(update.Problems.Count == 0, string.Join("\n", update.Problems));
                string spi = Unqualified(update.Surface.Sources["System.Device.Spi"].Text);
                Assert.Contains("public static System.Device.Spi.SpiDevice Create(System.Device.Spi.SpiConnectionSettings settings) { throw null; }", spi);
                Assert.Contains("public void Write(System.SpanByte buffer) { throw null; }", spi);
                Assert.Contains("public int ClockFrequency { get { throw null; } set { throw null; } }", spi);
                Assert.DoesNotContain("Write(ushort[] buffer)", spi);
                Assert.DoesNotContain("ReadByte", spi);
                string corlib = Unqualified(update.Surface.Sources["mscorlib"].Text);
                Assert.Contains("public static implicit operator System.SpanByte(byte[] array) { throw null; }", corlib);
                Assert.Contains("public static string Concat(string str0, string str1) { throw null; }", corlib); // from lowering of +
                Assert.DoesNotContain("Concat(object arg0)", corlib);
                Assert.Contains("[System.Runtime.CompilerServices.IndexerName(\"Chars\")] public char this[int index]", corlib); // foreach over a string
                Assert.Contains("public Exception() { throw null; }", corlib); // implicit base() of ScreenFailure
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(project), recursive: true);
            }
        }
    }
}
