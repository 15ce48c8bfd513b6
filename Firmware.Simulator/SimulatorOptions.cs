using System;
using System.Globalization;
using System.IO;

namespace DeskStats.Simulator
{
    /// <summary>What the simulator was asked to do.</summary>
    public enum SimulatorMode
    {
        /// <summary>Show the screen of a relay (the built-in demo relay when no --relay is given).</summary>
        Simulate = 0,
        /// <summary>Run only the demo relay, for a device on the desk (--serve-relay).</summary>
        ServeRelay = 1,
        /// <summary>Print the usage and exit (--help).</summary>
        Help = 2
    }

    /// <summary>The parsed command line of the simulator. <see cref="Parse"/> validates everything it can check alone.</summary>
    public sealed class SimulatorOptions
    {
        /// <summary>The usage line printed with every argument error.</summary>
        public const string Usage =
            "usage: deskstats-simulator [--relay wss://host:port/?token=T] [--token T] [--ca file.pem] [--board ID] " +
            "[--page dashboard|map] [--png path] [--headless] [--once] [--timeout seconds]\n" +
            "       deskstats-simulator --settings deskstats.json [--board ID] [--page dashboard|map] [--png path] [--headless] [--once] [--timeout seconds]\n" +
            "       deskstats-simulator --serve-relay [--port N] [--token T] [--listen-any]";

        /// <summary>Default time --once waits for a data screen, in seconds.</summary>
        public const int DefaultTimeoutSeconds = 20;

        /// <summary>Default port of --serve-relay (the real relay's default).</summary>
        public const int DefaultServePort = 8080;

        /// <summary>What to do.</summary>
        public SimulatorMode Mode { get; private set; } = SimulatorMode.Simulate;

        /// <summary>The relay URL without the token (wss://), or null for the built-in demo relay.</summary>
        public Uri RelayUrl { get; private set; }

        /// <summary>The device token from --token or the URL's query string; null when neither gave one.</summary>
        public string Token { get; private set; }

        /// <summary>Full path of the PEM file of the CA to trust, or null for the system store.</summary>
        public string CaFile { get; private set; }

        /// <summary>Board profile id (default "cyd", or the settings file's).</summary>
        public string Board { get; private set; } = "cyd";

        /// <summary>True when --board was given (it then wins over a settings file's board).</summary>
        public bool BoardGiven { get; private set; }

        /// <summary>Full path of a device settings file to use instead of --relay/--token/--ca, or null.</summary>
        public string SettingsFile { get; private set; }

        /// <summary>Where the PNG of the screen is written on every change (default screen.png).</summary>
        public string PngPath { get; private set; } = "screen.png";

        /// <summary>No terminal drawing.</summary>
        public bool Headless { get; private set; }

        /// <summary>The page shown while there is data (--page dashboard|map); in live mode space or p turns pages.</summary>
        public DeskStats.Display.ScreenPage Page { get; private set; }

        /// <summary>Exit at the first complete data screen (or the timeout), printing one JSON line.</summary>
        public bool Once { get; private set; }

        /// <summary>Seconds --once waits, 1 to 3600.</summary>
        public int TimeoutSeconds { get; private set; } = DefaultTimeoutSeconds;

        /// <summary>Port for --serve-relay, 1 to 65535 (0 = ephemeral).</summary>
        public int Port { get; private set; } = -1;

        /// <summary>--serve-relay listens on every interface, not only 127.0.0.1.</summary>
        public bool ListenAny { get; private set; }

        /// <summary>Seed of the demo site's script.</summary>
        public int Seed { get; private set; } = 2026;

        /// <summary>Print the link's debug lines (secrets masked) to stderr.</summary>
        public bool Verbose { get; private set; }

        /// <summary>Speed factor of the demo site's script (1 = scripted pace).</summary>
        public double Speed { get; private set; } = 1.0;

