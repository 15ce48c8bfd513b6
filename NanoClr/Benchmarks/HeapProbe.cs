using System;
using DeskStats.Model;
using DeskStats.Protocol;
using NativeGC = nanoFramework.Runtime.Native.GC;

namespace DeskStats.NanoClr.Benchmarks
{
    /// <summary>
    /// Bytes of managed heap one message costs on nanoCLR. nanoFramework has no allocation counter: GC.Run returns
    /// the free heap only after a collection, which hides garbage. So: collect and compact, fill the free heap with
    /// byte arrays leaving about F bytes free, drop them (they are garbage, but free again only after a collection,
    /// so the messages never run out of memory), process the messages, and see whether a collection ran (a
    /// WeakReference to a dead object is cleared by it). The messages allocated more than F bytes exactly when a
    /// collection ran, so a binary search on F gives the bytes they allocated (in heap blocks: 24 bytes on x64, 12 on ESP32),
    /// the same figure as BenchmarkDotNet's "Allocated" on the host. Garbage = allocated - kept; kept is the
    /// growth of the heap in use after a collection (GC.Run deltas).
    /// </summary>
    internal static class HeapProbe
    {
        // Bytes an array costs beyond its length, as budgeted (exactness does not matter: the same budget is used
        // with and without messages, and the difference is reported).
        private const int ChunkOverhead = 16;

        /// <summary>
        /// Bytes one message of <paramref name="sequence"/> allocates, the processor holding the previous one: the
        /// mean over <paramref name="messages"/> messages (free space left beside the filler is split into a few
        /// blocks, which blurs one measurement by a few blocks; many messages divide that out). -1: more than the heap.
        /// </summary>
        public static int AllocatedBytes(byte[][] sequence, bool withJson, int messages)
        {
            // Smallest free space (beside the filler) with which the messages run without a collection, minus the same
            // for no message: both include the probe's own overhead, which cancels.
            int needed = FreeSpaceNeeded(sequence, withJson, messages);
            if (needed < 0)
            {
                return -1;
            }

            return (needed - FreeSpaceNeeded(sequence, withJson, 0)) / messages;
        }

        /// <summary>Growth of the heap in use (after a collection) per message, over 16 messages of <paramref name="sequence"/>.</summary>
        public static int KeptBytes(byte[][] sequence)
        {
            var processor = new RelayMessageProcessor(new DashboardModel());
            Process(processor, sequence, sequence.Length - 1);
            Process(processor, sequence, 0);
            uint before = NativeGC.Run(true);
            for (int index = 1; index <= 16; index++)
            {
                Process(processor, sequence, index % sequence.Length);
            }

            uint after = NativeGC.Run(true);
            return ((int)before - (int)after) / 16;
        }

        /// <summary>
        /// Heap the pipeline keeps (model, processor with its staging model, reader, checkpoints and message copy)
        /// after its first message of <paramref name="message"/>, from GC.Run deltas.
        /// </summary>
        public static int PipelineKeptBytes(byte[] message)
        {
            uint before = NativeGC.Run(true);
            var processor = new RelayMessageProcessor(new DashboardModel());
            processor.Process(message, message.Length);
            uint after = NativeGC.Run(true);
            return processor.AcceptedCount == 1 ? (int)before - (int)after : -1;
        }

        private static int FreeSpaceNeeded(byte[][] sequence, bool withJson, int messages)
        {
            int low = 0;
            int high = (int)NativeGC.Run(true) - 256;
            if (!RunsWithoutCollection(sequence, withJson, messages, high))
            {
                return -1;
            }

            while (low < high)
            {
                int middle = (low + high) / 2;
                if (RunsWithoutCollection(sequence, withJson, messages, middle))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }

        private static bool RunsWithoutCollection(byte[][] sequence, bool withJson, int messages, int freeSpace)
        {
            var processor = new RelayMessageProcessor(new DashboardModel());
            Process(processor, sequence, sequence.Length - 1);
            object[] chunks = new object[4096];
            var sentinel = new WeakReference(new object());
            int budget = (int)NativeGC.Run(true) - freeSpace;

            // Fill the free heap, fragments included, with arrays of falling sizes (a single big array would leave
            // the fragments free); OutOfMemoryException means that size no longer fits anywhere.
            int count = 0;
            for (int size = 4096; size >= 8; size /= 2)
            {
                while (budget >= size + ChunkOverhead && count < chunks.Length)
                {
                    try
                    {
                        chunks[count] = new byte[size];
                    }
                    catch (OutOfMemoryException)
                    {
                        break;
                    }

                    count++;
                    budget -= size + ChunkOverhead;
                }
            }

            // The chunks become garbage, but their space is free again only after a collection.
            chunks = null;
            sentinel.Target = new object();
            for (int index = 0; index < messages; index++)
            {
                if (withJson)
                {
                    Program.DeserializeWithJson(sequence[index % sequence.Length]);
                }
                else
                {
                    Process(processor, sequence, index % sequence.Length);
                }
            }

            return sentinel.IsAlive;
        }

        private static void Process(RelayMessageProcessor processor, byte[][] sequence, int index)
        {
            processor.Process(sequence[index], sequence[index].Length);
        }
    }
}
