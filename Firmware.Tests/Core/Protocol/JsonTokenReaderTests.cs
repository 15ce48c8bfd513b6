using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using DeskStats.Protocol;
using JsonTokenType = DeskStats.Protocol.JsonTokenType;

namespace DeskStats.Tests.Core.Protocol
{
    public class JsonTokenReaderTests
    {
        private static JsonTokenReader ReaderFor(string json, int maxDepth = JsonTokenReader.DefaultMaxDepth)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            var reader = new JsonTokenReader(maxDepth);
            reader.Reset(bytes, 0, bytes.Length);
            return reader;
        }

        private static List<JsonTokenType> Tokens(JsonTokenReader reader)
        {
            var tokens = new List<JsonTokenType>();
            while (reader.Read())
            {
                tokens.Add(reader.TokenType);
            }

            return tokens;
        }

        private static JsonReadError ErrorOf(string json, int maxDepth = JsonTokenReader.DefaultMaxDepth)
        {
            var reader = ReaderFor(json, maxDepth);
            Tokens(reader);
            return reader.Error;
        }

        [Fact]
        public void Reads_every_token_type_with_depths_like_Utf8JsonReader()
        {
            var reader = ReaderFor(" { \"a\" : [ 1 , \"s\" , true , false , null , { } , [ ] ] } ");
            var seen = new List<(JsonTokenType, int)>();
            while (reader.Read())
            {
                seen.Add((reader.TokenType, reader.CurrentDepth));
            }

            Assert.Equal(JsonReadError.None, reader.Error);
            Assert.True(reader.IsComplete);
            Assert.Equal(new[]
            {
                (JsonTokenType.StartObject, 0), (JsonTokenType.PropertyName, 1), (JsonTokenType.StartArray, 1),
                (JsonTokenType.Number, 2), (JsonTokenType.String, 2), (JsonTokenType.True, 2), (JsonTokenType.False, 2),
                (JsonTokenType.Null, 2), (JsonTokenType.StartObject, 2), (JsonTokenType.EndObject, 2),
                (JsonTokenType.StartArray, 2), (JsonTokenType.EndArray, 2), (JsonTokenType.EndArray, 1),
                (JsonTokenType.EndObject, 0)
            }, seen);
            Assert.False(reader.Read());
        }

        [Theory]
        [InlineData("1")]
        [InlineData("\"x\"")]
        [InlineData("null")]
        [InlineData("[]")]
        [InlineData(" \r\n\t{}\r\n")]
        public void Accepts_any_single_top_level_value(string json)
        {
            var reader = ReaderFor(json);
            Assert.NotEmpty(Tokens(reader));
            Assert.True(reader.IsComplete);
        }

