using System;
using System.Collections.Generic;
using System.Globalization;

namespace DeskStats.Tools.Provision
{
    /// <summary>Turns the arguments into a <see cref="ProvisionRequest"/>; accepts "--name value" and "--name=value".</summary>
    internal static class CommandLine
    {
        /// <summary>The usage text printed by --help and after a usage error.</summary>
        public const string Usage =
@"provision: sets a DeskStats device up over its serial port (Wi-Fi, relay, token, CA certificate, board).

Usage:
  provision --port /dev/ttyUSB0 --ssid NAME --password PASS --relay wss://host:8080/ --token TOKEN
            (or --password-file FILE / --token-file FILE)
            [--ca relay-ca.pem] [--lets-encrypt] [--board cyd] [--brightness 1-100]
            [--utc-offset-minutes -720..840] [--page-seconds 0-3600] [--touch] [--out DIR] [--dry-run] [--allow-insecure]

  --port                serial port of the device (nanoff --listports lists them)
  --ssid                Wi-Fi network name, 1 to 32 bytes
  --password            WPA2 passphrase (8-63 printable ASCII) or 64 hex digits; """" for an open network
  --password-file       read the password from the first line of a file instead (keeps it out of shell history)
  --relay               relay address: wss://, host and port, no query (the device adds ?token=)
  --token               device token the relay expects (A-Z a-z 0-9 - . _ ~)
  --token-file          read the token from the first line of a file instead
  --ca                  PEM file with the CA that signed the relay's certificate (private CA)
  --lets-encrypt        trust the Let's Encrypt roots ISRG Root X1 and X2 (public certificate)
  --board               board profile: {0} (default cyd)
  --brightness          backlight in percent, 1 to 100 (default 100)
  --utc-offset-minutes  local time offset from UTC for the clock, e.g. 60 for UTC+1 (default 0)
  --page-seconds        turn the pages (dashboard, visitors, map) every N seconds; 0 = only with the BOOT button (default 0)
  --touch               a tap anywhere on the touch panel turns the page too (boards with one: cyd, cyd-st7789)
  --out                 folder for the generated files (default ./deskstats-provision)
  --dry-run             write the files and print the nanoff commands, do not run nanoff
  --allow-insecure      accept a plain ws:// relay (test relays only; shown on the screen)

Exit codes: 0 done, 2 invalid input, 3 nanoff failed, 4 could not write the files.";

        private static readonly string[] ValueOptions =
        {
            "--port", "--ssid", "--password", "--password-file", "--relay", "--token", "--token-file", "--ca", "--board", "--brightness",
            "--utc-offset-minutes", "--page-seconds", "--out"
        };

        private static readonly string[] FlagOptions = { "--lets-encrypt", "--dry-run", "--allow-insecure", "--touch", "--help", "-h" };

        /// <summary>Parses <paramref name="arguments"/>; usage problems go to <paramref name="report"/>.</summary>
        public static ProvisionRequest Parse(string[] arguments, ValidationReport report)
        {
            var request = new ProvisionRequest();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int index = 0; index < arguments.Length; index++)
            {
                string argument = arguments[index];
                string name = argument;
                string value = null;
                int equals = argument.IndexOf('=');
                if (argument.StartsWith("--", StringComparison.Ordinal) && equals > 2)
                {
                    name = argument.Substring(0, equals);
                    value = argument.Substring(equals + 1);
                }

                if (Array.IndexOf(FlagOptions, name) >= 0)
                {
                    if (value != null)
                    {
                        report.AddError(name, "takes no value");
                        continue;
                    }

                    ApplyFlag(request, name);
                    continue;
                }

                if (Array.IndexOf(ValueOptions, name) < 0)
                {
                    // Never echo an unknown argument: it may be a misplaced password.
                    report.AddError("argument " + (index + 1), name.StartsWith("-", StringComparison.Ordinal) ? "unknown option " + name : "unexpected value (options start with --)");
                    continue;
                }

                if (value == null)
                {
                    if (index + 1 >= arguments.Length)
                    {
                        report.AddError(name, "needs a value");
                        continue;
                    }

                    value = arguments[++index];
                }

                if (!seen.Add(name))
                {
                    report.AddError(name, "is given more than once");
                    continue;
                }

                ApplyValue(request, name, value, report);
            }

            return request;
        }

        private static void ApplyFlag(ProvisionRequest request, string name)
        {
            switch (name)
            {
                case "--lets-encrypt": request.LetsEncrypt = true; break;
                case "--dry-run": request.DryRun = true; break;
                case "--allow-insecure": request.AllowInsecure = true; break;
                case "--touch": request.Touch = true; break;
                default: request.ShowHelp = true; break;
            }
        }

        private static void ApplyValue(ProvisionRequest request, string name, string value, ValidationReport report)
        {
            switch (name)
            {
                case "--port": request.Port = value; break;
                case "--ssid": request.Ssid = value; break;
                case "--password": request.Password = value; break;
                case "--relay": request.RelayUrl = value; break;
                case "--token": request.Token = value; break;
                case "--password-file": request.PasswordFile = value; break;
                case "--token-file": request.TokenFile = value; break;
                case "--ca": request.CaFile = value; break;
                case "--board": request.Board = value; break;
                case "--out": request.OutputDirectory = value; break;
                case "--brightness": request.Brightness = ParseInteger(name, value, report, request.Brightness); break;
                case "--utc-offset-minutes": request.UtcOffsetMinutes = ParseInteger(name, value, report, request.UtcOffsetMinutes); break;
                case "--page-seconds": request.PageSeconds = ParseInteger(name, value, report, request.PageSeconds); break;
            }
        }

        private static int ParseInteger(string name, string value, ValidationReport report, int fallback)
        {
            int result;
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result))
            {
                return result;
            }

            report.AddError(name, "'" + value + "' is not a whole number");
            return fallback;
        }
    }
}
