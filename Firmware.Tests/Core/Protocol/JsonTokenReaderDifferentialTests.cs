using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DeskStats.Protocol;
using JsonTokenType = DeskStats.Protocol.JsonTokenType;
using SystemTokenType = System.Text.Json.JsonTokenType;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>Our reader against System.Text.Json's Utf8JsonReader on the same bytes: same tokens, depths, strings and numbers.</summary>
    public class JsonTokenReaderDifferentialTests
    {
        private static readonly string[] SampleTexts =
        {
            "", "Tokyo", "São Paulo", "Zürich", "Kraków", "Москва", "東京", "😀", "a\"b", "back\\slash", "tab\t", "line\nfeed",
            "\u0001", "/path/", "emoji 👍🏽 mix", "\u00e9\u0301", "Ελλάδα", "עברית", "\uFFFD", "\u007F"
        };

        private static void BuildValue(StringBuilder builder, Random random, int depth)
        {
            int kind = random.Next(depth >= 8 ? 6 : 8);
            switch (kind)
            {
                case 0:
                    builder.Append("null");
                    break;
                case 1:
                    builder.Append(random.Next(2) == 0 ? "true" : "false");
                    break;
                case 2:
                case 3:
                    builder.Append(RandomNumber(random));
                    break;
                case 4:
                case 5:
                    builder.Append(RandomStringLiteral(random));
                    break;
                case 6:
                    builder.Append('[');
                    int items = random.Next(5);
                    for (int index = 0; index < items; index++)
                    {
                        if (index > 0)
                        {
                            builder.Append(',');
                        }

                        Whitespace(builder, random);
                        BuildValue(builder, random, depth + 1);
                        Whitespace(builder, random);
                    }

                    builder.Append(']');
                    break;
                default:
                    builder.Append('{');
                    int members = random.Next(5);
                    for (int index = 0; index < members; index++)
                    {
                        if (index > 0)
                        {
                            builder.Append(',');
                        }

                        Whitespace(builder, random);
                        builder.Append(RandomStringLiteral(random));
                        Whitespace(builder, random);
                        builder.Append(':');
                        Whitespace(builder, random);
                        BuildValue(builder, random, depth + 1);
                    }

                    builder.Append('}');
                    break;
            }
        }

        private static void Whitespace(StringBuilder builder, Random random)
        {
            int count = random.Next(4) == 0 ? random.Next(3) : 0;
            for (int index = 0; index < count; index++)
            {
                builder.Append(" \t\r\n"[random.Next(4)]);
            }
        }

        private static string RandomNumber(Random random)
        {
            switch (random.Next(7))
            {
                case 0:
                    return random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture);
                case 1:
                    return random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture);
                case 2:
                    return (random.NextDouble() * 360 - 180).ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
                case 3:
                    return random.Next(1, 10) + "e" + random.Next(-30, 30);
                case 4:
                    return "-" + random.Next(0, 10) + "." + random.Next(0, 100000).ToString("D5", CultureInfo.InvariantCulture) + "E+" + random.Next(0, 5);
                case 5:
                    return ((long)(random.NextDouble() * long.MaxValue)).ToString(CultureInfo.InvariantCulture);
                default:
                    return BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FEFFFFFFFFFFFFF)).ToString("R", CultureInfo.InvariantCulture);
            }
        }

        private static string RandomStringLiteral(Random random)
        {
            string text = SampleTexts[random.Next(SampleTexts.Length)];
            if (random.Next(3) == 0)
            {
                text += SampleTexts[random.Next(SampleTexts.Length)];
            }

            var builder = new StringBuilder("\"");
            for (int index = 0; index < text.Length; index++)
            {
                char character = text[index];
                bool forceEscape = random.Next(6) == 0;
                if (char.IsHighSurrogate(character))
                {
                    // A pair is escaped as a unit or written raw as a unit.
                    if (forceEscape)
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                        builder.Append("\\u").Append(((int)text[index + 1]).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character).Append(text[index + 1]);
                    }

                    index++;
                    continue;
                }

                if (character == '"' || character == '\\')
                {
                    builder.Append('\\').Append(character);
                }
                else if (character < 0x20 || forceEscape)
                {
                    if (character == '\n' && random.Next(2) == 0)
                    {
                        builder.Append("\\n");
                    }
                    else if (character == '/' )
                    {
                        builder.Append("\\/");
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)character).ToString(random.Next(2) == 0 ? "x4" : "X4", CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    builder.Append(character);
                }
            }

            return builder.Append('"').ToString();
        }

        internal static string RandomDocument(Random random)
        {
            var builder = new StringBuilder();
            Whitespace(builder, random);
            BuildValue(builder, random, 0);
            Whitespace(builder, random);
            return builder.ToString();
        }

        private static void AssertSameTokens(byte[] bytes)
        {
            var ours = new JsonTokenReader(JsonTokenReader.MaxSupportedDepth);
            ours.Reset(bytes, 0, bytes.Length);
            var theirs = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            while (theirs.Read())
            {
                Assert.True(ours.Read(), "our reader stopped early: " + ours.Error);
                Assert.Equal((int)theirs.TokenType, (int)ours.TokenType);
                Assert.Equal(theirs.CurrentDepth, ours.CurrentDepth);
                switch (theirs.TokenType)
                {
                    case SystemTokenType.String:
                    case SystemTokenType.PropertyName:
                        string expected = theirs.GetString();
                        Assert.Equal(expected, ours.GetString());
                        Assert.True(ours.TextEquals(expected, int.MaxValue));
                        Assert.True(ours.ValueTextEquals(Encoding.UTF8.GetBytes(expected)));
                        Assert.Equal(theirs.ValueIsEscaped, ours.ValueIsEscaped);
                        break;
                    case SystemTokenType.Number:
                        bool theirsInt = theirs.TryGetInt32(out int theirInt);
                        bool oursInt = ours.TryGetInt32(out int ourInt);
                        Assert.Equal(theirsInt, oursInt);
                        Assert.Equal(theirInt, ourInt);
                        Assert.True(theirs.TryGetDouble(out double theirDouble));
                        Assert.True(ours.TryGetDouble(out double ourDouble));
                        JsonTokenReaderTests.AssertClose(theirDouble, ourDouble);
                        break;
                }
            }

            Assert.False(ours.Read());
            Assert.True(ours.IsComplete, "ours: " + ours.Error);
        }

        [Fact]
        public void Golden_payloads_read_the_same()
        {
            foreach (string name in new[] { "normal.json", "pretty.json", "reordered.json", "unknown-members.json", "escapes-unicode.json", "numbers.json", "empty-sections.json", "large-64k.json" })
            {
                AssertSameTokens(Payloads.Load(name));
            }
        }

        [Fact]
        public void Random_valid_documents_read_the_same()
        {
            var random = new Random(20261129);
            for (int run = 0; run < 3000; run++)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(RandomDocument(random));
                AssertSameTokens(bytes);
            }
        }

        [Fact]
        public void Accepts_and_rejects_the_same_mutated_documents()
        {
            // ASCII mutations only: Utf8JsonReader validates UTF-8 lazily, ours by replacement (documented).
            const string alphabet = "{}[]:,\"\\ 0123456789-+.eEtrufalsn\tx";
            var random = new Random(7);
            for (int run = 0; run < 20000; run++)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(RandomDocument(random));
                int mutations = random.Next(1, 3);
                int length = bytes.Length;
                for (int index = 0; index < mutations; index++)
                {
                    int position = random.Next(bytes.Length);
                    switch (random.Next(3))
                    {
                        case 0:
                            bytes[position] = (byte)alphabet[random.Next(alphabet.Length)];
                            break;
                        case 1:
                            length = random.Next(length + 1);
                            break;
                        default:
                            if (bytes[position] < 0x80)
                            {
                                bytes[position] = (byte)random.Next(0x20);
                            }

                            break;
                    }
                }

                bool theirsValid = true;
                try
                {
                    var theirs = new Utf8JsonReader(bytes.AsSpan(0, length), new JsonReaderOptions { MaxDepth = 64 });
                    while (theirs.Read())
                    {
                    }
                }
                catch (JsonException)
                {
                    theirsValid = false;
                }

                var ours = new JsonTokenReader(JsonTokenReader.MaxSupportedDepth);
                ours.Reset(bytes, 0, length);
                while (ours.Read())
                {
                }

                Assert.True(theirsValid == ours.IsComplete, $"run {run}: System.Text.Json valid={theirsValid}, ours error={ours.Error} for {Encoding.UTF8.GetString(bytes, 0, length)}");
            }
        }
    }
}
