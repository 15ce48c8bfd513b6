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
        private static async Task<(int ExitCode, string Output, string Errors)> RunProcessAsync(params string[] args)
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

            using Process process = Process.Start(start);
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
