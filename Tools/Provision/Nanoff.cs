using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace DeskStats.Tools.Provision
{
    /// <summary>Finds nanoff (the .NET nanoFramework firmware flasher), builds its command lines and runs them.</summary>
    internal sealed class Nanoff
    {
        private Nanoff(string fileName, string[] prefixArguments)
        {
            FileName = fileName;
            PrefixArguments = prefixArguments;
        }

        /// <summary>Executable to start: the full path of nanoff, or of dotnet for a local tool.</summary>
        public string FileName { get; }

        /// <summary>Arguments before nanoff's own: empty, or "nanoff" after dotnet.</summary>
        public string[] PrefixArguments { get; }

        /// <summary>How the command reads when printed: "nanoff" or "dotnet nanoff".</summary>
        public string DisplayName => PrefixArguments.Length == 0 ? "nanoff" : "dotnet nanoff";

        /// <summary>
        /// Finds nanoff: a global tool or any nanoff on <paramref name="pathVariable"/>; else `dotnet nanoff` when dotnet is on
        /// the path and a local tool manifest (.config/dotnet-tools.json) in <paramref name="workingDirectory"/> or above lists
        /// nanoff. Null when neither.
        /// </summary>
        public static Nanoff Locate(string pathVariable, string workingDirectory)
        {
            string nanoff = FindOnPath("nanoff", pathVariable);
            if (nanoff != null)
            {
                return new Nanoff(nanoff, Array.Empty<string>());
            }

            string dotnet = FindOnPath("dotnet", pathVariable);
            if (dotnet != null && LocalManifestListsNanoff(workingDirectory))
            {
                return new Nanoff(dotnet, new[] { "nanoff" });
            }

            return null;
        }

        /// <summary>The two deployments in the order they run: network (Wi-Fi, CA store), then files (settings, CA file).</summary>
        public static string[][] DeploymentArguments(DeploymentFiles files, string port)
        {
            return new[]
            {
                new[] { "--networkdeployment", files.NetworkDeploymentPath, "--serialport", port },
                new[] { "--filedeployment", files.FileDeploymentPath, "--serialport", port },
            };
        }

        /// <summary>A command line as a user would type it, arguments with spaces quoted.</summary>
        public static string Format(string displayName, string[] arguments)
        {
            var builder = new StringBuilder(displayName);
            foreach (string argument in arguments)
            {
                builder.Append(' ');
                bool quote = argument.Length == 0 || argument.IndexOfAny(new[] { ' ', '\t', '"', '\'' }) >= 0;
                builder.Append(quote ? "\"" + argument.Replace("\"", "\\\"") + "\"" : argument);
            }

            return builder.ToString();
        }

        /// <summary>
        /// Runs nanoff with <paramref name="arguments"/>, copying its output line by line to <paramref name="output"/>
        /// after <paramref name="redact"/>. Returns false when it fails: a non-zero exit code, or (since nanoff exits 0
        /// even when a file did not deploy) a line starting with "Error" or "Exception" in its output.
        /// </summary>
        public bool Run(string[] arguments, TextWriter output, Func<string, string> redact, out int exitCode)
        {
            var startInfo = new ProcessStartInfo(FileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in PrefixArguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            foreach (string argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            bool sawError = false;
            var gate = new object();
            void Forward(string line)
            {
                if (line == null)
                {
                    return;
                }

                lock (gate)
                {
                    string trimmed = line.TrimStart();
                    if (trimmed.StartsWith("Error", StringComparison.Ordinal) || trimmed.StartsWith("Exception", StringComparison.Ordinal))
                    {
                        sawError = true;
                    }

                    output.WriteLine("  | " + redact(line));
                }
            }

            using (var process = Process.Start(startInfo))
            {
                process.ErrorDataReceived += (sender, e) => Forward(e.Data);
                process.BeginErrorReadLine();
                string line;
                while ((line = process.StandardOutput.ReadLine()) != null)
                {
                    Forward(line);
                }

                process.WaitForExit();
                exitCode = process.ExitCode;
            }

            return exitCode == 0 && !sawError;
        }

        private static string FindOnPath(string name, string pathVariable)
        {
            if (string.IsNullOrEmpty(pathVariable))
            {
                return null;
            }

            string[] candidates = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".cmd", name } : new[] { name };
            foreach (string directory in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (string candidate in candidates)
                {
                    string path = Path.Combine(directory, candidate);
                    if (File.Exists(path))
                    {
                        return path;
                    }
                }
            }

            return null;
        }

        private static bool LocalManifestListsNanoff(string workingDirectory)
        {
            for (DirectoryInfo directory = new DirectoryInfo(workingDirectory); directory != null; directory = directory.Parent)
            {
                string manifest = Path.Combine(directory.FullName, ".config", "dotnet-tools.json");
                if (File.Exists(manifest))
                {
                    return File.ReadAllText(manifest).Contains("\"nanoff\"", StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }
    }
}
