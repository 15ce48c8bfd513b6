using DeskStats.Display;
using DeskStats.Protocol;

namespace DeskStats.Settings
{
    /// <summary>
    /// Reads and checks the relay settings file (UTF-8 JSON, see docs/architecture.md "Settings file") with the
    /// firmware's own JSON token reader. Unknown members are skipped (a newer tool may add some); every problem
    /// is reported with the setting's name so the setup-needed screen can name it.
    /// </summary>
    public static class RelaySettingsParser
    {
        /// <summary>The name whole-file problems (missing, too large, not JSON) are reported under: the file's own name.</summary>
        public const string FileSettingName = "deskstats.json";

        /// <summary>Largest settings file accepted, in bytes.</summary>
        public const int MaxFileBytes = 4096;

        /// <summary>Longest token accepted, in characters.</summary>
        public const int MaxTokenLength = 512;

        /// <summary>Longest relay URL or file name accepted, in characters.</summary>
        public const int MaxTextLength = 1024;

        /// <summary>Highest <c>pageSeconds</c>: an hour between automatic page turns.</summary>
        public const int MaxPageSeconds = 3600;

        /// <summary>Lowest <c>utcOffsetMinutes</c> (UTC-12:00).</summary>
        public const int MinUtcOffsetMinutes = -720;

        /// <summary>Highest <c>utcOffsetMinutes</c> (UTC+14:00).</summary>
        public const int MaxUtcOffsetMinutes = 840;

        /// <summary>
        /// Reads <paramref name="length"/> bytes of <paramref name="data"/> into <paramref name="result"/> (reset to
        /// the defaults first) and checks them. Returns a problem of kind None when the settings are usable.
        /// </summary>
        public static SettingsProblem Parse(byte[] data, int length, RelaySettings result)
        {
            result.Reset();
            if (data == null || length <= 0)
            {
                return new SettingsProblem(SettingsProblemKind.FileMissing, FileSettingName);
            }

            if (length > MaxFileBytes || length > data.Length)
            {
                return new SettingsProblem(SettingsProblemKind.FileTooLarge, FileSettingName);
            }

            // Editors on Windows like to start UTF-8 files with a byte order mark.
            int offset = 0;
            if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
            {
                offset = 3;
            }

            var reader = new JsonTokenReader(4);
            reader.Reset(data, offset, length - offset);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new SettingsProblem(SettingsProblemKind.NotJson, FileSettingName);
            }

            var seen = new SeenSettings();
            SettingsProblem typeProblem = new SettingsProblem(SettingsProblemKind.None, string.Empty);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString(64);
                if (!reader.Read())
                {
                    break;
                }

                string wrongType = ReadMember(reader, name, "", result, seen);
                if (wrongType == null)
                {
                    if (!reader.Skip())
                    {
                        break;
                    }
                }
                else if (wrongType.Length > 0 && typeProblem.IsNone)
                {
                    typeProblem = new SettingsProblem(SettingsProblemKind.WrongType, wrongType);
                }

                if (reader.Error != JsonReadError.None)
                {
                    break;
                }
            }

            if (reader.Error != JsonReadError.None || reader.TokenType != JsonTokenType.EndObject || reader.Read() || !reader.IsComplete)
            {
                return new SettingsProblem(SettingsProblemKind.NotJson, FileSettingName);
            }

            if (!typeProblem.IsNone)
            {
                return typeProblem;
            }

