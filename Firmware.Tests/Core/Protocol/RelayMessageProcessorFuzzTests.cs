using System;
using System.Text;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>
    /// Property test with a seeded generator: mutated and truncated relay messages never throw, a rejected message
    /// never changes the model, and every call allocates at most what its new strings need.
    /// </summary>
    public class RelayMessageProcessorFuzzTests
    {
        private const int Iterations = 100_000;

        // Worst case of one call: every kept string new (5 visits x 4 fields + 3 time_spent), each at the cap.
        private const long AllocationBoundPerCall = (DashboardModel.MaxRecentVisits * 4 + 3) * (32 + (2 * RelayMessageProcessor.MaxTextLength));

        private static readonly string[] Seeds =
        {
            "normal.json", "pretty.json", "reordered.json", "unknown-members.json", "escapes-unicode.json", "numbers.json",
            "empty-sections.json", "wrong-type-visits-string.json"
        };

        private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]:,\"\\ -+.0123456789eEtrufalsn\u00e9\uD83D\uDE00u");

        private static byte[] Mutate(byte[] source, Random random)
        {
            byte[] bytes = (byte[])source.Clone();
            int length = bytes.Length;
            int mutations = random.Next(1, 4);
            for (int index = 0; index < mutations && length > 0; index++)
            {
                int position = random.Next(length);
                switch (random.Next(7))
                {
                    case 0: // truncate
                        length = random.Next(length);
                        break;
                    case 1: // flip bits
                        bytes[position] ^= (byte)(1 << random.Next(8));
                        break;
                    case 2: // interesting byte
                        bytes[position] = Interesting[random.Next(Interesting.Length)];
                        break;
                    case 3: // random byte
                        bytes[position] = (byte)random.Next(256);
                        break;
                    case 4: // delete a run
                        int count = Math.Min(random.Next(1, 8), length - position);
                        Array.Copy(bytes, position + count, bytes, position, length - position - count);
                        length -= count;
                        break;
                    case 5: // change a digit (keeps the message valid, changes a number)
                        for (int scan = position; scan < length; scan++)
                        {
                            if (bytes[scan] >= (byte)'1' && bytes[scan] <= (byte)'9')
                            {
                                bytes[scan] = (byte)('1' + random.Next(9));
                                break;
                            }
                        }

                        break;
                    default: // change a letter (keeps the message valid, changes a name or a string)
                        for (int scan = position; scan < length; scan++)
                        {
                            if (bytes[scan] >= (byte)'a' && bytes[scan] <= (byte)'z')
                            {
                                bytes[scan] = (byte)('a' + random.Next(26));
                                break;
                            }
                        }

                        break;
                }
            }

            if (length < bytes.Length)
            {
                Array.Clear(bytes, length, bytes.Length - length);
            }

            return bytes.AsSpan(0, length).ToArray();
        }

        [Fact]
        public void Mutated_and_truncated_messages_never_throw_never_change_the_model_when_rejected_and_allocate_little()
        {
            byte[][] seeds = new byte[Seeds.Length][];
            for (int index = 0; index < Seeds.Length; index++)
            {
                seeds[index] = Payloads.Load(Seeds[index]);
            }

            var random = new Random(424242);
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            int applied = 0;
            int rejected = 0;
            int unchanged = 0;
            long largestAllocation = 0;
            int runtimeOutliers = 0;
            string snapshot = ModelSnapshot.Of(model);
            for (int iteration = 0; iteration < Iterations; iteration++)
            {
                byte[] seed = seeds[random.Next(seeds.Length)];
                byte[] message = random.Next(10) == 0 ? seed : Mutate(seed, random);

                long before = GC.GetAllocatedBytesForCurrentThread();
                MessageOutcome outcome = processor.Process(message, message.Length);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

                // The runtime itself (tiered JIT, on-stack replacement) now and then allocates on this thread in the
                // middle of a call; such rare outliers are counted, not failed, but must stay far below a runaway.
                if (allocated > AllocationBoundPerCall)
                {
                    runtimeOutliers++;
                    Assert.True(allocated < 16 * 1024, $"iteration {iteration}: {allocated} B");
                }
                else
                {
                    largestAllocation = Math.Max(largestAllocation, allocated);
                }

                string after = ModelSnapshot.Of(model);
                switch (outcome)
                {
                    case MessageOutcome.Rejected:
                        rejected++;
                        Assert.NotEqual(RejectReason.None, processor.LastRejectReason);
                        Assert.Equal(ChangedFields.None, processor.LastChanges);
                        Assert.Equal(snapshot, after);
                        break;
                    case MessageOutcome.Unchanged:
                        unchanged++;
                        Assert.Equal(ChangedFields.None, processor.LastChanges);
                        Assert.Equal(snapshot, after);
                        break;
                    default:
                        applied++;
                        Assert.NotEqual(ChangedFields.None, processor.LastChanges);
                        break;
                }

                snapshot = after;
            }

            Assert.True(runtimeOutliers <= 5, $"{runtimeOutliers} calls allocated more than {AllocationBoundPerCall} B");
            Assert.True(largestAllocation <= AllocationBoundPerCall);
            Assert.Equal(Iterations, applied + rejected + unchanged);
            Assert.Equal(applied, processor.AcceptedCount);
            Assert.Equal(rejected, processor.RejectedCount);
            Assert.Equal(unchanged, processor.UnchangedCount);
            // The generator must exercise every outcome, not only rejections.
            Assert.True(applied > 1000 && rejected > 10000 && unchanged > 1000, $"applied {applied}, rejected {rejected}, unchanged {unchanged}");
        }

        [Fact]
        public void A_fresh_processor_given_the_same_valid_message_builds_the_same_model()
        {
            // Incremental decoding (only changed sections) must agree with decoding from scratch.
            byte[][] seeds = new byte[Seeds.Length][];
            for (int index = 0; index < Seeds.Length; index++)
            {
                seeds[index] = Payloads.Load(Seeds[index]);
            }

            var random = new Random(99);
            var model = new DashboardModel();
            var processor = new RelayMessageProcessor(model);
            int compared = 0;
            for (int iteration = 0; iteration < 10_000; iteration++)
            {
                byte[] message = Mutate(seeds[random.Next(seeds.Length)], random);
                if (processor.Process(message, message.Length) == MessageOutcome.Rejected)
                {
                    continue;
                }

                var freshModel = new DashboardModel();
                var fresh = new RelayMessageProcessor(freshModel);
                fresh.Process(message, message.Length);
                // A fresh processor lacks sections the message omitted; compare only when both sections are present.
                string text = Encoding.UTF8.GetString(message);
                if (text.Contains("\"visits_live\"") && text.Contains("\"summary\""))
                {
                    Assert.Equal(ModelSnapshot.Of(freshModel), ModelSnapshot.Of(model));
                    compared++;
                }
            }

            Assert.True(compared > 500, $"compared {compared}");
        }
    }
}
