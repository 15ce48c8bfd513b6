using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>
    /// Command line: <c>check --project Firmware/Firmware.nfproj [--surface DIR] [--api DIR]</c> (the default command)
    /// and <c>update-surface --api ../shared/nanoframework/api --project Firmware/Firmware.nfproj [--surface DIR]</c>.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string command = args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) ? args[0] : "check";
            Dictionary<string, string> options = ParseOptions(args.SkipWhile(a => !a.StartsWith("-", StringComparison.Ordinal)).ToArray());
            if (options == null || command is not ("check" or "update-surface"))
            {
                Console.Error.WriteLine("usage: NanoFrameworkCheck [check] --project <nfproj> [--surface <dir>] [--api <dir>]");
                Console.Error.WriteLine("       NanoFrameworkCheck update-surface --api <dir> --project <nfproj> [--surface <dir>]");
                return 2;
            }
            options.TryGetValue("project", out string project);
            project ??= Path.Combine(FirmwareProject.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? ".", "Firmware", "Firmware.nfproj");
            options.TryGetValue("surface", out string surface);
            surface ??= FirmwareProject.DefaultSurfaceDirectory(project);
            options.TryGetValue("api", out string api);
            try
            {
                return command == "check"
                    ? Commands.Check(project, surface, api ?? FirmwareProject.DefaultApiDirectory(project), Console.Out)
                    : Commands.UpdateSurface(api ?? FirmwareProject.DefaultApiDirectory(project), project, surface, Console.Out);
            }
            catch (Exception exception) when (exception is IOException or FormatException or InvalidOperationException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("nanoFramework check: " + exception.Message);
                return 3;
            }
        }

        private static Dictionary<string, string> ParseOptions(string[] args)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int index = 0; index < args.Length; index += 2)
            {
                if (!args[index].StartsWith("--", StringComparison.Ordinal) || index + 1 >= args.Length) return null;
                options[args[index].Substring(2)] = args[index + 1];
            }
            return options;
        }
    }

    /// <summary>The two commands, callable from tests.</summary>
    public static class Commands
    {
        /// <summary>Runs the check; writes findings to <paramref name="log"/>; 0 when clean, 1 with findings.</summary>
        public static int Check(string projectPath, string surfaceDirectory, string apiDirectory, TextWriter log)
        {
            List<Finding> findings = Run(projectPath, surfaceDirectory, apiDirectory, out TimeSpan elapsed, out int fileCount);
            foreach (Finding finding in findings) log.WriteLine(finding);
            log.WriteLine(findings.Count == 0
                ? "nanoFramework check: " + fileCount + " files OK against " + surfaceDirectory + " (" + elapsed.TotalSeconds.ToString("F1") + " s)"
                : "nanoFramework check: " + findings.Count + " finding(s) in " + fileCount + " files; nanoFramework 1.x would not build or load this firmware.");
            return findings.Count == 0 ? 0 : 1;
        }

        /// <summary>The findings of the check (empty when the firmware is fine).</summary>
        public static List<Finding> Run(string projectPath, string surfaceDirectory, string apiDirectory, out TimeSpan elapsed, out int fileCount)
        {
            var clock = Stopwatch.StartNew();
            FirmwareProject project = FirmwareProject.Load(projectPath);
            fileCount = project.SourceFiles.Count;
            if (surfaceDirectory == null || !Directory.Exists(surfaceDirectory)) throw new IOException("surface directory not found: " + surfaceDirectory + " (create it with: " + Checker.UpdateSurfaceCommand + ")");
            CompiledSurface surface = SurfaceCompiler.Compile(SurfaceCompiler.ReadDirectory(surfaceDirectory));
            SurfaceCompiler.CollectErrors(surface);
            Func<CompiledSurface> full = apiDirectory != null && Directory.Exists(apiDirectory)
                ? () => { List<ApiAssembly> api = ApiReader.ReadDirectory(apiDirectory); return SurfaceBuilder.Build(api, SurfaceBuilder.Everything(api)); }
                : null;
            List<Finding> findings = Checker.Check(project, surface, full);
            elapsed = clock.Elapsed;
            return findings;
        }

        /// <summary>Regenerates the committed surface from the api listings and the firmware's use of them.</summary>
        public static int UpdateSurface(string apiDirectory, string projectPath, string surfaceDirectory, TextWriter log)
        {
            if (apiDirectory == null || !Directory.Exists(apiDirectory)) throw new IOException("api directory not found: " + apiDirectory);
            List<ApiAssembly> api = ApiReader.ReadDirectory(apiDirectory);
            FirmwareProject project = FirmwareProject.Load(projectPath);
            SurfaceUpdate update = UpdateInMemory(api, project);
            foreach (string problem in update.Problems) log.WriteLine(problem);
            Directory.CreateDirectory(surfaceDirectory);
            foreach (string old in Directory.GetFiles(surfaceDirectory, "*.cs")) File.Delete(old);
            foreach (SurfaceSource source in update.Surface.Sources.Values) File.WriteAllText(Path.Combine(surfaceDirectory, source.AssemblyName + ".cs"), source.Text);
            log.WriteLine("update-surface: wrote " + update.Surface.Sources.Count + " assemblies, " + update.Selection.Types.Count + " types, " +
                update.Selection.Members.Count + " members to " + surfaceDirectory);
            return update.Problems.Count == 0 ? 0 : 1;
        }

        /// <summary>The trimmed surface for <paramref name="project"/>, built and verified in memory.</summary>
        public static SurfaceUpdate UpdateInMemory(IReadOnlyList<ApiAssembly> api, FirmwareProject project)
        {
            var update = new SurfaceUpdate();
            CompiledSurface full = SurfaceBuilder.Build(api, SurfaceBuilder.Everything(api));
            foreach (Diagnostic error in full.Errors) update.Problems.Add("full surface: " + error);
            List<SyntaxTree> trees = Checker.Parse(project);
            CSharpCompilation againstFull = Checker.Compile(project, trees, full);
            List<Diagnostic> fullErrors = againstFull.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (Diagnostic error in fullErrors) update.Problems.Add("firmware against the full nanoFramework API: " + error);
            update.Selection = SurfaceTrimmer.Select(api, full, againstFull, update.Problems);
            update.Surface = SurfaceBuilder.Build(api, update.Selection);
            foreach (Diagnostic error in update.Surface.Errors) update.Problems.Add("trimmed surface: " + error);
            var fullKeys = fullErrors.Select(e => e.Id + e.Location.GetLineSpan()).ToHashSet();
            foreach (Diagnostic error in Checker.Compile(project, trees, update.Surface).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                if (!fullKeys.Contains(error.Id + error.Location.GetLineSpan())) update.Problems.Add("firmware against the trimmed surface (a trimming bug): " + error);
            }
            return update;
        }
    }

    /// <summary>Result of <see cref="Commands.UpdateInMemory"/>.</summary>
    public sealed class SurfaceUpdate
    {
        public SurfaceSelection Selection { get; set; }
        public CompiledSurface Surface { get; set; }
        public List<string> Problems { get; } = new List<string>();
    }
}
