using System;
using nanoFramework.Runtime.Native;
using GC = nanoFramework.Runtime.Native.GC;

namespace DeskStats.GcRepro
{
    /// <summary>
    /// How this nanoCLR behaves with little free heap, apart from DeskStats' code (docs/soak.md): small live objects with
    /// several fields (as the app's) until about 15 KB are left, then a loop whose every step calls 13 frames deep, each
    /// frame holding a new object, and reads 128 bytes of a resource under a lock at the bottom (as the font reader does),
    /// with some other garbage between. With the call one frame deep, or with about 22 KB free, it runs to "done".
    /// </summary>
    public sealed class Node
    {
        public int A;
        public int B;
        public object Next;
        public string Text;
        public byte[] Data;
    }

    public static class Program
    {
        private static readonly object Gate = new object();
        private static byte[] _block;

        // A call stack as deep as the renderer's, each frame holding references, the read under a lock as the font reader does.
        private static void Deep(int depth, int step, object[] ring, object held)
        {
            var local = new Node();
            local.Next = held;
            if (depth > 0)
            {
                Deep(depth - 1, step, ring, local);
                return;
            }

            lock (Gate)
            {
                int offset = (step * 389) % 20000;
                _block = (byte[])ResourceUtility.GetObject(Resources.ResourceManager, Resources.BinaryResources.TextSmall, offset, 128);
            }

            if ((step % 7) == 0) ring[step % 16] = new byte[64 + (step % 13) * 40];
            if ((step % 11) == 0) ring[(step + 5) % 16] = "x" + _block[0].ToString() + step.ToString();
        }

        // The live objects stop growing once a full collection leaves less than this, bytes.
        private const int TargetFreeBytes = 22000;

        public static void Main()
        {
            try
            {
                Run();
            }
            catch (Exception exception)
            {
                Console.WriteLine("exception " + exception.GetType().FullName + " " + exception.Message + "\n" + exception.StackTrace);
            }
        }

        private static void Run()
        {
            int target = TargetFreeBytes;
            var keep = new object[64][];
            int count = 0;
            uint free = GC.Run(true);
            Console.WriteLine("free at start " + free);
            while (count < 64 * 32)
            {
                if (count % 32 == 0) keep[count / 32] = new object[32];
                var node = new Node();
                node.A = count;
                node.Text = "n" + count.ToString();
                node.Data = new byte[(count % 5) * 8];
                keep[count / 32][count % 32] = node;
                count++;
                if ((count & 63) == 0)
                {
                    free = GC.Run(true);
                    if (free < target) break;
                }
            }

            Console.WriteLine("live objects " + count + ", free " + GC.Run(true));
            var ring = new object[16];
            for (int step = 0; step < 400000; step++)
            {
                Deep(12, step, ring, null);
                if ((step % 50000) == 0) Console.WriteLine("step " + step + " free " + GC.Run(false));
            }

            Console.WriteLine("done " + count);
        }
    }
}
