using System;
using System.Text;
using DeskStats.Device;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Stage;
using nanoFramework.Json;

namespace DeskStats.Benchmarks
{
    /// <summary>
    /// Benchmarks on nanoCLR (docs/benchmarks-nanoclr.md): per message, our pipeline next to nanoFramework.Json over the
    /// same bytes in the same run; per render, time and controller bytes; live heap and garbage per message.
    /// Times are wall clock (DateTime.UtcNow ticks, 100 ns) around many iterations.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            try
            {
                Run();
            }
            catch (Exception exception)
            {
                Console.WriteLine("benchmarks: failed " + exception.GetType().FullName + " " + exception.Message);
            }
        }

        private static void Run()
        {
            byte[] normal = RelayMessages.Build(0, 1234, false);
            byte[] countPlusOne = RelayMessages.Build(0, 1235, false);
            byte[] newVisit = RelayMessages.Build(6, 1235, false);
            byte[] paddedA = RelayMessages.Build(0, 1234, true);
            byte[] paddedB = RelayMessages.Build(0, 1235, true);
            Console.WriteLine("message sizes: normal " + normal.Length + " B, padded " + paddedA.Length + " B");
            Console.WriteLine("case | ours (us/msg) | nanoFramework.Json (us/msg) | ratio | our garbage (B/msg)");
            Compare("identical", normal, normal, 4000, 40);
            Compare("one number changed", normal, countPlusOne, 600, 40);
            Compare("new visit (list shifted)", normal, newVisit, 400, 40);
            Compare("4 KB with unknown members", paddedA, paddedB, 300, 20);
            Renders();
        }

        private static void Compare(string name, byte[] first, byte[] second, int ourIterations, int jsonIterations)
        {
            double ours = Ours(first, second, ourIterations);
            int garbage = Garbage(first, second);
            string json;
            string ratio;
            try
            {
                double jsonMicroseconds = Json(first, second, jsonIterations);
                json = jsonMicroseconds.ToString("F1");
                ratio = (jsonMicroseconds / ours).ToString("F1") + "x";
            }
            catch (OutOfMemoryException)
            {
                // nanoFramework.Json builds the whole document as objects: on a device-sized heap it may not fit.
                json = "out of memory";
                ratio = "-";
            }

            Console.WriteLine(name + " | " + ours.ToString("F1") + " | " + json + " | " + ratio + " | " + garbage);
        }

        // Microseconds per message, the processor alternating between two messages (identical: the same one again).
        private static double Ours(byte[] first, byte[] second, int iterations)
        {
            var processor = new RelayMessageProcessor(new DashboardModel());
            processor.Process(first, first.Length);
            processor.Process(second, second.Length);
            long start = DateTime.UtcNow.Ticks;
            for (int index = 0; index < iterations; index++)
            {
                byte[] message = (index & 1) == 0 ? first : second;
                processor.Process(message, message.Length);
            }

            return (DateTime.UtcNow.Ticks - start) / 10.0 / iterations;
        }

        // nanoFramework.Json over the same bytes: UTF-8 to string (as a device must), then DeserializeObject.
        private static double Json(byte[] first, byte[] second, int iterations)
        {
            long start = DateTime.UtcNow.Ticks;
            for (int index = 0; index < iterations; index++)
            {
                byte[] message = (index & 1) == 0 ? first : second;
                string text = Encoding.UTF8.GetString(message, 0, message.Length);
                var document = (RelayMessageDocument)JsonConvert.DeserializeObject(text, typeof(RelayMessageDocument));
                if (document.summary == null)
                {
                    throw new InvalidOperationException();
                }
            }

            return (DateTime.UtcNow.Ticks - start) / 10.0 / iterations;
        }

        // Garbage per message: with a ballast leaving a known free space, count the messages processed until the
        // collector runs (a weakly held object disappears); free space / messages = bytes of garbage per message.
        private static int Garbage(byte[] first, byte[] second)
        {
            const int FreeSpace = 16 * 1024;
            const int MaxMessages = 20000;
            var processor = new RelayMessageProcessor(new DashboardModel());
            processor.Process(first, first.Length);
            processor.Process(second, second.Length);
            int free = (int)nanoFramework.Runtime.Native.GC.Run(true);
            byte[] ballast = new byte[free - FreeSpace];
            int measuredFree = (int)nanoFramework.Runtime.Native.GC.Run(true);
            var sentinel = new WeakReference(new object());
            int count = 0;
            while (sentinel.IsAlive && count < MaxMessages)
            {
                byte[] message = (count & 1) == 0 ? first : second;
                processor.Process(message, message.Length);
                count++;
            }

            ballast[0] = 1;
            return sentinel.IsAlive ? 0 : measuredFree / count;
        }

        private static void Renders()
        {
            var fonts = new DisplayFonts(
                ResourceFontData.Load(Resources.BinaryResources.TextSmall),
                ResourceFontData.Load(Resources.BinaryResources.TextMedium),
                ResourceFontData.Load(Resources.BinaryResources.DigitsMedium),
                ResourceFontData.Load(Resources.BinaryResources.DigitsLarge));
            BoardProfile board = BoardProfiles.Find(BoardProfiles.DefaultId);
            var bus = new HashingDisplayBus(null);
            var processor = new RelayMessageProcessor(new DashboardModel());
            processor.Process(RelayMessages.Build(0, 1234, false), 0);
            byte[] first = RelayMessages.Build(0, 1234, false);
            processor.Process(first, first.Length);
            var status = new ScreenStatus();
            status.Kind = ScreenKind.Online;
            status.ClockValid = true;
            status.LocalNow = new DateTime(2026, 11, 22, 9, 5, 0);
            int frameBytes = board.Width * board.Height * 2;
            Console.WriteLine("render (" + board.Id + ", a frame is " + frameBytes + " B) | ms per render | bytes | share of a frame");

            long start = DateTime.UtcNow.Ticks;
            var renderer = new DashboardRenderer(board, bus, fonts);
            renderer.Initialize();
            renderer.SetBrightness(100);
            renderer.Render(processor.Model, ChangedFields.All, status);
            Report("first frame", DateTime.UtcNow.Ticks - start, 1, bus.DataBytes, frameBytes);
            renderer.Tick(DashboardRenderer.CueMilliseconds);

            const int Steps = 20;
            long bytesBefore = bus.DataBytes;
            long ticks = 0;
            for (int step = 1; step <= Steps; step++)
            {
                byte[] message = RelayMessages.Build(0, 1234 + step, false);
                processor.Process(message, message.Length);
                start = DateTime.UtcNow.Ticks;
                renderer.Render(processor.Model, processor.LastChanges, status);
                ticks += DateTime.UtcNow.Ticks - start;
            }

            Report("count +1", ticks, Steps, bus.DataBytes - bytesBefore, frameBytes);

            bytesBefore = bus.DataBytes;
            ticks = 0;
            for (int step = 1; step <= Steps; step++)
            {
                byte[] message = RelayMessages.Build(step, 1300 + step, false);
                processor.Process(message, message.Length);
                start = DateTime.UtcNow.Ticks;
                renderer.Render(processor.Model, processor.LastChanges, status);
                renderer.Tick(DashboardRenderer.CueMilliseconds);
                ticks += DateTime.UtcNow.Ticks - start;
            }

            Report("new visitor (with its cue ending)", ticks, Steps, bus.DataBytes - bytesBefore, frameBytes);

            bytesBefore = bus.DataBytes;
            ticks = 0;
            var offline = new ScreenStatus();
            offline.Kind = ScreenKind.Unreachable;
            offline.ClockValid = true;
            offline.Offline = true;
            offline.OfflineSinceLocal = new DateTime(2026, 11, 22, 9, 4, 0);
            offline.LocalNow = status.LocalNow;
            offline.RetryInSeconds = 30;
            for (int step = 0; step < Steps; step++)
            {
                start = DateTime.UtcNow.Ticks;
                renderer.Render(processor.Model, ChangedFields.None, (step & 1) == 0 ? offline : status);
                ticks += DateTime.UtcNow.Ticks - start;
            }

            Report("status change (online <-> offline)", ticks, Steps, bus.DataBytes - bytesBefore, frameBytes);
            Console.WriteLine("live heap after the renders: " + (uint)nanoFramework.Runtime.Native.GC.Run(true) + " B free");
        }

        private static void Report(string name, long ticks, int count, long bytes, int frameBytes)
        {
            double milliseconds = ticks / 10000.0 / count;
            long perRender = bytes / count;
            Console.WriteLine(name + " | " + milliseconds.ToString("F2") + " | " + perRender + " | " + (100.0 * perRender / frameBytes).ToString("F2") + "%");
        }
    }
}