        /// <summary>
        /// Parses <paramref name="args"/>. Returns null and sets <paramref name="error"/> to a one-line explanation
        /// when they are wrong; <paramref name="isKnownBoard"/> tells whether a board id exists.
        /// </summary>
        public static SimulatorOptions Parse(string[] args, Func<string, bool> isKnownBoard, out string error)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            if (isKnownBoard == null) throw new ArgumentNullException(nameof(isKnownBoard));
            var options = new SimulatorOptions();
            string relay = null;
            string tokenOption = null;
            error = null;
            for (int index = 0; index < args.Length; index++)
            {
                string argument = args[index];
                switch (argument)
                {
                    case "--help":
                    case "-h":
                        options.Mode = SimulatorMode.Help;
                        return options;
                    case "--relay":
                        if (!TakeValue(args, ref index, out relay, out error)) return null;
                        break;
                    case "--token":
                        if (!TakeValue(args, ref index, out tokenOption, out error)) return null;
                        break;
                    case "--ca":
                        if (!TakeValue(args, ref index, out string ca, out error)) return null;
                        options.CaFile = Path.GetFullPath(ca);
                        break;
                    case "--board":
                        if (!TakeValue(args, ref index, out string board, out error)) return null;
                        options.Board = board;
                        options.BoardGiven = true;
                        break;
                    case "--settings":
                        if (!TakeValue(args, ref index, out string settingsFile, out error)) return null;
                        options.SettingsFile = Path.GetFullPath(settingsFile);
                        break;
                    case "--png":
                        if (!TakeValue(args, ref index, out string png, out error)) return null;
                        options.PngPath = png;
                        break;
                    case "--headless":
                        options.Headless = true;
                        break;
                    case "--page":
                        if (!TakeValue(args, ref index, out string page, out error)) return null;
                        if (page == "dashboard") options.Page = DeskStats.Display.ScreenPage.Dashboard;
                        else if (page == "map") options.Page = DeskStats.Display.ScreenPage.Map;
                        else
                        {
                            error = "--page must be dashboard or map";
                            return null;
                        }

                        break;
                    case "--once":
                        options.Once = true;
                        break;
                    case "--timeout":
                        if (!TakeInteger(args, ref index, 1, 3600, out int timeout, out error)) return null;
                        options.TimeoutSeconds = timeout;
                        break;
                    case "--serve-relay":
                        options.Mode = SimulatorMode.ServeRelay;
                        break;
                    case "--port":
                        if (!TakeInteger(args, ref index, 0, 65535, out int port, out error)) return null;
                        options.Port = port;
                        break;
                    case "--verbose":
                        options.Verbose = true;
                        break;
                    case "--listen-any":
                        options.ListenAny = true;
                        break;
                    case "--seed":
                        if (!TakeInteger(args, ref index, int.MinValue, int.MaxValue, out int seed, out error)) return null;
                        options.Seed = seed;
                        break;
                    case "--speed":
                        if (!TakeValue(args, ref index, out string speedText, out error)) return null;
                        if (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out double speed) || speed < 0.1 || speed > 1000)
                        {
                            error = "--speed must be a number from 0.1 to 1000, got '" + speedText + "'";
                            return null;
                        }

                        options.Speed = speed;
                        break;
                    default:
                        error = "unknown argument '" + argument + "'";
                        return null;
                }
            }

            if (options.Mode == SimulatorMode.ServeRelay)
            {
                if (relay != null || options.Once || options.CaFile != null || options.SettingsFile != null)
                {
                    error = "--serve-relay runs only the demo relay: --relay, --ca, --settings and --once do not apply";
                    return null;
                }

                options.Token = tokenOption;
                if (options.Port < 0) options.Port = DefaultServePort;
                return options;
            }

            if (options.Port >= 0 || options.ListenAny)
            {
                error = "--port and --listen-any apply to --serve-relay only";
                return null;
            }

            if (!isKnownBoard(options.Board))
            {
                error = "unknown board '" + options.Board + "' (known: " + string.Join(", ", DeskStats.Display.BoardProfiles.Ids) + ")";
                return null;
            }

            if (options.SettingsFile != null)
            {
                if (relay != null || tokenOption != null || options.CaFile != null)
                {
                    error = "--settings holds the relay, the token and the CA: --relay, --token and --ca do not apply";
                    return null;
                }

                if (!File.Exists(options.SettingsFile))
                {
                    error = "settings file not found: " + options.SettingsFile;
                    return null;
                }

                return options;
            }

            if (relay == null)
            {
                if (tokenOption != null || options.CaFile != null)
                {
                    error = "--token and --ca need --relay (without --relay the built-in demo relay is used)";
                    return null;
                }

                return options;
            }

            if (!Uri.TryCreate(relay, UriKind.Absolute, out Uri url))
            {
                error = "--relay must be a URL such as wss://host:8080/?token=T, got '" + relay + "'";
                return null;
            }

            if (url.Scheme != "wss")
            {
                error = "--relay must start with wss:// (the relay speaks TLS WebSocket only), got '" + relay + "'";
                return null;
            }

            string urlToken = QueryToken(url);
            options.Token = tokenOption ?? urlToken;
            options.RelayUrl = new UriBuilder(url) { Query = string.Empty, Fragment = string.Empty }.Uri;
            if (options.CaFile != null && !File.Exists(options.CaFile))
            {
                error = "CA file not found: " + options.CaFile;
                return null;
            }

            return options;
        }

        private static string QueryToken(Uri url)
        {
            string query = url.Query.TrimStart('?');
            foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = pair.IndexOf('=');
                string name = equals < 0 ? pair : pair.Substring(0, equals);
                if (name == "token")
                {
                    return Uri.UnescapeDataString(equals < 0 ? string.Empty : pair.Substring(equals + 1));
                }
            }

            return null;
        }

        private static bool TakeValue(string[] args, ref int index, out string value, out string error)
        {
            if (index + 1 >= args.Length || args[index + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = null;
                error = args[index] + " needs a value";
                return false;
            }

            index++;
            value = args[index];
            error = null;
            return true;
        }

        private static bool TakeInteger(string[] args, ref int index, int minimum, int maximum, out int value, out string error)
        {
            string name = args[index];
            value = 0;
            if (!TakeValue(args, ref index, out string text, out error)) return false;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) || value < minimum || value > maximum)
            {
                error = name + " must be a whole number from " + minimum + " to " + maximum + ", got '" + text + "'";
                return false;
            }

            return true;
        }
    }
}
