using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using DeskStats.Display;
using DeskStats.Link;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// The provision command: check everything, write the files, run nanoff (or print its commands).
    /// Secrets (Wi-Fi password, token) are written to the files only; on screen they are always masked.
    /// </summary>
    internal static class ProvisionCommand
    {
        /// <summary>Everything done (or, without nanoff, the files written and the commands printed).</summary>
        public const int ExitOk = 0;
        /// <summary>An argument is missing or wrong; nothing was written.</summary>
        public const int ExitInvalidInput = 2;
        /// <summary>nanoff ran and failed.</summary>
        public const int ExitNanoffFailed = 3;
        /// <summary>The output folder or a file could not be written.</summary>
        public const int ExitWriteFailed = 4;

        /// <summary>Runs the command; normal output to <paramref name="output"/>, problems and warnings to <paramref name="error"/>.</summary>
        public static int Run(string[] arguments, TextWriter output, TextWriter error, ProvisionEnvironment environment)
        {
            var report = new ValidationReport();
            ProvisionRequest request = CommandLine.Parse(arguments, report);
            if (request.ShowHelp)
            {
                output.WriteLine(string.Format(CommandLine.Usage, string.Join(", ", BoardProfiles.Ids)));
                return ExitOk;
            }

            string relayCaPem = null;
            string caBundlePem = null;
            if (report.IsValid)
            {
                Validate(request, environment, report, out relayCaPem, out caBundlePem);
            }

            foreach (string warning in report.Warnings)
            {
                error.WriteLine("warning: " + warning);
            }

            if (!report.IsValid)
            {
                foreach (string problem in report.Errors)
                {
                    error.WriteLine("error: " + problem);
                }

                error.WriteLine("Nothing was written. `provision --help` lists the options.");
                return ExitInvalidInput;
            }

            PrintSummary(request, relayCaPem, caBundlePem, output);

            DeploymentFiles files;
            try
            {
                files = DeploymentFiles.Write(request, Path.Combine(environment.WorkingDirectory, request.OutputDirectory), relayCaPem, caBundlePem);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                error.WriteLine("error: --out: cannot write the files (" + exception.Message + ")");
                return ExitWriteFailed;
            }

            output.WriteLine("Wrote (the folder holds the Wi-Fi password and the token: delete it when done):");
            foreach (string path in files.Written)
            {
                output.WriteLine("  " + path);
            }

            string[][] commands = Nanoff.DeploymentArguments(files, request.Port);
            Nanoff nanoff = request.DryRun ? null : Nanoff.Locate(environment.PathVariable, environment.WorkingDirectory);
            if (nanoff == null)
            {
                output.WriteLine(request.DryRun
                    ? "Dry run: nothing sent to the device. To deploy, run:"
                    : "nanoff was not found on PATH (install it with: dotnet tool install -g nanoff). Nothing sent to the device yet. Run:");
                foreach (string[] command in commands)
                {
                    output.WriteLine("  " + Nanoff.Format("nanoff", command));
                }

                output.WriteLine("then press the board's EN/RST button.");
                return ExitOk;
            }

            Func<string, string> redact = line => Redact(line, request);
            foreach (string[] command in commands)
            {
                output.WriteLine("Running: " + Nanoff.Format(nanoff.DisplayName, command));
                int exitCode;
                bool succeeded;
                try
                {
                    succeeded = nanoff.Run(command, output, redact, out exitCode);
                }
                catch (System.ComponentModel.Win32Exception exception)
                {
                    error.WriteLine("error: cannot start " + nanoff.FileName + " (" + exception.Message + ")");
                    return ExitNanoffFailed;
                }

                if (!succeeded)
                {
                    error.WriteLine("error: nanoff failed (exit code " + exitCode + "). Is the board plugged in on " + request.Port
                        + " and running the nanoFramework runtime (see docs/user-guide.md)? `nanoff --listports` lists the ports; close any other program using the port.");
                    return ExitNanoffFailed;
                }
            }

            output.WriteLine("Done. Press the board's EN/RST button (or unplug and replug it): the app reads the settings when it starts.");
            return ExitOk;
        }

        private static void Validate(ProvisionRequest request, ProvisionEnvironment environment, ValidationReport report, out string relayCaPem, out string caBundlePem)
        {
            relayCaPem = null;
            caBundlePem = null;
            if (string.IsNullOrEmpty(request.Port))
            {
                report.AddError("--port", "is missing: give the board's serial port, e.g. /dev/ttyUSB0 or COM5 (`nanoff --listports` lists them)");
            }

            request.Password = ReadSecretFile("--password", request.Password, request.PasswordFile, environment, report);
            request.Token = ReadSecretFile("--token", request.Token, request.TokenFile, environment, report);
            WifiCredentialRules.CheckSsid(request.Ssid, report);
            if (request.Password != null)
            {
                WifiCredentialRules.CheckPassword(request.Password, report);
            }
            else if (!report.HasErrorFor("--password-file"))
            {
                report.AddError("--password", "is missing: give the Wi-Fi password, or --password \"\" for an open network");
            }

            RelaySettingsRules.CheckRelayUrl(request.RelayUrl, report);
            if (!report.HasErrorFor("--token-file"))
            {
                RelaySettingsRules.CheckToken(request.Token, report);
            }

            if (BoardProfiles.Find(request.Board) == null)
            {
                report.AddError("--board", "'" + request.Board + "' is not a supported board; use one of: " + string.Join(", ", BoardProfiles.Ids));
            }

            // Every rule of the settings file itself is the device's: run its parser on the bytes about to be written.
            if (!string.IsNullOrEmpty(request.RelayUrl) && !string.IsNullOrEmpty(request.Token))
            {
                DeviceSettingsCheck.Check(SettingsFile.Build(request), request, report);
            }

            if (request.AllowInsecure && request.RelayUrl != null && request.RelayUrl.StartsWith("ws://", StringComparison.OrdinalIgnoreCase))
            {
                report.AddWarning("--relay", "is plain ws://: the token and the data travel unencrypted; the screen shows this link as insecure");
            }

            var bundle = new StringBuilder();
            if (!string.IsNullOrEmpty(request.CaFile))
            {
                string path = Path.Combine(environment.WorkingDirectory, request.CaFile);
                string pem;
                X509Certificate2Collection certificates = CaCertificateRules.CheckFile("--ca", path, environment.UtcNow, report, out pem);
                if (certificates != null)
                {
                    relayCaPem = pem;
                    bundle.Append(BundledCertificates.EndWithNewline(pem));
                }
            }

            if (request.LetsEncrypt)
            {
                bundle.Append(BundledCertificates.LetsEncryptRootsPem());
            }

            if (bundle.Length > 0)
            {
                caBundlePem = bundle.ToString();
            }

            bool secure = request.RelayUrl != null && request.RelayUrl.StartsWith("wss:", StringComparison.OrdinalIgnoreCase);
            if (secure && string.IsNullOrEmpty(request.CaFile) && !request.LetsEncrypt)
            {
                report.AddWarning("--ca", "neither --ca nor --lets-encrypt given: the device keeps whatever CA store it has; a fresh device has none and its TLS handshake will fail");
            }
        }

        // The first line of the file named by --password-file / --token-file, without its line ending; the value
        // given directly when there is no file. Both at once is a mistake worth naming.
        private static string ReadSecretFile(string option, string value, string file, ProvisionEnvironment environment, ValidationReport report)
        {
            if (file == null)
            {
                return value;
            }

            if (value != null)
            {
                report.AddError(option, "is given both directly and with " + option + "-file: use one");
                return value;
            }

            string path = Path.Combine(environment.WorkingDirectory, file);
            try
            {
                using var reader = new StreamReader(path);
                return reader.ReadLine() ?? string.Empty;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                report.AddError(option + "-file", "cannot read " + path + " (" + exception.Message + ")");
                return null;
            }
        }

        private static void PrintSummary(ProvisionRequest request, string relayCaPem, string caBundlePem, TextWriter output)
        {
            BoardProfile board = BoardProfiles.Find(request.Board);
            output.WriteLine("DeskStats provisioning");
            output.WriteLine("  serial port  " + request.Port);
            output.WriteLine("  board        " + board.Id + ": " + board.DisplayName + " (runtime image " + board.FirmwareTarget + ")");
            output.WriteLine("  Wi-Fi        \"" + request.Ssid + "\", password " + Secrets.Mask(request.Password)
                + (string.IsNullOrEmpty(request.Password) ? " (open network)" : string.Empty));
            output.WriteLine("  relay        " + request.RelayUrl);
            output.WriteLine("  token        " + Secrets.Mask(request.Token));
            string trust;
            if (caBundlePem == null)
            {
                trust = "the CA store already on the device (nothing deployed)";
            }
            else
            {
                string store = relayCaPem != null ? Path.GetFileName(request.CaFile) + (request.LetsEncrypt ? ", ISRG Root X1 and X2" : string.Empty) : "ISRG Root X1 and X2";
                trust = "CA store <- " + store + (relayCaPem != null ? "; " + SettingsFile.DeviceCaCertificatePath + " <- " + Path.GetFileName(request.CaFile) : string.Empty);
            }

            output.WriteLine("  trust        " + trust);
            output.WriteLine("  brightness   " + request.Brightness + " %, UTC offset " + request.UtcOffsetMinutes + " min");
        }

        private static string Redact(string line, ProvisionRequest request)
        {
            if (!string.IsNullOrEmpty(request.Password))
            {
                line = line.Replace(request.Password, Secrets.Mask(request.Password), StringComparison.Ordinal);
            }

            if (!string.IsNullOrEmpty(request.Token))
            {
                line = line.Replace(request.Token, Secrets.Mask(request.Token), StringComparison.Ordinal);
            }

            return line;
        }
    }
}