            return Validate(result, seen);
        }

        /// <summary>True when <paramref name="board"/> names one of the supported boards (BoardProfiles).</summary>
        public static bool IsKnownBoard(string board)
        {
            return BoardProfiles.Find(board) != null;
        }

        /// <summary>Parses "HH:MM" (or "H:MM"), 00:00 to 23:59, into minutes after midnight; -1 when it is not such a time.</summary>
        public static int ParseTimeOfDay(string text)
        {
            if (text == null || (text.Length != 5 && text.Length != 4) || text[text.Length - 3] != ':')
            {
                return -1;
            }

            int hours = 0;
            for (int index = 0; index < text.Length - 3; index++)
            {
                if (text[index] < '0' || text[index] > '9')
                {
                    return -1;
                }

                hours = hours * 10 + (text[index] - '0');
            }

            char tens = text[text.Length - 2];
            char ones = text[text.Length - 1];
            if (tens < '0' || tens > '5' || ones < '0' || ones > '9' || hours > 23)
            {
                return -1;
            }

            return hours * 60 + (tens - '0') * 10 + (ones - '0');
        }

        // Reads the value of one member the reader is on. Returns null for an unknown member (the caller skips
        // it), the setting's name when the value has the wrong type, or "" when it was read.
        private static string ReadMember(JsonTokenReader reader, string name, string prefix, RelaySettings result, SeenSettings seen)
        {
            JsonTokenType type = reader.TokenType;
            int number;
            switch (name)
            {
                case "version":
                    if (!reader.TryGetInt32(out number))
                    {
                        return SkipWrong(reader, name);
                    }

                    result.Version = number;
                    seen.Version = true;
                    return string.Empty;
                case "relayUrl":
                    if (type != JsonTokenType.String)
                    {
                        return SkipWrong(reader, name);
                    }

                    result.RelayUrl = reader.GetString(MaxTextLength + 1);
                    seen.RelayUrl = true;
                    return string.Empty;
                case "token":
                    if (type != JsonTokenType.String)
                    {
                        return SkipWrong(reader, name);
                    }

                    result.Token = reader.GetString(MaxTokenLength + 1);
                    seen.Token = true;
                    return string.Empty;
                case "caCertificateFile":
                    if (type == JsonTokenType.Null)
                    {
                        result.CaCertificateFile = string.Empty;
                        return string.Empty;
                    }

                    if (type != JsonTokenType.String)
                    {
                        return SkipWrong(reader, name);
                    }

                    result.CaCertificateFile = reader.GetString(MaxTextLength + 1);
                    return string.Empty;
                case "board":
                    if (type != JsonTokenType.String)
                    {
                        return SkipWrong(reader, name);
                    }

                    result.Board = reader.GetString(64);
                    return string.Empty;
                case "brightness":
                    if (!reader.TryGetInt32(out number))
                    {
                        return SkipWrong(reader, name);
                    }

                    result.Brightness = number;
                    return string.Empty;
                case "utcOffsetMinutes":
                    if (!reader.TryGetInt32(out number))
                    {
                        return SkipWrong(reader, name);
                    }

                    result.UtcOffsetMinutes = number;
                    return string.Empty;
                case "pageSeconds":
                    if (!reader.TryGetInt32(out number))
                    {
                        return SkipWrong(reader, name);
                    }

                    result.PageSeconds = number;
                    return string.Empty;
                case "touch":
                    if (type != JsonTokenType.True && type != JsonTokenType.False)
                    {
                        return SkipWrong(reader, name);
                    }

                    result.Touch = type == JsonTokenType.True;
                    return string.Empty;
                case "allowInsecure":
                    if (type != JsonTokenType.True && type != JsonTokenType.False)
                    {
                        return SkipWrong(reader, name);
                    }

                    result.AllowInsecure = type == JsonTokenType.True;
                    return string.Empty;
                case "nightDimming":
                    return ReadNightDimming(reader, result, seen);
                default:
                    return null;
            }
        }

        private static string ReadNightDimming(JsonTokenReader reader, RelaySettings result, SeenSettings seen)
        {
            JsonTokenType type = reader.TokenType;
            if (type == JsonTokenType.Null)
            {
                result.HasNightDimming = false;
                return string.Empty;
            }

            if (type != JsonTokenType.StartObject)
            {
                return SkipWrong(reader, "nightDimming");
            }

            result.HasNightDimming = true;
            string problem = string.Empty;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString(64);
                if (!reader.Read())
                {
                    return string.Empty;
                }

                type = reader.TokenType;
                if (name == "from" || name == "to")
                {
                    if (type != JsonTokenType.String)
                    {
                        SetFirst(ref problem, SkipWrong(reader, "nightDimming." + name));
                        continue;
                    }

                    int minutes = ParseTimeOfDay(reader.GetString(8));
                    if (name == "from")
                    {
                        result.NightDimmingFromMinutes = minutes;
                        seen.NightFrom = true;
                    }
                    else
                    {
                        result.NightDimmingToMinutes = minutes;
                        seen.NightTo = true;
                    }
                }
                else if (name == "brightness")
                {
                    int number;
                    if (!reader.TryGetInt32(out number))
                    {
                        SetFirst(ref problem, SkipWrong(reader, "nightDimming.brightness"));
                        continue;
                    }

                    result.NightDimmingBrightness = number;
                    seen.NightBrightness = true;
                }
                else if (!reader.Skip())
                {
                    return string.Empty;
                }
            }

            return problem;
        }

        private static void SetFirst(ref string problem, string candidate)
        {
            if (problem.Length == 0)
            {
                problem = candidate;
            }
        }

        private static string SkipWrong(JsonTokenReader reader, string name)
        {
            reader.Skip();
            return name;
        }

        private static SettingsProblem Validate(RelaySettings settings, SeenSettings seen)
        {
            if (!seen.Version)
            {
                return new SettingsProblem(SettingsProblemKind.Missing, "version");
            }

            if (settings.Version < 1 || settings.Version > RelaySettings.CurrentVersion)
            {
                return new SettingsProblem(SettingsProblemKind.UnsupportedVersion, "version");
            }

            SettingsProblem migrated = MigrateToCurrent(settings);
            if (!migrated.IsNone)
            {
                return migrated;
            }

            if (!seen.RelayUrl)
            {
                return new SettingsProblem(SettingsProblemKind.Missing, "relayUrl");
            }

            SettingsProblemKind url = settings.RelayUrl.Length > MaxTextLength
                ? SettingsProblemKind.BadUrl
                : RelayUrlParts.Parse(settings.RelayUrl, settings.AllowInsecure, settings);
            if (url != SettingsProblemKind.None)
            {
                return new SettingsProblem(url, "relayUrl");
            }

            if (!seen.Token)
            {
                return new SettingsProblem(SettingsProblemKind.Missing, "token");
            }

            if (settings.Token.Length == 0)
            {
                return new SettingsProblem(SettingsProblemKind.EmptyToken, "token");
            }

            if (settings.Token.Length > MaxTokenLength || !IsPrintableAscii(settings.Token))
            {
                return new SettingsProblem(SettingsProblemKind.BadToken, "token");
            }

            if (settings.CaCertificateFile.Length > MaxTextLength || (settings.CaCertificateFile.Length > 0 && !IsFilePath(settings.CaCertificateFile)))
            {
                return new SettingsProblem(SettingsProblemKind.BadPath, "caCertificateFile");
            }

            if (!IsKnownBoard(settings.Board))
            {
                return new SettingsProblem(SettingsProblemKind.UnknownBoard, "board");
            }

            if (settings.Brightness < 1 || settings.Brightness > 100)
            {
                return new SettingsProblem(SettingsProblemKind.OutOfRange, "brightness");
            }

            if (settings.HasNightDimming)
            {
                SettingsProblem night = ValidateNightDimming(settings, seen);
                if (!night.IsNone)
                {
                    return night;
                }
            }

            if (settings.UtcOffsetMinutes < MinUtcOffsetMinutes || settings.UtcOffsetMinutes > MaxUtcOffsetMinutes)
            {
                return new SettingsProblem(SettingsProblemKind.OutOfRange, "utcOffsetMinutes");
            }

            if (settings.PageSeconds < 0 || settings.PageSeconds > MaxPageSeconds)
            {
                return new SettingsProblem(SettingsProblemKind.OutOfRange, "pageSeconds");
            }

            // A tap cannot turn pages on a board without a touch panel: say so rather than ignore it silently.
            if (settings.Touch && BoardProfiles.Find(settings.Board).Touch == null)
            {
                return new SettingsProblem(SettingsProblemKind.NoTouchPanel, "touch");
            }

            return new SettingsProblem(SettingsProblemKind.None, string.Empty);
        }

        private static SettingsProblem ValidateNightDimming(RelaySettings settings, SeenSettings seen)
        {
            if (!seen.NightFrom)
            {
                return new SettingsProblem(SettingsProblemKind.Missing, "nightDimming.from");
            }

            if (settings.NightDimmingFromMinutes < 0)
            {
                return new SettingsProblem(SettingsProblemKind.BadTime, "nightDimming.from");
            }

            if (!seen.NightTo)
            {
                return new SettingsProblem(SettingsProblemKind.Missing, "nightDimming.to");
            }

            if (settings.NightDimmingToMinutes < 0)
            {
                return new SettingsProblem(SettingsProblemKind.BadTime, "nightDimming.to");
            }

            if (!seen.NightBrightness)
            {
                return new SettingsProblem(SettingsProblemKind.Missing, "nightDimming.brightness");
            }

            if (settings.NightDimmingBrightness < 0 || settings.NightDimmingBrightness > 100)
            {
                return new SettingsProblem(SettingsProblemKind.OutOfRange, "nightDimming.brightness");
            }

            return new SettingsProblem(SettingsProblemKind.None, string.Empty);
        }

        // The migration hook: a file of an older version is brought to the current meaning here, one step per
        // version (e.g. "case 1:" renames or converts settings that version 2 changed). Version 1 is current.
        private static SettingsProblem MigrateToCurrent(RelaySettings settings)
        {
            while (settings.Version < RelaySettings.CurrentVersion)
            {
                switch (settings.Version)
                {
                    default:
                        return new SettingsProblem(SettingsProblemKind.UnsupportedVersion, "version");
                }
            }

            return new SettingsProblem(SettingsProblemKind.None, string.Empty);
        }

        private static bool IsPrintableAscii(string text)
        {
            for (int index = 0; index < text.Length; index++)
            {
                if (text[index] <= ' ' || text[index] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsFilePath(string path)
        {
            for (int index = 0; index < path.Length; index++)
            {
                if (path[index] < ' ')
                {
                    return false;
                }
            }

            // An absolute path: a device drive such as I:\, or a host path starting with '/'.
            return (path.Length >= 3 && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) || path[0] == '/';
        }

        private sealed class SeenSettings
        {
            public bool Version;
            public bool RelayUrl;
            public bool Token;
            public bool NightFrom;
            public bool NightTo;
            public bool NightBrightness;
        }
    }
}
