using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DeskStats.Protocol;
using JsonTokenType = System.Text.Json.JsonTokenType;

namespace DeskStats.Benchmarks.Protocol
{
    /// <summary>
    /// Our JsonTokenReader against System.Text.Json's Utf8JsonReader, extracting the same fields the screen needs
    /// (summary visits and time_spent of three days; city, countryCode, country, lastActionDateTime of the first five
    /// visits) from the same message, each decoding strings into a reused char buffer (no allocation on either side).
    /// </summary>
    [MemoryDiagnoser]
    public class ReaderComparisonBenchmarks
    {
        private static readonly byte[] VisitsLive = System.Text.Encoding.UTF8.GetBytes("visits_live");
        private static readonly byte[] Summary = System.Text.Encoding.UTF8.GetBytes("summary");
        private static readonly byte[] City = System.Text.Encoding.UTF8.GetBytes("city");
        private static readonly byte[] CountryCode = System.Text.Encoding.UTF8.GetBytes("countryCode");
        private static readonly byte[] Country = System.Text.Encoding.UTF8.GetBytes("country");
        private static readonly byte[] LastAction = System.Text.Encoding.UTF8.GetBytes("lastActionDateTime");
        private static readonly byte[] Visits = System.Text.Encoding.UTF8.GetBytes("visits");
        private static readonly byte[] TimeSpent = System.Text.Encoding.UTF8.GetBytes("time_spent");

        private readonly JsonTokenReader _reader = new JsonTokenReader();
        private readonly char[] _text = new char[64];
        private byte[] _message;

        /// <summary>Message size in bytes.</summary>
        [Params(1024, 4096)]
        public int Size { get; set; }

        [GlobalSetup]
        public void Setup() => _message = SampleMessages.Build(Size);

        [Benchmark(Baseline = true)]
        public int SystemTextJsonUtf8JsonReader()
        {
            var reader = new Utf8JsonReader(_message);
            int checksum = 0;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(VisitsLive))
                {
                    reader.Read();
                    int entry = 0;
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (entry++ >= 5)
                        {
                            reader.Skip();
                            continue;
                        }

                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            bool wanted = reader.ValueTextEquals(City) || reader.ValueTextEquals(CountryCode)
                                || reader.ValueTextEquals(Country) || reader.ValueTextEquals(LastAction);
                            reader.Read();
                            if (wanted && reader.TokenType == JsonTokenType.String)
                            {
                                checksum += reader.CopyString(_text);
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }
                    }

                    checksum += entry;
                }
                else if (reader.ValueTextEquals(Summary))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        reader.Read();
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            bool visits = reader.ValueTextEquals(Visits);
                            bool time = reader.ValueTextEquals(TimeSpent);
                            reader.Read();
                            if (visits && reader.TryGetInt32(out int value))
                            {
                                checksum += value;
                            }
                            else if (time)
                            {
                                checksum += reader.CopyString(_text);
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return checksum;
        }

        [Benchmark]
        public int DeskStatsJsonTokenReader()
        {
            JsonTokenReader reader = _reader;
            reader.Reset(_message, 0, _message.Length);
            int checksum = 0;
            reader.Read();
            while (reader.Read() && reader.TokenType == DeskStats.Protocol.JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(VisitsLive))
                {
                    reader.Read();
                    int entry = 0;
                    while (reader.Read() && reader.TokenType == DeskStats.Protocol.JsonTokenType.StartObject)
                    {
                        if (entry++ >= 5)
                        {
                            reader.Skip();
                            continue;
                        }

                        while (reader.Read() && reader.TokenType == DeskStats.Protocol.JsonTokenType.PropertyName)
                        {
                            bool wanted = reader.ValueTextEquals(City) || reader.ValueTextEquals(CountryCode)
                                || reader.ValueTextEquals(Country) || reader.ValueTextEquals(LastAction);
                            reader.Read();
                            if (wanted && reader.TokenType == DeskStats.Protocol.JsonTokenType.String)
                            {
                                checksum += reader.CopyString(_text, 0, _text.Length);
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }
                    }

                    checksum += entry;
                }
                else if (reader.ValueTextEquals(Summary))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == DeskStats.Protocol.JsonTokenType.PropertyName)
                    {
                        reader.Read();
                        while (reader.Read() && reader.TokenType == DeskStats.Protocol.JsonTokenType.PropertyName)
                        {
                            bool visits = reader.ValueTextEquals(Visits);
                            bool time = reader.ValueTextEquals(TimeSpent);
                            reader.Read();
                            if (visits && reader.TryGetInt32(out int value))
                            {
                                checksum += value;
                            }
                            else if (time)
                            {
                                checksum += reader.CopyString(_text, 0, _text.Length);
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return checksum;
        }
    }
}
