using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tests.Simulator.DemoRelay
{
    public class JavaScriptJsonWriterTests
    {
        // Expected texts are what Node 20's JSON.stringify printed for the same value.
        private const string AwkwardCity = "São Paulo \"q\" \\ \n\t\u0001 🚀 東京 \ud800x";

        private static string Write(bool indented)
        {
            var writer = new JavaScriptJsonWriter(indented);
            writer.BeginObject();
            writer.Name("visits_live");
            writer.BeginArray();
            writer.BeginObject();
            writer.Name("latitude"); writer.Number(-23.5505);
            writer.Name("longitude"); writer.Number(139.6917);
            writer.Name("city"); writer.String(AwkwardCity);
            writer.Name("actions"); writer.String("3");
            writer.EndObject();
            writer.EndArray();
            writer.Name("summary");
            writer.BeginObject();
            writer.Name("today");
            writer.BeginObject();
            writer.Name("visits"); writer.Number(1203);
            writer.Name("time_spent"); writer.String("12:34:56");
            writer.EndObject();
            writer.EndObject();
            writer.Name("e");
            writer.BeginArray();
            writer.EndArray();
            writer.Name("o");
            writer.BeginObject();
            writer.EndObject();
            writer.EndObject();
            return writer.ToString();
        }

        [Fact]
        public void Compact_output_matches_JSON_stringify_byte_for_byte()
        {
            Assert.Equal(
                "{\"visits_live\":[{\"latitude\":-23.5505,\"longitude\":139.6917,\"city\":\"São Paulo \\\"q\\\" \\\\ \\n\\t\\u0001 🚀 東京 \\ud800x\",\"actions\":\"3\"}],\"summary\":{\"today\":{\"visits\":1203,\"time_spent\":\"12:34:56\"}},\"e\":[],\"o\":{}}",
                Write(indented: false));
        }

        [Fact]
        public void Indented_output_matches_JSON_stringify_with_two_spaces()
        {
            string expected = string.Join("\n",
                "{",
                "  \"visits_live\": [",
                "    {",
                "      \"latitude\": -23.5505,",
                "      \"longitude\": 139.6917,",
                "      \"city\": \"São Paulo \\\"q\\\" \\\\ \\n\\t\\u0001 🚀 東京 \\ud800x\",",
                "      \"actions\": \"3\"",
                "    }",
                "  ],",
                "  \"summary\": {",
                "    \"today\": {",
                "      \"visits\": 1203,",
                "      \"time_spent\": \"12:34:56\"",
                "    }",
                "  },",
                "  \"e\": [],",
                "  \"o\": {}",
                "}");
            Assert.Equal(expected, Write(indented: true));
        }

        [Theory]
        [InlineData(0.1, "0.1")]
        [InlineData(-0.5, "-0.5")]
        [InlineData(123456789012.0, "123456789012")]
        [InlineData(-0.0, "0")]
        [InlineData(double.NaN, "null")]
        public void Numbers_are_written_like_JavaScript(double value, string expected)
        {
            var writer = new JavaScriptJsonWriter(false);
            writer.BeginArray();
            writer.Number(value);
            writer.EndArray();
            Assert.Equal("[" + expected + "]", writer.ToString());
        }
    }
}
