using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>What a finding is about.</summary>
    public enum FindingKind { CompileError, NotInApi, Generic, MultiDimensionalArray, StackAlloc, Async, Dynamic, Tuple, IndexOrRange, NullableValueType, SurfaceError }

    /// <summary>One reason the firmware would not build or load on nanoFramework 1.x.</summary>
    public sealed class Finding
    {
        public Finding(FindingKind kind, string file, int line, int column, string message)
        {
            Kind = kind; File = file; Line = line; Column = column; Message = message;
        }
        public FindingKind Kind { get; }
        public string File { get; }
        /// <summary>1-based line, 0 when the finding comes from metadata.</summary>
        public int Line { get; }
        public int Column { get; }
        public string Message { get; }
        /// <summary>MSBuild's error format, so IDEs and build logs link to the line.</summary>
        public override string ToString() => File + (Line > 0 ? "(" + Line + "," + Column + ")" : "") + ": error NF" + ((int)Kind).ToString("D4") + ": [" + Kind + "] " + Message;
    }

    /// <summary>The nanoFramework compile check.</summary>
    public static class Checker
    {
        /// <summary>The command that regenerates the committed surface (run from the repository root).</summary>
        public const string UpdateSurfaceCommand = "dotnet run --project Tools/NanoFrameworkCheck -- update-surface --api ../shared/nanoframework/api --project Firmware/Firmware.nfproj";

        /// <summary>Compiler errors that mean a type or member the code uses is not in the surface.</summary>
        private static readonly HashSet<string> MissingApiCodes = new HashSet<string>
        {
            "CS0012", "CS0103", "CS0117", "CS0122", "CS0234", "CS0246", "CS0426", "CS0518", "CS0656", "CS1061", "CS1501", "CS1502",
            "CS1503", "CS1729", "CS7036", "CS0019", "CS0023", "CS0029", "CS0030", "CS0266", "CS1660", "CS0428", "CS8652", "CS0400",
        };

        /// <summary>Preprocessor symbols of the device build.</summary>
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.None, SourceCodeKind.Regular, new[] { "NANOFRAMEWORK_1_0" });

        /// <summary>Parses the project's Compile items.</summary>
        public static List<SyntaxTree> Parse(FirmwareProject project)
        {
            return project.SourceFiles.AsParallel().AsOrdered()
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path))
                .ToList();
        }

        /// <summary>The firmware compiled as a DLL against the surface assemblies the project references (mscorlib always).</summary>
        public static CSharpCompilation Compile(FirmwareProject project, IEnumerable<SyntaxTree> trees, CompiledSurface surface)
        {
            var references = new List<MetadataReference>();
            foreach (string name in project.References.Prepend("mscorlib").Distinct(StringComparer.Ordinal))
            {
                if (surface.Assemblies.TryGetValue(name, out CSharpCompilation assembly)) references.Add(assembly.ToMetadataReference());
            }
            return CSharpCompilation.Create(Path.GetFileNameWithoutExtension(project.ProjectPath), trees, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: project.AllowUnsafe,
                    nullableContextOptions: NullableContextOptions.Disable, optimizationLevel: OptimizationLevel.Release));
        }

        /// <summary>
        /// Runs the check: syntax scan, compile against <paramref name="surface"/>, metadata inspection.
        /// <paramref name="fullSurface"/> (optional, from ../shared) tells "not in the API" from "surface needs update-surface".
        /// </summary>
        public static List<Finding> Check(FirmwareProject project, CompiledSurface surface, Func<CompiledSurface> fullSurface = null)
        {
            var findings = new List<Finding>();
            foreach (Diagnostic error in surface.Errors) findings.Add(FromDiagnostic(FindingKind.SurfaceError, error, "surface does not compile (regenerate it: " + UpdateSurfaceCommand + ")"));
            List<SyntaxTree> trees = Parse(project);
            CSharpCompilation compilation = Compile(project, trees, surface);
            foreach (SyntaxTree tree in trees) findings.AddRange(ScanSyntax(tree, compilation));

            // One pass: Emit binds every body and reports the same errors GetDiagnostics would.
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
            List<Diagnostic> errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            HashSet<string> inFullApi = null;
            if (errors.Any(e => MissingApiCodes.Contains(e.Id)) && fullSurface != null)
            {
                CompiledSurface full = fullSurface();
                if (full != null)
                {
                    CSharpCompilation againstFull = Compile(project, trees, full);
                    HashSet<string> fullErrors = againstFull.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && MissingApiCodes.Contains(d.Id)).Select(Key).ToHashSet();
                    inFullApi = errors.Select(Key).Where(k => !fullErrors.Contains(k)).ToHashSet();
                }
            }
            foreach (Diagnostic error in errors)
            {
                if (!MissingApiCodes.Contains(error.Id))
                {
                    findings.Add(FromDiagnostic(FindingKind.CompileError, error, null));
                }
                else if (inFullApi != null && inFullApi.Contains(Key(error)))
                {
                    findings.Add(FromDiagnostic(FindingKind.NotInApi, error, "in the nanoFramework API but not in the committed surface: run " + UpdateSurfaceCommand));
                }
                else
                {
                    string hint = inFullApi != null
                        ? "not in nanoFramework API (../shared/nanoframework/api lists every public member)"
                        : "not in nanoFramework API (or surface needs update-surface: " + UpdateSurfaceCommand + ")";
                    findings.Add(FromDiagnostic(FindingKind.NotInApi, error, hint));
                }
            }
            if (emitted.Success)
            {
                foreach (Finding finding in MetadataInspector.Inspect(image.ToArray(), compilation.AssemblyName))
                {
                    if (!findings.Any(f => f.Kind == finding.Kind)) findings.Add(finding);
                    else if (finding.Kind is FindingKind.Generic or FindingKind.StackAlloc or FindingKind.MultiDimensionalArray or FindingKind.Async) findings.Add(finding);
                }
            }
            return findings;
        }

        /// <summary>Errors are matched by line: against the full api the same missing member may be reported at another column.</summary>
        private static string Key(Diagnostic diagnostic) => diagnostic.Location.SourceTree?.FilePath + ":" + diagnostic.Location.GetLineSpan().StartLinePosition.Line;

        private static Finding FromDiagnostic(FindingKind kind, Diagnostic diagnostic, string hint)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string message = diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + (hint == null ? "" : " — " + hint);
            return new Finding(kind, span.Path ?? "", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
        }

        /// <summary>Source constructs nanoFramework 1.x cannot run, reported at their line even when they also fail to compile.</summary>
        public static IEnumerable<Finding> ScanSyntax(SyntaxTree tree, CSharpCompilation compilation)
        {
            SemanticModel model = null;
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                string message = null;
                FindingKind kind = FindingKind.Generic;
                switch (node)
                {
                    case TypeParameterListSyntax list:
                        message = "generic " + (list.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax ? "method" : "type") + " definition '" + Shorten(list.Parent) + "' (nanoFramework 1.x has no generics)";
                        break;
                    case GenericNameSyntax generic:
                        message = "generic instantiation '" + generic + "' (nanoFramework 1.x has no generics: use arrays, ArrayList, Hashtable, SpanByte)";
                        break;
                    case ArrayRankSpecifierSyntax rank when rank.Rank > 1:
                        kind = FindingKind.MultiDimensionalArray;
                        message = "multi-dimensional array '" + rank.Parent + "' (use a jagged or flat array)";
                        break;
                    case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax:
                        kind = FindingKind.StackAlloc;
                        message = "stackalloc (nanoFramework 1.x cannot run it: use a reused byte[])";
                        break;
                    case AwaitExpressionSyntax:
                        kind = FindingKind.Async;
                        message = "await (nanoFramework 1.x has no async/await: use Thread, Timer, events)";
                        break;
                    case MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.AsyncKeyword):
                    case LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.AsyncKeyword):
                    case AnonymousFunctionExpressionSyntax lambda when lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword):
                        kind = FindingKind.Async;
                        message = "async method (nanoFramework 1.x has no async/await: use Thread, Timer, events)";
                        break;
                    case IdentifierNameSyntax { Identifier.ValueText: "dynamic" } identifier when identifier.Parent is VariableDeclarationSyntax or ParameterSyntax or PropertyDeclarationSyntax or MethodDeclarationSyntax or CastExpressionSyntax or FieldDeclarationSyntax:
                        kind = FindingKind.Dynamic;
                        message = "dynamic (nanoFramework 1.x has no dynamic binding)";
                        break;
                    case TupleTypeSyntax or TupleExpressionSyntax:
                        kind = FindingKind.Tuple;
                        message = "tuple (ValueTuple is generic: nanoFramework 1.x has none)";
                        break;
                    case RangeExpressionSyntax:
                    case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.IndexExpression):
                        kind = FindingKind.IndexOrRange;
                        message = "index or range expression (System.Index/Range are not in nanoFramework)";
                        break;
                    case NullableTypeSyntax nullable:
                        model ??= compilation.GetSemanticModel(tree);
                        ITypeSymbol element = model.GetTypeInfo(nullable.ElementType).Type;
                        if (element != null && (element.IsValueType || element.TypeKind == TypeKind.Error))
                        {
                            kind = FindingKind.NullableValueType;
                            message = "nullable value type '" + nullable + "' (Nullable<T> is generic: nanoFramework 1.x has none)";
                        }
                        break;
                }
                if (message == null) continue;
                FileLinePositionSpan span = node.GetLocation().GetLineSpan();
                yield return new Finding(kind, tree.FilePath, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
            }
        }

        private static string Shorten(SyntaxNode node)
        {
            string text = node switch
            {
                MethodDeclarationSyntax m => m.Identifier.Text + m.TypeParameterList,
                TypeDeclarationSyntax t => t.Identifier.Text + t.TypeParameterList,
                DelegateDeclarationSyntax d => d.Identifier.Text + d.TypeParameterList,
                LocalFunctionStatementSyntax l => l.Identifier.Text + l.TypeParameterList,
                _ => node.ToString(),
            };
            return text.Length > 60 ? text.Substring(0, 60) + "…" : text;
        }
    }
}
