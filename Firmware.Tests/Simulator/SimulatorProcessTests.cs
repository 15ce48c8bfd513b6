using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DeskStats.Simulator.DemoRelay;
using DeskStats.Tests.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator
{
    /// <summary>The built simulator as scripts and CI run it: a separate process, one JSON line on stdout, the exit code.</summary>
    public class SimulatorProcessTests
    {
        private static ProcessStartInfo StartInfo(string[] args)
        {
            string directory = AppContext.BaseDirectory;
            string appHost = Path.Combine(directory, OperatingSystem.IsWindows() ? "deskstats-simulator.exe" : "deskstats-simulator");
            var start = new ProcessStartInfo
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                WorkingDirectory = Path.GetTempPath(),
            };
            if (File.Exists(appHost))
            {
                start.FileName = appHost;
            }
            else
            {
                start.FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
                start.ArgumentList.Add(Path.Combine(directory, "deskstats-simulator.dll"));
            }

            foreach (string argument in args)
            {
                start.ArgumentList.Add(argument);
            }

            return start;
        }

        private static async Task<(int ExitCode, string Output, string Errors)> RunProcessAsync(params string[] args)
        {
            using Process process = Process.Start(StartInfo(args));
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> errors = process.StandardError.ReadToEndAsync();
            bool exited = process.WaitForExit(30000);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.True(exited, "the simulator did not exit");
            return (process.ExitCode, await output, await errors);
        }

        [Fact]
        public async Task Once_headless_prints_one_JSON_line_with_the_relays_values_and_exits_zero()
        {
            await using DemoRelayServer relay = await DemoRelayServer.StartAsync(new DemoRelayOptions { Token = "desk-token" });
            relay.Publish(RelaySnapshotTests.Sample());
            string ca = Path.Combine(Path.GetTempPath(), "deskstats-process-test-" + Guid.NewGuid().ToString("N") + ".pem");
            string png = Path.ChangeExtension(ca, ".png");
            File.WriteAllText(ca, relay.Certificates.AuthorityPem);
            try
            {
                var result = await RunProcessAsync("--relay", relay.UrlWithToken.ToString(), "--ca", ca, "--once", "--headless", "--png", png);

                Assert.Equal(0, result.ExitCode);
                string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Single(lines);
                using JsonDocument line = JsonDocument.Parse(lines[0]);
                Assert.Equal("data", line.RootElement.GetProperty("screen").GetString());
                Assert.Equal(1203, line.RootElement.GetProperty("todayVisits").GetInt32());
                Assert.Equal("Kraków", line.RootElement.GetProperty("latestCity").GetString());
                Assert.True(File.Exists(png));
            }
            finally
            {
                File.Delete(ca);
                File.Delete(png);
            }
        }

        /// <summary>Sends SIGINT, what Ctrl+C sends, with the system's kill command; waits for the exit code.</summary>
        private static int Interrupt(Process process)
        {
            using (Process kill = Process.Start("kill", "-INT " + process.Id))
            {
                kill.WaitForExit();
            }

            bool exited = process.WaitForExit(15000);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.True(exited, "the simulator did not stop on SIGINT");
            return process.ExitCode;
        }

        /// <summary>Reads stdout lines until one contains <paramref name="marker"/> (null at the end or after 20 s).</summary>
        private static async Task<string> ReadUntilAsync(Process process, string marker, StringBuilder seen)
        {
            using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (true)
            {
                string line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line == null) return null;
                seen.AppendLine(line);
                if (line.Contains(marker, StringComparison.Ordinal)) return line;
            }
        }

        [Fact]
        public async Task With_stdout_redirected_the_live_mode_prints_text_lines_and_stops_cleanly_on_ctrl_c()
        {
            if (OperatingSystem.IsWindows()) return; // SIGINT from outside is a Unix feature
            string png = Path.Combine(Path.GetTempPath(), "deskstats-live-" + Guid.NewGuid().ToString("N") + ".png");
            using Process process = Process.Start(StartInfo(new[] { "--png", png, "--speed", "4" }));
            var seen = new StringBuilder();
            try
            {
                string first = await ReadUntilAsync(process, " data: today ", seen);
                Assert.True(first != null, seen.ToString());
                string next = await ReadUntilAsync(process, " data: today ", seen);
                Assert.True(next != null, seen.ToString());
                Assert.DoesNotContain("\u001b", seen.ToString());

                Assert.Equal(0, Interrupt(process));
                Assert.True(File.Exists(png));
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                File.Delete(png);
            }
        }

        [Fact]
        public async Task Serve_relay_runs_the_demo_relay_alone_and_tells_how_to_reach_it()
        {
            if (OperatingSystem.IsWindows()) return; // SIGINT from outside is a Unix feature
            using Process process = Process.Start(StartInfo(new[] { "--serve-relay", "--port", "0", "--token", "desk" }));
            var seen = new StringBuilder();
            try
            {
                string url = await ReadUntilAsync(process, "url:", seen);
                string caLine = await ReadUntilAsync(process, "CA PEM:", seen);
                Assert.True(url != null && caLine != null, seen.ToString());
                Assert.Contains("wss://127.0.0.1:", url);
                Assert.EndsWith("/?token=desk", url.Trim());
                int port = new Uri(url.Substring(url.IndexOf("wss://", StringComparison.Ordinal)).Trim()).Port;
                string caPath = caLine.Substring(caLine.IndexOf('/')).Split(' ')[0];
                using var authority = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(caPath));
                using var handler = new System.Net.Http.HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                        DemoCertificates.IsTrustedBy(authority, certificate, "127.0.0.1"),
                };
                using var client = new System.Net.Http.HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };

                string debug = await client.GetStringAsync("https://127.0.0.1:" + port + "/debug");

                using JsonDocument document = JsonDocument.Parse(debug);
                Assert.Equal(5, document.RootElement.GetProperty("visits_live").GetArrayLength());
                Assert.Equal(0, Interrupt(process));
                Assert.False(File.Exists(caPath), "the CA file outlived the relay");
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
        }

        [Fact]
        public async Task Bad_arguments_exit_2_with_the_reason_and_the_usage_line()
        {
            var result = await RunProcessAsync("--relay", "http://relay.example:8080/?token=t");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains("wss://", result.Errors);
            Assert.Contains("usage: deskstats-simulator", result.Errors);
        }
    }
}