        [Theory]
        [InlineData("", JsonReadError.Empty)]
        [InlineData("   ", JsonReadError.Empty)]
        [InlineData("{", JsonReadError.UnexpectedEnd)]
        [InlineData("{\"a\"", JsonReadError.UnexpectedEnd)]
        [InlineData("{\"a\":", JsonReadError.UnexpectedEnd)]
        [InlineData("{\"a\":1", JsonReadError.UnexpectedEnd)]
        [InlineData("{\"a\":1,", JsonReadError.UnexpectedEnd)]
        [InlineData("[\"abc", JsonReadError.UnexpectedEnd)]
        [InlineData("[\"ab\\", JsonReadError.UnexpectedEnd)]
        [InlineData("[\"ab\\u00", JsonReadError.UnexpectedEnd)]
        [InlineData("[tru", JsonReadError.UnexpectedEnd)]
        [InlineData("[-", JsonReadError.UnexpectedEnd)]
        [InlineData("[1.", JsonReadError.UnexpectedEnd)]
        [InlineData("[1e", JsonReadError.UnexpectedEnd)]
        [InlineData("{}x", JsonReadError.TrailingData)]
        [InlineData("{} {}", JsonReadError.TrailingData)]
        [InlineData("1 2", JsonReadError.TrailingData)]
        [InlineData("{\"a\":1,}", JsonReadError.UnexpectedCharacter)]
        [InlineData("[1,]", JsonReadError.UnexpectedCharacter)]
        [InlineData("[1 2]", JsonReadError.UnexpectedCharacter)]
        [InlineData("{\"a\" 1}", JsonReadError.UnexpectedCharacter)]
        [InlineData("{a:1}", JsonReadError.UnexpectedCharacter)]
        [InlineData("{'a':1}", JsonReadError.UnexpectedCharacter)]
        [InlineData("[1}", JsonReadError.UnexpectedCharacter)]
        [InlineData("{\"a\":1]", JsonReadError.UnexpectedCharacter)]
        [InlineData("// c\n{}", JsonReadError.UnexpectedCharacter)]
        [InlineData("[+1]", JsonReadError.UnexpectedCharacter)]
        [InlineData("[.5]", JsonReadError.UnexpectedCharacter)]
        [InlineData("[truth]", JsonReadError.InvalidLiteral)]
        [InlineData("[nul]", JsonReadError.InvalidLiteral)]
        [InlineData("[True]", JsonReadError.UnexpectedCharacter)]
        [InlineData("[truex]", JsonReadError.InvalidLiteral)]
        [InlineData("[01]", JsonReadError.InvalidNumber)]
        [InlineData("[1.e3]", JsonReadError.InvalidNumber)]
        [InlineData("[1e+]", JsonReadError.InvalidNumber)]
        [InlineData("[-a]", JsonReadError.InvalidNumber)]
        [InlineData("[1x]", JsonReadError.InvalidNumber)]
        [InlineData("[0x10]", JsonReadError.InvalidNumber)]
        [InlineData("[\"a\u0001b\"]", JsonReadError.InvalidString)]
        [InlineData("[\"tab\there\"]", JsonReadError.InvalidString)]
        [InlineData("[\"\\x\"]", JsonReadError.InvalidString)]
        [InlineData("[\"\\u12G4\"]", JsonReadError.InvalidString)]
        [InlineData("[\"\\U1234\"]", JsonReadError.InvalidString)]
        public void Rejects_invalid_json_with_a_code(string json, JsonReadError expected)
        {
            Assert.Equal(expected, ErrorOf(json));
        }

        [Fact]
        public void Rejects_nesting_deeper_than_the_cap_and_accepts_it_at_the_cap()
        {
            Assert.Equal(JsonReadError.None, ErrorOf(new string('[', 4) + new string(']', 4), maxDepth: 4));
            Assert.Equal(JsonReadError.TooDeep, ErrorOf(new string('[', 5) + new string(']', 5), maxDepth: 4));
            Assert.Equal(JsonReadError.TooDeep, ErrorOf(new string('[', 100000)));
            Assert.Equal(JsonReadError.None, ErrorOf(new string('[', 64) + new string(']', 64), maxDepth: 64));
        }

