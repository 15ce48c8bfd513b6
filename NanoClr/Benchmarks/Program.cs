using System;
using System.Reflection;
using System.Text;
using DeskStats.Benchmarks.Protocol;
using DeskStats.Model;
using DeskStats.Protocol;
using nanoFramework.Json;

[assembly: AssemblyVersion("1.0.0.0")]

namespace DeskStats.NanoClr.Benchmarks
{
    /// <summary>
    /// Measures, in one nanoCLR run, our relay pipeline (RelayMessageProcessor, as the main loop calls it) against
    /// nanoFramework.Json's JsonConvert.DeserializeObject over the same bytes, per message kind; and the bytes each
    /// message allocates and keeps (HeapProbe). Prints a table; ends with "Benchmarks OK" (an uncaught exception ends
    /// a nanoCLR app silently, run.sh checks the marker).
    /// </summary>
    public static class Program
    {
        // Each timing runs batches until this much time has passed (DateTime ticks of 100 ns: 0.4 s in all).
        private const long MinimumTicks = 4000000;

        // Rounds per message kind (each MinimumTicks / Rounds long for ours, the same for nanoFramework.Json).
        private const int Rounds = 5;

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            Console.WriteLine("clock: DateTime.UtcNow resolution " + ClockResolutionTicks() + " ticks of 100 ns");

            byte[] baseMessage = SampleMessages.Render(5, 0, 1234, 0, true);
            byte[][] numberChanged = { baseMessage, SampleMessages.Render(5, 0, 1235, 0, true) };
            byte[][] newVisit = new byte[8][];
            byte[][] large = new byte[8][];
            int padding = 0;
            while (SampleMessages.Render(5, padding, 1234, 0, true).Length < 4096)
            {
                padding += 4;
            }

            for (int index = 0; index < 8; index++)
            {
                // firstCity 0, 7, 6, ... 1, then 0 again: every next message has one new visit in front.
                newVisit[index] = SampleMessages.Render(5, 0, 1234, (8 - index) % 8, true);
                large[index] = SampleMessages.Render(5, padding, 1234 + index, (8 - index) % 8, true);
            }

            Console.WriteLine("messages: " + baseMessage.Length + " B (identical, number changed, new visit), " + large[0].Length + " B (4 KB: new visit + count +1, unknown members padded)");
            Console.WriteLine();
            Console.WriteLine("| message | bytes | ours (us) | nanoFramework.Json (us) | ratio | ours allocated (B) | ours kept (B) | Json allocated (B) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            bool ok = true;
            ok &= Measure("identical to the last one", new byte[][] { baseMessage });
            ok &= Measure("one number changed (summary only)", numberChanged);
            ok &= Measure("a new visit (visits_live shifted)", newVisit);
            ok &= Measure("4 KB, unknown members, new visit + count", large);
            Console.WriteLine();
            MeasurePasses(baseMessage);
            MeasurePasses(large[0]);
            Console.WriteLine();
            Console.WriteLine("heap kept by the pipeline after its first message: " + HeapProbe.PipelineKeptBytes(baseMessage) + " B (" + baseMessage.Length
                + " B message), " + HeapProbe.PipelineKeptBytes(large[0]) + " B (" + large[0].Length + " B message)");
            if (ok)
            {
                Console.WriteLine("Benchmarks OK");
            }
        }

        // Times ours and nanoFramework.Json over the same message sequence (ours: each Process sees the previous
        // message of the sequence, so "identical" repeats one message and the others change every call).
        private static bool Measure(string name, byte[][] sequence)
        {
            try
            {
                return MeasureUnguarded(name, sequence);
            }
            catch (Exception exception)
            {
                Console.WriteLine("| " + name + " | FAILED: " + exception.GetType().FullName + " " + exception.Message + " |");
                return false;
            }
        }

        private static bool MeasureUnguarded(string name, byte[][] sequence)
        {
            var processor = new RelayMessageProcessor(new DashboardModel());
            processor.Process(sequence[sequence.Length - 1], sequence[sequence.Length - 1].Length);
            MessageOutcome expected = sequence.Length == 1 ? MessageOutcome.Unchanged : MessageOutcome.Applied;
            bool outcomesOk = true;
            bool jsonOk = true;
            int ourNext = 0;
            int jsonNext = 0;
            double ours = double.MaxValue;
            double json = double.MaxValue;

            // Interleaved rounds, the fastest round of each kept: other load on the machine only slows a round down.
            for (int round = 0; round < Rounds; round++)
            {
                long ourTicks = 0;
                long ourCount = 0;
                while (ourTicks < MinimumTicks / Rounds)
                {
                    long start = DateTime.UtcNow.Ticks;
                    for (int iteration = 0; iteration < 16; iteration++)
                    {
                        byte[] message = sequence[ourNext];
                        ourNext = ourNext + 1 == sequence.Length ? 0 : ourNext + 1;
                        outcomesOk &= processor.Process(message, message.Length) == expected;
                    }

                    ourTicks += DateTime.UtcNow.Ticks - start;
                    ourCount += 16;
                }

                long jsonTicks = 0;
                long jsonCount = 0;
                while (jsonTicks < MinimumTicks / Rounds)
                {
                    long start = DateTime.UtcNow.Ticks;
                    for (int iteration = 0; iteration < 2; iteration++)
                    {
                        byte[] message = sequence[jsonNext];
                        jsonNext = jsonNext + 1 == sequence.Length ? 0 : jsonNext + 1;
                        jsonOk &= DeserializeWithJson(message) != null;
                    }

                    jsonTicks += DateTime.UtcNow.Ticks - start;
                    jsonCount += 2;
                }

                ours = Math.Min(ours, ourTicks / 10.0 / ourCount);
                json = Math.Min(json, jsonTicks / 10.0 / jsonCount);
            }
            int allocated = HeapProbe.AllocatedBytes(sequence, false, 64);
            int kept = HeapProbe.KeptBytes(sequence);
            int jsonAllocated = HeapProbe.AllocatedBytes(sequence, true, 1);
            Console.WriteLine("| " + name + " | " + sequence[0].Length + " | " + ours.ToString("F1") + " | " + json.ToString("F1") + " | "
                + (json / ours).ToString("F1") + "x | " + allocated + " | " + kept + " | " + (jsonAllocated < 0 ? "more than the free heap" : jsonAllocated.ToString()) + " |");
            if (!outcomesOk || !jsonOk)
            {
                Console.WriteLine("  FAILED: ours gave an unexpected outcome (" + outcomesOk + ") or nanoFramework.Json returned null (" + jsonOk + ")");
            }

            return outcomesOk && jsonOk;
        }

