namespace DeskStats.Settings
{
    /// <summary>What is wrong with the settings file; <see cref="None"/> when nothing is.</summary>
    public enum SettingsProblemKind
    {
        /// <summary>The settings are fine.</summary>
        None = 0,
        /// <summary>The file is missing or empty.</summary>
        FileMissing = 1,
        /// <summary>The file is larger than <see cref="RelaySettingsParser.MaxFileBytes"/>.</summary>
        FileTooLarge = 2,
        /// <summary>The file is not a JSON object.</summary>
        NotJson = 3,
        /// <summary>A required setting is absent.</summary>
        Missing = 4,
        /// <summary>A setting has the wrong JSON type (e.g. a string where a number belongs).</summary>
        WrongType = 5,
        /// <summary><c>version</c> is newer than this firmware understands, or below 1.</summary>
        UnsupportedVersion = 6,
        /// <summary><c>relayUrl</c> starts with something other than wss:// or ws://.</summary>
        NotWebSocketUrl = 7,
        /// <summary><c>relayUrl</c> is ws:// but <c>allowInsecure</c> is not true.</summary>
        InsecureNotAllowed = 8,
        /// <summary><c>relayUrl</c> has no host, or a host with characters a host name cannot have.</summary>
        BadHost = 9,
        /// <summary><c>relayUrl</c> has a port that is not a number from 1 to 65535.</summary>
        BadPort = 10,
        /// <summary><c>relayUrl</c> holds something a relay URL must not (spaces, user name, fragment, a token).</summary>
        BadUrl = 11,
        /// <summary><c>token</c> is empty.</summary>
        EmptyToken = 12,
        /// <summary><c>token</c> holds spaces or control characters, or is too long.</summary>
        BadToken = 13,
        /// <summary><c>board</c> names no known board profile.</summary>
        UnknownBoard = 14,
        /// <summary>A number is outside its range.</summary>
        OutOfRange = 15,
        /// <summary>A time of day is not "HH:MM" (00:00 to 23:59).</summary>
        BadTime = 16,
        /// <summary>A file name is not an absolute device path such as I:\relay-ca.pem.</summary>
        BadPath = 17,
        /// <summary><c>touch</c> is true but the board has no touch panel.</summary>
        NoTouchPanel = 18
    }

    /// <summary>The outcome of reading the settings: the kind of problem and the setting it concerns.</summary>
    public struct SettingsProblem
    {
        /// <summary>Creates a problem of <paramref name="kind"/> with <paramref name="setting"/>.</summary>
        public SettingsProblem(SettingsProblemKind kind, string setting)
        {
            Kind = kind;
            Setting = setting ?? string.Empty;
        }

        /// <summary>What is wrong; None when the settings are fine.</summary>
        public SettingsProblemKind Kind { get; }

        /// <summary>The setting's name as in the file (e.g. "relayUrl", "nightDimming.from"), "deskstats.json" for whole-file problems, empty for None.</summary>
        public string Setting { get; }

        /// <summary>True when the settings are fine.</summary>
        public bool IsNone => Kind == SettingsProblemKind.None;

        /// <summary>Short plain words for the setup-needed screen.</summary>
        public string Describe() => Describe(Kind);

        /// <summary>Short plain words for the setup-needed screen, one per kind.</summary>
        public static string Describe(SettingsProblemKind kind)
        {
            switch (kind)
            {
                case SettingsProblemKind.None: return string.Empty;
                case SettingsProblemKind.FileMissing: return "settings file missing";
                case SettingsProblemKind.FileTooLarge: return "settings file too large";
                case SettingsProblemKind.NotJson: return "settings file is not valid JSON";
                case SettingsProblemKind.Missing: return "is missing";
                case SettingsProblemKind.WrongType: return "has the wrong type";
                case SettingsProblemKind.UnsupportedVersion: return "version not supported";
                case SettingsProblemKind.NotWebSocketUrl: return "must start with wss://";
                case SettingsProblemKind.InsecureNotAllowed: return "ws:// needs allowInsecure";
                case SettingsProblemKind.BadHost: return "host name missing or wrong";
                case SettingsProblemKind.BadPort: return "port must be 1-65535";
                case SettingsProblemKind.BadUrl: return "not a valid relay URL";
                case SettingsProblemKind.EmptyToken: return "must not be empty";
                case SettingsProblemKind.BadToken: return "has spaces or is too long";
                case SettingsProblemKind.UnknownBoard: return "unknown board";
                case SettingsProblemKind.OutOfRange: return "out of range";
                case SettingsProblemKind.BadTime: return "must be HH:MM";
                case SettingsProblemKind.BadPath: return "must be a path like I:\\ca.pem";
                case SettingsProblemKind.NoTouchPanel: return "board has no touch panel";
                default: return "wrong";
            }
        }
    }
}
