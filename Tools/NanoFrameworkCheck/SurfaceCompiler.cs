using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>The surface assemblies compiled (in memory) so the firmware can be compiled against them.</summary>
    public sealed class CompiledSurface
    {
        /// <summary>Assembly name → its compilation.</summary>
        public Dictionary<string, CSharpCompilation> Assemblies { get; } = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        /// <summary>Assembly name → written source (with the api entry of each line).</summary>
        public Dictionary<string, SurfaceSource> Sources { get; } = new Dictionary<string, SurfaceSource>(StringComparer.Ordinal);
        /// <summary>Compiler errors inside the surface itself (a bug in the writer or a hand edit).</summary>
        public List<Diagnostic> Errors { get; } = new List<Diagnostic>();
    }

    /// <summary>Compiles surface sources into reference compilations, mscorlib first, then by references.</summary>
    public static class SurfaceCompiler
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9);

        /// <summary>Reads the committed surface: one <c>&lt;Assembly&gt;.cs</c> per assembly.</summary>
        public static List<SurfaceSource> ReadDirectory(string directory)
        {
            var sources = new List<SurfaceSource>();
            foreach (string path in Directory.GetFiles(directory, "*.cs").OrderBy(p => p, StringComparer.Ordinal))
            {
                string text = File.ReadAllText(path);
                string[] head = text.Split('\n', 4);
                string name = Path.GetFileNameWithoutExtension(path);
                var references = new List<string>();
                if (head.Length > 2 && head[1].StartsWith("// assembly: ", StringComparison.Ordinal)) name = head[1].Substring(13).Trim();
                if (head.Length > 2 && head[2].StartsWith("// references: ", StringComparison.Ordinal))
                {
                    references.AddRange(head[2].Substring(15).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                sources.Add(new SurfaceSource { AssemblyName = name, References = references, Text = text });
            }
            return sources;
        }

        /// <summary>Compiles every source; references to assemblies absent from <paramref name="sources"/> are dropped.</summary>
        public static CompiledSurface Compile(IEnumerable<SurfaceSource> sources, string pathPrefix = "NanoFrameworkSurface/")
        {
            var surface = new CompiledSurface();
            foreach (SurfaceSource source in sources) surface.Sources[source.AssemblyName] = source;
            var visiting = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in surface.Sources.Keys.OrderBy(n => n == "mscorlib" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal).ToList())
            {
                CompileOne(name, surface, visiting, pathPrefix);
            }
            return surface;
        }

        private static CSharpCompilation CompileOne(string name, CompiledSurface surface, HashSet<string> visiting, string pathPrefix)
        {
            if (surface.Assemblies.TryGetValue(name, out CSharpCompilation done)) return done;
            if (!surface.Sources.TryGetValue(name, out SurfaceSource source)) return null;
            if (!visiting.Add(name)) throw new InvalidOperationException("surface assemblies reference each other in a cycle: " + name);
            var references = new List<MetadataReference>();
            foreach (string referenceName in source.References.Prepend("mscorlib").Distinct())
            {
                if (referenceName == name) continue;
                CSharpCompilation reference = CompileOne(referenceName, surface, visiting, pathPrefix);
                if (reference != null) references.Add(reference.ToMetadataReference());
            }
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source.Text, ParseOptions, pathPrefix + name + ".cs");
            CSharpCompilation compilation = CSharpCompilation.Create(name, new[] { tree }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable,
                    generalDiagnosticOption: ReportDiagnostic.Suppress, concurrentBuild: false));
            surface.Assemblies[name] = compilation;
            visiting.Remove(name);
            return compilation;
        }

        /// <summary>Collects declaration errors of all surface assemblies into <see cref="CompiledSurface.Errors"/>.</summary>
        public static void CollectErrors(CompiledSurface surface)
        {
            foreach (CSharpCompilation compilation in surface.Assemblies.Values)
            {
                surface.Errors.AddRange(compilation.GetDeclarationDiagnostics().Concat(compilation.GetMethodBodyDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error));
            }
        }
    }
}
