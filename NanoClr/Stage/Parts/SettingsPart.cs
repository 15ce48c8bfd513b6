using System.Text;
using DeskStats.Settings;

namespace DeskStats.Stage
{
    /// <summary>
    /// The settings parser over the cases of RelaySettingsParserTests (whole files, each member wrong in each way, the
    /// night-dimming members): the problem it names and, when there is none, every parsed setting.
    /// </summary>
    public static class SettingsPart
    {
        private static readonly string[] WholeFiles =
        {
            "", "[1,2]", "{\"version\":1,", "{\"version\":1} x", "{\"version\":1,}", "not json",
            "{\n  \"version\": 1,\n  \"relayUrl\": \"wss://stats.example.com:8080/\",\n  \"token\": \"device-token\",\n  \"caCertificateFile\": \"I:\\\\relay-ca.pem\",\n  \"board\": \"cyd\",\n  \"brightness\": 80,\n  \"nightDimming\": { \"from\": \"22:00\", \"to\": \"07:00\", \"brightness\": 10 },\n  \"utcOffsetMinutes\": 60,\n  \"allowInsecure\": false\n}",
            "{\"version\":1,\"relayUrl\":\"ws://192.168.1.5:8080/\",\"token\":\"t\",\"allowInsecure\":true}",
            "{\"version\":1,\"relayUrl\":\"wss://h/\",\"token\":\"t\",\"unknownMember\":{\"a\":[1,2,{}]}}",
        };

        // Member name, then the value put in its place (null: the member left out).
        private static readonly string[] MemberCases =
        {
            "version", null, "version", "\"1\"", "version", "1.5", "version", "0", "version", "2",
            "relayUrl", null, "relayUrl", "42", "relayUrl", "\"\"", "relayUrl", "\"https://h/\"", "relayUrl", "\"ws://h/\"",
            "relayUrl", "\"wss:///\"", "relayUrl", "\"wss://h:99999/\"", "relayUrl", "\"wss://h/#x\"",
            "relayUrl", "\"wss://stats.example.com/path?x=1\"", "relayUrl", "\"wss://[::1]:8443/\"",
            "token", null, "token", "null", "token", "\"\"", "token", "\"two words\"", "token", "\"t\\u00f6ken\"",
            "caCertificateFile", "\"relay-ca.pem\"", "caCertificateFile", "7", "caCertificateFile", "\"I:\\\\ca.pem\"",
            "board", "\"unknown-board\"", "board", "1", "board", "\"cyd-st7789\"", "board", "\"esp32-st7789-240\"", "board", "\"t-display\"",
            "brightness", "0", "brightness", "101", "brightness", "\"80\"", "brightness", "1",
            "utcOffsetMinutes", "-721", "utcOffsetMinutes", "841", "utcOffsetMinutes", "1e2", "utcOffsetMinutes", "-720", "utcOffsetMinutes", "840",
            "allowInsecure", "\"yes\"", "allowInsecure", "true",
            "pageSeconds", "-1", "pageSeconds", "3601", "pageSeconds", "\"10\"", "pageSeconds", "15",
            "touch", "\"yes\"", "touch", "true", "touch", "false",
            "nightDimming", "\"22:00\"",
            "nightDimming", "{\"to\":\"07:00\",\"brightness\":10}",
            "nightDimming", "{\"from\":\"24:00\",\"to\":\"07:00\",\"brightness\":10}",
            "nightDimming", "{\"from\":\"22:60\",\"to\":\"07:00\",\"brightness\":10}",
            "nightDimming", "{\"from\":\"22:00\",\"brightness\":10}",
            "nightDimming", "{\"from\":\"22:00\",\"to\":\"7h\",\"brightness\":10}",
            "nightDimming", "{\"from\":\"22:00\",\"to\":7,\"brightness\":10}",
            "nightDimming", "{\"from\":\"22:00\",\"to\":\"07:00\"}",
            "nightDimming", "{\"from\":\"22:00\",\"to\":\"07:00\",\"brightness\":101}",
            "nightDimming", "{\"from\":\"22:00\",\"to\":\"07:00\",\"brightness\":true}",
            "nightDimming", "{\"from\":\"7:05\",\"to\":\"23:59\",\"brightness\":0}",
        };

        private static readonly string[] BaseMembers =
        {
            "version", "1", "relayUrl", "\"wss://stats.example.com:8080/\"", "token", "\"device-token\"",
            "board", "\"cyd\"", "brightness", "80", "utcOffsetMinutes", "60",
        };

        /// <summary>Parses every case.</summary>
        public static void Run(IStageLog log, StageHeapMeter heap)
        {
            for (int index = 0; index < WholeFiles.Length; index++)
            {
                Parse("file" + index, WholeFiles[index], log);
            }

            for (int index = 0; index < MemberCases.Length; index += 2)
            {
                Parse(MemberCases[index] + "#" + (index / 2), With(MemberCases[index], MemberCases[index + 1]), log);
            }

            heap.Report("settings", log);
        }

        private static void Parse(string name, string json, IStageLog log)
        {
            byte[] data = Encoding.UTF8.GetBytes(json);
            var settings = new RelaySettings();
            SettingsProblem problem = RelaySettingsParser.Parse(data, data.Length, settings);
            string line = "settings " + name + " problem=" + (int)problem.Kind + "/" + problem.Setting;
            if (problem.IsNone)
            {
                line += " url=" + settings.RelayUrl + " host=" + settings.Host + " port=" + settings.Port + " path=" + settings.PathAndQuery
                    + " secure=" + (settings.Secure ? "1" : "0") + " token=" + settings.Token + " ca=" + settings.CaCertificateFile
                    + " board=" + settings.Board + " brightness=" + settings.Brightness + " night=" + (settings.HasNightDimming ? "1" : "0")
                    + "/" + settings.NightDimmingFromMinutes + "/" + settings.NightDimmingToMinutes + "/" + settings.NightDimmingBrightness
                    + " offset=" + settings.UtcOffsetMinutes + " pages=" + settings.PageSeconds + " touch=" + (settings.Touch ? "1" : "0") + " connect=" + settings.BuildConnectUrl();
            }

            log.Line(line);
        }

        /// <summary>
        /// The base settings file with member <paramref name="name"/> set to the JSON <paramref name="value"/> (left out
        /// when null, added when the base has no such member); RelaySettingsParserTests builds its cases with it too.
        /// </summary>
        internal static string With(string name, string value)
        {
            var builder = new StringBuilder("{");
            bool replaced = false;
            for (int index = 0; index < BaseMembers.Length; index += 2)
            {
                bool isTarget = BaseMembers[index] == name;
                replaced = replaced || isTarget;
                string memberValue = isTarget ? value : BaseMembers[index + 1];
                if (memberValue == null)
                {
                    continue;
                }

                if (builder.Length > 1)
                {
                    builder.Append(',');
                }

                builder.Append('"').Append(BaseMembers[index]).Append("\":").Append(memberValue);
            }

            if (!replaced && value != null)
            {
                builder.Append(",\"").Append(name).Append("\":").Append(value);
            }

            return builder.Append('}').ToString();
        }
    }
}