        [Fact]
        public void Maximum_depth_outside_one_to_sixty_four_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new JsonTokenReader(0));
            Assert.Throws<ArgumentOutOfRangeException>(() => new JsonTokenReader(65));
        }

        [Fact]
        public void Read_stays_false_after_an_error_and_after_the_end()
        {
            var broken = ReaderFor("[1,}");
            Tokens(broken);
            Assert.False(broken.Read());
            Assert.Equal(JsonTokenType.None, broken.TokenType);

            var complete = ReaderFor("[1]");
            Tokens(complete);
            Assert.False(complete.Read());
            Assert.True(complete.IsComplete);
        }

        [Fact]
        public void Reads_only_the_given_range_of_the_buffer()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("xx[1,2]yy");
            var reader = new JsonTokenReader(bytes, 2, 5);
            Assert.Equal(4, Tokens(reader).Count);
            Assert.True(reader.IsComplete);
        }

        [Fact]
        public void Token_ranges_cover_the_raw_bytes()
        {
            string json = "{\"name\":\"va\\\"l\",\"n\":-12.5e3,\"t\":true}";
            var reader = ReaderFor(json);
            var raw = new List<string>();
            while (reader.Read())
            {
                raw.Add(json.Substring(reader.TokenStart, reader.TokenLength));
            }

            Assert.Equal(new[] { "{", "\"name\"", "\"va\\\"l\"", "\"n\"", "-12.5e3", "\"t\"", "true", "}" }, raw);
        }

        [Fact]
        public void Skip_moves_from_a_property_name_or_start_token_to_the_matching_end()
        {
            var reader = ReaderFor("{\"a\":{\"b\":[1,{\"c\":[]}],\"d\":2},\"e\":3}");
            reader.Read();
            reader.Read(); // "a"
            Assert.True(reader.Skip());
            Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
            Assert.Equal(1, reader.CurrentDepth);
            reader.Read();
            Assert.True(reader.ValueTextEquals(Encoding.UTF8.GetBytes("e")));
            reader.Read();
            Assert.True(reader.Skip()); // a scalar stays
            Assert.Equal(JsonTokenType.Number, reader.TokenType);
            Assert.True(reader.TryGetInt32(out int value));
            Assert.Equal(3, value);
        }

        [Fact]
        public void Skip_reports_a_truncated_container()
        {
            var reader = ReaderFor("{\"a\":[1,2");
            reader.Read();
            reader.Read();
            Assert.False(reader.Skip());
            Assert.Equal(JsonReadError.UnexpectedEnd, reader.Error);
        }

        [Theory]
        [InlineData("\"city\"", "city", true)]
        [InlineData("\"cit\\u0079\"", "city", true)]
        [InlineData("\"Z\\u00fcrich\"", "Zürich", true)]
        [InlineData("\"Zürich\"", "Zürich", true)]
        [InlineData("\"city\"", "cit", false)]
        [InlineData("\"cit\"", "city", false)]
        [InlineData("\"c\\u0069ty\"", "citz", false)]
        [InlineData("\"\\uD83D\\uDE00\"", "😀", true)]
        [InlineData("\"\"", "", true)]
        public void ValueTextEquals_compares_decoded_text_with_utf8(string token, string text, bool expected)
        {
            var reader = ReaderFor(token);
            reader.Read();
            Assert.Equal(expected, reader.ValueTextEquals(Encoding.UTF8.GetBytes(text)));
        }

        [Fact]
        public void ValueTextEquals_is_false_on_non_string_tokens()
        {
            var reader = ReaderFor("[1]");
            reader.Read();
            Assert.False(reader.ValueTextEquals(Encoding.UTF8.GetBytes("[")));
            reader.Read();
            Assert.False(reader.ValueTextEquals(Encoding.UTF8.GetBytes("1")));
        }

        [Theory]
        [InlineData("\"plain\"", "plain")]
        [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t")]
        [InlineData("\"S\\u00e3o Paulo\"", "São Paulo")]
        [InlineData("\"São Paulo\"", "São Paulo")]
        [InlineData("\"Москва\"", "Москва")]
        [InlineData("\"\\u041c\\u043E\\u0441\\u043a\\u0432\\u0430\"", "Москва")]
        [InlineData("\"東京\"", "東京")]
        [InlineData("\"\\uD83D\\uDE00 and 😀\"", "😀 and 😀")]
        [InlineData("\"\\u0000\"", "\0")]
        [InlineData("\"lone \\uD83D high\"", "lone \uFFFD high")]
        [InlineData("\"lone \\uDE00 low\"", "lone \uFFFD low")]
        [InlineData("\"high then BMP \\uD83D\\u0041\"", "high then BMP \uFFFDA")]
        public void GetString_decodes_escapes_and_utf8(string token, string expected)
        {
            var reader = ReaderFor(token);
            reader.Read();
            Assert.Equal(expected, reader.GetString());
            Assert.Equal(expected.Length, reader.GetDecodedLength());
            Assert.True(reader.TextEquals(expected, int.MaxValue));
            Assert.False(reader.TextEquals(expected + "x", int.MaxValue));
        }

        [Fact]
        public void Invalid_utf8_decodes_as_replacement_characters()
        {
            byte[] bytes = { (byte)'"', (byte)'a', 0xFF, 0xC3, (byte)'b', 0xE2, 0x82, (byte)'"' };
            var reader = new JsonTokenReader(bytes, 0, bytes.Length);
            Assert.True(reader.Read());
            Assert.Equal("a\uFFFD\uFFFDb\uFFFD\uFFFD", reader.GetString());
        }

        [Theory]
        [InlineData("\"abcdef\"", 3, "abc")]
        [InlineData("\"ab😀cd\"", 3, "ab")]
        [InlineData("\"ab😀cd\"", 4, "ab😀")]
        [InlineData("\"ab\\uD83D\\uDE00cd\"", 3, "ab")]
        [InlineData("\"Zürich\"", 2, "Zü")]
        [InlineData("\"abc\"", 0, "")]
        public void Truncation_cuts_at_a_character_boundary_never_inside_a_surrogate_pair(string token, int maxChars, string expected)
        {
            var reader = ReaderFor(token);
            reader.Read();
            var destination = new char[16];
            int written = reader.CopyString(destination, 2, maxChars);
            Assert.Equal(expected, new string(destination, 2, written));
            Assert.Equal(expected, reader.GetString(maxChars));
            Assert.True(reader.TextEquals(expected, maxChars));
        }

        [Fact]
        public void CopyString_never_writes_past_the_destination()
        {
            var reader = ReaderFor("\"abcdef\"");
            reader.Read();
            var destination = new char[4];
            Assert.Equal(2, reader.CopyString(destination, 2, 100));
            Assert.Equal("ab", new string(destination, 2, 2));
        }

        [Theory]
        [InlineData("0", 0)]
        [InlineData("-0", 0)]
        [InlineData("42", 42)]
        [InlineData("-42", -42)]
        [InlineData("2147483647", int.MaxValue)]
        [InlineData("-2147483648", int.MinValue)]
        public void TryGetInt32_reads_integers(string json, int expected)
        {
            var reader = ReaderFor(json);
            reader.Read();
            Assert.True(reader.TryGetInt32(out int value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("2147483648")]
        [InlineData("-2147483649")]
        [InlineData("99999999999")]
        [InlineData("1e3")]
        [InlineData("1.0")]
        [InlineData("\"1\"")]
        public void TryGetInt32_refuses_non_integers_and_out_of_range(string json)
        {
            var reader = ReaderFor(json);
            reader.Read();
            Assert.False(reader.TryGetInt32(out _));
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-0.5")]
        [InlineData("1e3")]
        [InlineData("1E+3")]
        [InlineData("2.5e-3")]
        [InlineData("35.6895")]
        [InlineData("139.6917")]
        [InlineData("-46.6333")]
        [InlineData("0.1")]
        [InlineData("0.30000000000000004")]
        [InlineData("123456789012345678901234567890")]
        [InlineData("1.7976931348623157e308")]
        [InlineData("5e-324")]
        [InlineData("1e-400")]
        [InlineData("0.000000000000000000000000000001")]
        [InlineData("9007199254740993")]
        public void TryGetDouble_matches_the_BCL_parser(string json)
        {
            var reader = ReaderFor(json);
            reader.Read();
            Assert.True(reader.TryGetDouble(out double value));
            double expected = double.Parse(json, System.Globalization.CultureInfo.InvariantCulture);
            AssertClose(expected, value);
        }

        [Fact]
        public void TryGetDouble_refuses_values_beyond_the_double_range_and_non_numbers()
        {
            var reader = ReaderFor("[1e309,\"1\"]");
            reader.Read();
            reader.Read();
            Assert.False(reader.TryGetDouble(out _));
            reader.Read();
            Assert.False(reader.TryGetDouble(out _));
        }

        internal static void AssertClose(double expected, double actual)
        {
            if (expected == actual)
            {
                return;
            }

            // Outside the exact fast path the result may be a few units in the last place off.
            Assert.True(Math.Abs(expected - actual) <= Math.Abs(expected) * 1e-15, $"expected {expected:R}, got {actual:R}");
        }

        [Fact]
        public void Reading_allocates_nothing()
        {
            byte[] bytes = Payloads.Load("unknown-members.json");
            var reader = new JsonTokenReader();
            var name = Encoding.UTF8.GetBytes("city");
            var destination = new char[64];
            int count = 0;
            void ReadAll()
            {
                reader.Reset(bytes, 0, bytes.Length);
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        count += reader.CopyString(destination, 0, 64);
                        count += reader.TextEquals("Tokyo", 64) ? 1 : 0;
                    }
                    else if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name))
                    {
                        count++;
                    }
                    else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double number))
                    {
                        count += number > 0 ? 1 : 0;
                    }
                }
            }

            ReadAll();
            Assert.Equal(0, AllocationMeter.LeastOf(5, ReadAll));
            Assert.True(reader.IsComplete);
            Assert.True(count > 0);
        }
    }
}