        /// <summary>What a reflection-based device app does with a frame: UTF-8 to string, then DeserializeObject.</summary>
        internal static JsonRelayMessage DeserializeWithJson(byte[] message)
        {
            string text = Encoding.UTF8.GetString(message, 0, message.Length);
            return (JsonRelayMessage)JsonConvert.DeserializeObject(text, typeof(JsonRelayMessage));
        }

        // What one pass over every byte of a message costs on the interpreter, same bytes, same run: the floor under
        // any pipeline that looks at each byte in IL. A bare loop reading each byte; FNV-1a (the identical-message
        // check until the pipeline compared with a copy); the native Crc32 of nanoFramework.System.IO.Hashing (in the ESP32 firmware; not in the project's API
        // surface); Array.IndexOf for a byte that is not there (native scan); our reader tokenizing the whole message.
        private static void MeasurePasses(byte[] message)
        {
            uint sink = 0;
            long start;
            long loopTicks = 0;
            long loopCount = 0;
            while (loopTicks < MinimumTicks / 4)
            {
                start = DateTime.UtcNow.Ticks;
                for (int iteration = 0; iteration < 16; iteration++)
                {
                    int sum = 0;
                    for (int index = 0; index < message.Length; index++)
                    {
                        sum += message[index];
                    }

                    sink ^= (uint)sum;
                }

                loopTicks += DateTime.UtcNow.Ticks - start;
                loopCount += 16;
            }

            long fnvTicks = 0;
            long fnvCount = 0;
            while (fnvTicks < MinimumTicks / 4)
            {
                start = DateTime.UtcNow.Ticks;
                for (int iteration = 0; iteration < 16; iteration++)
                {
                    sink ^= Fnv1a(message);
                }

                fnvTicks += DateTime.UtcNow.Ticks - start;
                fnvCount += 16;
            }

            long crcTicks = 0;
            long crcCount = 0;
            while (crcTicks < MinimumTicks / 4)
            {
                start = DateTime.UtcNow.Ticks;
                for (int iteration = 0; iteration < 256; iteration++)
                {
                    sink ^= System.IO.Hashing.Crc32.HashToUInt32(new SpanByte(message, 0, message.Length));
                }

                crcTicks += DateTime.UtcNow.Ticks - start;
                crcCount += 256;
            }

            long scanTicks = 0;
            long scanCount = 0;
            while (scanTicks < MinimumTicks / 4)
            {
                start = DateTime.UtcNow.Ticks;
                for (int iteration = 0; iteration < 256; iteration++)
                {
                    sink ^= (uint)Array.IndexOf(message, (byte)1, 0, message.Length);
                }

                scanTicks += DateTime.UtcNow.Ticks - start;
                scanCount += 256;
            }

            var reader = new JsonTokenReader(RelayMessageProcessor.MaxDepth);
            long walkTicks = 0;
            long walkCount = 0;
            while (walkTicks < MinimumTicks / 4)
            {
                start = DateTime.UtcNow.Ticks;
                for (int iteration = 0; iteration < 4; iteration++)
                {
                    reader.Reset(message, 0, message.Length);
                    while (reader.Read())
                    {
                    }

                    sink ^= reader.IsComplete ? 1u : 0u;
                }

                walkTicks += DateTime.UtcNow.Ticks - start;
                walkCount += 4;
            }

            Console.WriteLine("one pass over " + message.Length + " B (us): byte loop in IL " + Micro(loopTicks, loopCount)
                + ", FNV-1a in IL " + Micro(fnvTicks, fnvCount) + ", native Crc32 " + Micro(crcTicks, crcCount)
                + ", native Array.IndexOf " + Micro(scanTicks, scanCount) + ", reader tokenizing all " + Micro(walkTicks, walkCount)
                + (sink == 0x5EED ? "." : string.Empty));
        }

        // FNV-1a 32, the whole-message hash the pipeline used before it compared with a copy of the last message.
        private static uint Fnv1a(byte[] data)
        {
            uint hash = 2166136261;
            for (int index = 0; index < data.Length; index++)
            {
                hash = unchecked((hash ^ data[index]) * 16777619);
            }

            return hash;
        }

        private static string Micro(long ticks, long count)
        {
            return (ticks / 10.0 / count).ToString("F2");
        }

        // Smallest step of DateTime.UtcNow.Ticks seen (the batches above run far longer than this).
        private static long ClockResolutionTicks()
        {
            long smallest = long.MaxValue;
            for (int sample = 0; sample < 20; sample++)
            {
                long first = DateTime.UtcNow.Ticks;
                long now;
                do
                {
                    now = DateTime.UtcNow.Ticks;
                }
                while (now == first);
                if (now - first < smallest)
                {
                    smallest = now - first;
                }
            }

            return smallest;
        }
    }
}
