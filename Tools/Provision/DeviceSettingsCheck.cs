using System.Collections.Generic;
using System.Globalization;
using DeskStats.Display;
using DeskStats.Settings;

namespace DeskStats.Tools.Provision
{
    /// <summary>
    /// Runs the device's own settings parser (<see cref="RelaySettingsParser"/>, the very code the firmware runs at
    /// start) on the settings file the tool is about to write, so the device accepts exactly what the tool writes and
    /// the rules live in one place. Its problem is reported against the command-line option that set the value.
    /// </summary>
    internal static class DeviceSettingsCheck
    {
        /// <summary>
        /// Parses <paramref name="settingsFile"/> as the device would. A problem is added to <paramref name="report"/>
        /// unless its option already has one (the tool's own, more specific message). Returns the parsed settings.
        /// </summary>
        public static RelaySettings Check(byte[] settingsFile, ProvisionRequest request, ValidationReport report)
        {
            var settings = new RelaySettings();
            SettingsProblem problem = RelaySettingsParser.Parse(settingsFile, settingsFile.Length, settings);
            if (problem.IsNone)
            {
                return settings;
            }

            string option = OptionFor(problem.Setting);
            if (!report.HasErrorFor(option))
            {
                report.AddError(option, Explain(problem, request));
            }

            return null;
        }

        /// <summary>The command-line option that sets <paramref name="setting"/> (a name in the settings file).</summary>
        public static string OptionFor(string setting)
        {
            switch (setting)
            {
                case "relayUrl": return "--relay";
                case "token": return "--token";
                case "board": return "--board";
                case "brightness": return "--brightness";
                case "utcOffsetMinutes": return "--utc-offset-minutes";
                case "pageSeconds": return "--page-seconds";
                case "caCertificateFile": return "--ca";
                case "allowInsecure": return "--allow-insecure";
                case "touch": return "--touch";
                default: return "settings file";
            }
        }

        private static IEnumerable<string> TouchBoards()
        {
            foreach (BoardProfile board in BoardProfiles.All)
            {
                if (board.Touch != null)
                {
                    yield return board.Id;
                }
            }
        }

        private static string Explain(SettingsProblem problem, ProvisionRequest request)
        {
            string device = "the device would reject it: " + problem.Describe();
            switch (problem.Kind)
            {
                case SettingsProblemKind.NotWebSocketUrl:
                    return "must start with wss:// (a TLS WebSocket), e.g. wss://stats.example.com:8080/";
                case SettingsProblemKind.InsecureNotAllowed:
                    return "starts with ws://, an unencrypted link: use wss:// (or add --allow-insecure for a test relay on your own network)";
                case SettingsProblemKind.BadHost:
                    return device + "; give the relay's host name or IP address, e.g. wss://stats.example.com:8080/";
                case SettingsProblemKind.BadPort:
                    return device + " (a number from 1 to 65535, e.g. 8080)";
                case SettingsProblemKind.BadUrl:
                    return device + " (no spaces, user name, password, fragment or token in the address; the token goes in --token)";
                case SettingsProblemKind.BadToken:
                    return device + " (at most " + RelaySettingsParser.MaxTokenLength + " printable ASCII characters)";
                case SettingsProblemKind.UnknownBoard:
                    return "'" + request.Board + "' is not a board the firmware knows; use one of: " + string.Join(", ", BoardProfiles.Ids);
                case SettingsProblemKind.OutOfRange when problem.Setting == "brightness":
                    return "is " + request.Brightness.ToString(CultureInfo.InvariantCulture) + "; give a percentage from 1 to 100";
                case SettingsProblemKind.OutOfRange when problem.Setting == "utcOffsetMinutes":
                    return "is " + request.UtcOffsetMinutes.ToString(CultureInfo.InvariantCulture) + "; local time is UTC-12:00 to UTC+14:00, so "
                        + RelaySettingsParser.MinUtcOffsetMinutes + " to " + RelaySettingsParser.MaxUtcOffsetMinutes + " minutes";
                case SettingsProblemKind.OutOfRange when problem.Setting == "pageSeconds":
                    return "is " + request.PageSeconds.ToString(CultureInfo.InvariantCulture) + "; give 0 (turn pages only with the button) to "
                        + RelaySettingsParser.MaxPageSeconds + " seconds";
                case SettingsProblemKind.NoTouchPanel:
                    return "'" + request.Board + "' has no touch panel; leave --touch out (the BOOT button turns the pages) or use a board with one: "
                        + string.Join(", ", TouchBoards());
                case SettingsProblemKind.FileTooLarge:
                    return "would be larger than the " + RelaySettingsParser.MaxFileBytes + " bytes the device reads; shorten the relay URL or token";
                default:
                    return device;
            }
        }
    }
}
