using System;
using System.IO;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class ProvisionCommandTests : IDisposable
    {
        private const string Password = "Wifi-Pass-7421";
        private const string Token = "tok3n-ZZ9-plural-z-alpha";

        private readonly TemporaryFolder _folder = new TemporaryFolder();

        public void Dispose() => _folder.Dispose();

        private sealed class Result
        {
            public int ExitCode;
            public string Output;
            public string Error;
        }

        private string OutputFolder => Path.Combine(_folder.Path, "out");

        private Result Run(string pathVariable, params string[] extra)
        {
            string[] common =
            {
                "--port", "/dev/ttyUSB0", "--ssid", "Home", "--password", Password, "--relay", "wss://stats.example.com:8080/",
                "--token", Token, "--out", "out",
            };
            string[] arguments = new string[common.Length + extra.Length];
            common.CopyTo(arguments, 0);
            extra.CopyTo(arguments, common.Length);
            return RunRaw(pathVariable, arguments);
        }

        private Result RunRaw(string pathVariable, string[] arguments)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var environment = new ProvisionEnvironment { UtcNow = DateTime.UtcNow, PathVariable = pathVariable, WorkingDirectory = _folder.Path };
            int exitCode = ProvisionCommand.Run(arguments, output, error, environment);
            return new Result { ExitCode = exitCode, Output = output.ToString(), Error = error.ToString() };
        }

        private static void AssertNoSecret(Result result)
        {
            foreach (string text in new[] { result.Output, result.Error })
            {
                Assert.DoesNotContain(Password, text);
                Assert.DoesNotContain(Token, text);
            }
        }

        /// <summary>A stand-in nanoff: a shell script that logs its arguments, prints the deployment file it was given, and exits with <paramref name="exitCode"/>.</summary>
        private string InstallScriptNanoff(int exitCode, string extraLine = "")
        {
            string bin = Path.Combine(_folder.Path, "bin");
            Directory.CreateDirectory(bin);
            string log = Path.Combine(_folder.Path, "nanoff.log");
            string script = "#!/bin/sh\n"
                + "echo \"$@\" >> '" + log + "'\n"
                + "cat \"$2\"\n"
                + (extraLine.Length > 0 ? "echo '" + extraLine + "'\n" : string.Empty)
                + "exit " + exitCode + "\n";
            string path = Path.Combine(bin, "nanoff");
            File.WriteAllText(path, script);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            return bin;
        }

        private string NanoffLog => File.ReadAllText(Path.Combine(_folder.Path, "nanoff.log"));

        [Fact]
        public void A_dry_run_writes_the_files_prints_the_nanoff_commands_and_masks_the_secrets()
        {
            string nanoffBin = OperatingSystem.IsWindows() ? string.Empty : InstallScriptNanoff(0);

            Result result = Run(nanoffBin, "--lets-encrypt", "--dry-run");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("  nanoff --networkdeployment " + Path.Combine(OutputFolder, "network.json") + " --serialport /dev/ttyUSB0\n", result.Output.Replace("\r\n", "\n"));
            Assert.Contains("  nanoff --filedeployment " + Path.Combine(OutputFolder, "files.json") + " --serialport /dev/ttyUSB0\n", result.Output.Replace("\r\n", "\n"));
            Assert.Contains("Dry run: nothing sent to the device", result.Output);
            Assert.Contains("password Wi\u202621", result.Output);
            Assert.Contains("token        to\u2026ha", result.Output);
            Assert.True(File.Exists(Path.Combine(OutputFolder, "network.json")));
            Assert.True(File.Exists(Path.Combine(OutputFolder, "files.json")));
            Assert.True(File.Exists(Path.Combine(OutputFolder, "deskstats.json")));
            Assert.True(File.Exists(Path.Combine(OutputFolder, "ca-bundle.pem")));
            Assert.False(File.Exists(Path.Combine(_folder.Path, "nanoff.log")), "a dry run must not start nanoff");
            AssertNoSecret(result);
        }

        [Fact]
        public void Invalid_input_lists_every_problem_writes_nothing_and_exits_2()
        {
            Result result = RunRaw(string.Empty, new[]
            {
                "--port", "/dev/ttyUSB0", "--ssid", new string('s', 33), "--password", "short", "--relay", "wss://stats.example.com/",
                "--token", "bad token", "--board", "esp8266", "--out", "out",
            });

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: --ssid: is 33 bytes", result.Error);
            Assert.Contains("error: --password: is 5 characters", result.Error);
            Assert.Contains("error: --relay: has no port", result.Error);
            Assert.Contains("error: --token: character 4 is not URL-safe", result.Error);
            Assert.Contains("error: --board: 'esp8266' is not a supported board", result.Error);
            Assert.Contains("Nothing was written.", result.Error);
            Assert.False(Directory.Exists(OutputFolder));
            Assert.DoesNotContain("short", result.Error.Replace("a WPA2 passphrase", string.Empty).Replace("--password: is 5", string.Empty));
        }

        [Fact]
        public void A_missing_password_and_port_are_named()
        {
            Result result = RunRaw(string.Empty, new[] { "--ssid", "Home", "--relay", "wss://h:8080/", "--token", "t" });

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: --port: is missing", result.Error);
            Assert.Contains("error: --password: is missing: give the Wi-Fi password, or --password \"\" for an open network", result.Error);
        }

        [Fact]
        public void A_bad_ca_file_stops_provisioning()
        {
            string expired = TestCertificates.CreatePem("Old", true, DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddDays(-1));
            _folder.Write("old.pem", expired);

            Result result = Run(string.Empty, "--ca", "old.pem", "--dry-run");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: --ca: old.pem: 'Old' expired on", result.Error);
            Assert.False(Directory.Exists(OutputFolder));
        }

        [Fact]
        public void An_open_network_and_no_ca_give_warnings_but_go_ahead()
        {
            Result result = RunRaw(string.Empty, new[]
            {
                "--port", "COM5", "--ssid", "Cafe", "--password", "", "--relay", "wss://h:8080/", "--token", "t", "--out", "out", "--dry-run",
            });

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("warning: --password: is empty: the device will join an OPEN network", result.Error);
            Assert.Contains("warning: --ca: neither --ca nor --lets-encrypt given", result.Error);
            Assert.False(File.Exists(Path.Combine(OutputFolder, "ca-bundle.pem")));
        }

        [Fact]
        public void Without_nanoff_on_path_the_exact_commands_are_printed()
        {
            Result result = Run(Path.Combine(_folder.Path, "empty-bin"), "--lets-encrypt");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("nanoff was not found on PATH (install it with: dotnet tool install -g nanoff)", result.Output);
            Assert.Contains("  nanoff --networkdeployment " + Path.Combine(OutputFolder, "network.json") + " --serialport /dev/ttyUSB0", result.Output);
            Assert.Contains("  nanoff --filedeployment " + Path.Combine(OutputFolder, "files.json") + " --serialport /dev/ttyUSB0", result.Output);
            AssertNoSecret(result);
        }

        [Fact]
        public void Nanoff_on_path_runs_network_then_file_deployment_and_its_output_is_redacted()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            string nanoffBin = InstallScriptNanoff(0);

            Result result = Run(nanoffBin, "--lets-encrypt");

            Assert.Equal(0, result.ExitCode);
            string network = Path.Combine(OutputFolder, "network.json");
            string files = Path.Combine(OutputFolder, "files.json");
            Assert.Equal(
                "--networkdeployment " + network + " --serialport /dev/ttyUSB0\n--filedeployment " + files + " --serialport /dev/ttyUSB0\n",
                NanoffLog);
            Assert.Contains("Running: nanoff --networkdeployment " + network, result.Output);
            // The stand-in prints network.json, which holds the password: it must reach the screen masked.
            Assert.Contains("  |     \"Password\": \"Wi\u202621\",", result.Output);
            Assert.Contains("Done. Press the board's EN/RST button", result.Output);
            AssertNoSecret(result);
        }

        [Fact]
        public void A_failing_nanoff_stops_at_the_first_deployment_and_exits_3()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            string nanoffBin = InstallScriptNanoff(1);

            Result result = Run(nanoffBin);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("error: nanoff failed (exit code 1). Is the board plugged in on /dev/ttyUSB0", result.Error);
            Assert.Single(NanoffLog.Trim().Split('\n'));
            AssertNoSecret(result);
        }

        [Fact]
        public void A_nanoff_error_line_counts_as_failure_even_with_exit_code_0()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            string nanoffBin = InstallScriptNanoff(0, "Error deploying content file x to I:\\deskstats.json");

            Result result = Run(nanoffBin);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("error: nanoff failed (exit code 0)", result.Error);
        }

        [Fact]
        public void Password_and_token_can_come_from_files_and_stay_off_the_screen()
        {
            _folder.Write("wifi.txt", Password + "\n");
            _folder.Write("token.txt", Token + "\r\nsecond line ignored\n");

            Result result = RunRaw(string.Empty, new[]
            {
                "--port", "/dev/ttyUSB0", "--ssid", "Home", "--password-file", "wifi.txt", "--relay", "wss://stats.example.com:8080/",
                "--token-file", "token.txt", "--out", "out", "--lets-encrypt", "--dry-run",
            });

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"Password\": \"" + Password + "\"", File.ReadAllText(Path.Combine(OutputFolder, "network.json")));
            Assert.Contains("\"token\": \"" + Token + "\"", File.ReadAllText(Path.Combine(OutputFolder, "deskstats.json")));
            AssertNoSecret(result);
        }

        [Fact]
        public void A_secret_given_twice_or_an_unreadable_secret_file_is_named_once()
        {
            _folder.Write("wifi.txt", Password);

            Result result = RunRaw(string.Empty, new[]
            {
                "--port", "/dev/ttyUSB0", "--ssid", "Home", "--password", Password, "--password-file", "wifi.txt", "--relay", "wss://h:8080/",
                "--token-file", "missing.txt", "--dry-run",
            });

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: --password: is given both directly and with --password-file: use one", result.Error);
            Assert.Contains("error: --token-file: cannot read " + Path.Combine(_folder.Path, "missing.txt"), result.Error);
            Assert.DoesNotContain("--token: is missing", result.Error);
            AssertNoSecret(result);
        }

        [Fact]
        public void A_private_ca_goes_to_internal_storage_and_the_ca_store_with_the_lets_encrypt_roots()
        {
            string caPem = TestCertificates.ValidCaPem("Home Root");
            _folder.Write("home-root.pem", caPem);

            Result result = Run(string.Empty, "--ca", "home-root.pem", "--lets-encrypt", "--dry-run");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("  trust        CA store <- home-root.pem, ISRG Root X1 and X2; I:\\relay-ca.pem <- home-root.pem", result.Output);
            Assert.Equal(caPem, File.ReadAllText(Path.Combine(OutputFolder, "relay-ca.pem")));
            string bundle = File.ReadAllText(Path.Combine(OutputFolder, "ca-bundle.pem"));
            Assert.StartsWith(caPem + BundledCertificates.LetsEncryptRootsPem(), bundle);
            Assert.Contains("\"caCertificateFile\": \"I:\\\\relay-ca.pem\"", File.ReadAllText(Path.Combine(OutputFolder, "deskstats.json")));
            Assert.Empty(result.Error);
        }

        [Fact]
        public void An_insecure_test_relay_needs_the_flag_and_is_written_with_allow_insecure()
        {
            Result refused = RunRaw(string.Empty, new[]
            {
                "--port", "COM5", "--ssid", "Lab", "--password", Password, "--relay", "ws://192.168.1.20:8080/", "--token", Token, "--out", "out", "--dry-run",
            });
            Result allowed = RunRaw(string.Empty, new[]
            {
                "--port", "COM5", "--ssid", "Lab", "--password", Password, "--relay", "ws://192.168.1.20:8080/", "--token", Token, "--out", "out", "--dry-run",
                "--allow-insecure",
            });

            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("error: --relay: starts with ws://, an unencrypted link", refused.Error);
            Assert.Equal(0, allowed.ExitCode);
            Assert.Contains("warning: --relay: is plain ws://", allowed.Error);
            Assert.DoesNotContain("neither --ca nor --lets-encrypt", allowed.Error);
            Assert.Contains("\"allowInsecure\": true", File.ReadAllText(Path.Combine(OutputFolder, "deskstats.json")));
            AssertNoSecret(refused);
            AssertNoSecret(allowed);
        }

        [Fact]
        public void Help_prints_the_usage_with_the_board_ids()
        {
            Result result = RunRaw(string.Empty, new[] { "--help" });

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("--board               board profile: cyd, cyd-st7789, esp32-st7789-240, t-display (default cyd)", result.Output);
            Assert.Contains("\"\" for an open network", result.Output);
        }
    }
}
