using System;
using System.Text;
using DeskStats.Benchmarks.Protocol;
using DeskStats.Device;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;
using DeskStats.Stage;

namespace DeskStats.Benchmarks
{
    /// <summary>
    /// Render benchmarks on nanoCLR (docs/benchmarks-nanoclr.md): first frame, today's count +1, a new visitor, a status
    /// change, turning to the map page, and the visitors page (turning to it, a new visit on it), each in time and
    /// controller bytes, with the fonts and the map read through the
    /// ResourceManager as on the device. Times are wall clock (DateTime.UtcNow ticks, 100 ns) around 20 renders.
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
            Renders();
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
            processor.Process(SampleMessages.Render(5, 0, 1234, 0, true), 0);
            byte[] first = SampleMessages.Render(5, 0, 1234, 0, true);
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

            long bytesBefore = bus.DataBytes;
            long ticks = RenderMessages(processor, renderer, status, 1234, -1, false);
            Report("count +1", ticks, Steps, bus.DataBytes - bytesBefore, frameBytes);

            bytesBefore = bus.DataBytes;
            ticks = RenderMessages(processor, renderer, status, 1300, 0, false);
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

            // Turning between the dashboard and the map page (the map read through the ResourceManager).
            renderer.UseMap(ResourceFontData.LoadMap(DashboardRenderer.MapWidthFor(board.Width, board.Height)));
            long toMapTicks = 0, toMapBytes = 0, backTicks = 0, backBytes = 0;
            const int Turns = 5;
            for (int turn = 0; turn < Turns; turn++)
            {
                bytesBefore = bus.DataBytes;
                start = DateTime.UtcNow.Ticks;
                renderer.Page = ScreenPage.Map;
                renderer.Render(processor.Model, ChangedFields.None, status);
                toMapTicks += DateTime.UtcNow.Ticks - start;
                toMapBytes += bus.DataBytes - bytesBefore;
                bytesBefore = bus.DataBytes;
                start = DateTime.UtcNow.Ticks;
                renderer.Page = ScreenPage.Dashboard;
                renderer.Render(processor.Model, ChangedFields.None, status);
                backTicks += DateTime.UtcNow.Ticks - start;
                backBytes += bus.DataBytes - bytesBefore;
            }

            Report("turn to the map page", toMapTicks, Turns, toMapBytes, frameBytes);
            Report("turn back to the dashboard", backTicks, Turns, backBytes, frameBytes);

            // The visitors page: turning to it, then new visits on it (every row moves down one; the cue drawn and ended).
            renderer.UseVisitors();
            bytesBefore = bus.DataBytes;
            start = DateTime.UtcNow.Ticks;
            renderer.Page = ScreenPage.Visitors;
            renderer.Render(processor.Model, ChangedFields.None, status);
            Report("turn to the visitors page", DateTime.UtcNow.Ticks - start, 1, bus.DataBytes - bytesBefore, frameBytes);
            bytesBefore = bus.DataBytes;
            ticks = RenderMessages(processor, renderer, status, 1400, Steps, false);
            Report("visitors page: a new visit, same details (with its cue ending)", ticks, Steps, bus.DataBytes - bytesBefore, frameBytes);

            // The same with each visit its own actions, source, browser and system (they travel with the visit as the list
            // shifts): every cell of every row changes.
            bytesBefore = bus.DataBytes;
            ticks = RenderMessages(processor, renderer, status, 1500, 0, true);
            Report("visitors page: a new visit, own details (with its cue ending)", ticks, Steps, bus.DataBytes - bytesBefore, frameBytes);
            Console.WriteLine("live heap after the renders: " + (uint)nanoFramework.Runtime.Native.GC.Run(true) + " B free");
        }

        private const int Steps = 20;

        // Steps messages with today's count from firstToday + 1; from firstCity + 1 on each message is a new visit that
        // shifts the list (-1: the same visits, only the count moves), its cue ended after the render. Returns the render
        // time in ticks.
        private static long RenderMessages(RelayMessageProcessor processor, DashboardRenderer renderer, ScreenStatus status, int firstToday, int firstCity, bool ownDetails)
        {
            long ticks = 0;
            for (int step = 1; step <= Steps; step++)
            {
                byte[] message = SampleMessages.Render(5, 0, firstToday + step, firstCity < 0 ? 0 : firstCity + step, true);
                processor.Process(message, message.Length);
                ChangedFields changes = processor.LastChanges;
                if (ownDetails)
                {
                    GiveOwnDetails(processor.Model);
                    changes |= ChangedFields.VisitDetails;
                }

                long start = DateTime.UtcNow.Ticks;
                renderer.Render(processor.Model, changes, status);
                if (firstCity >= 0) renderer.Tick(DashboardRenderer.CueMilliseconds);
                ticks += DateTime.UtcNow.Ticks - start;
            }

            return ticks;
        }

        private static readonly string[] Sources = { "Google", "Direct Entry", "news.ycombinator.com", "Bing", "DuckDuckGo", "Newsletter" };
        private static readonly string[] Browsers = { "Chrome", "Firefox", "Mobile Safari", "Safari", "Edge", "Samsung Internet" };
        private static readonly string[] Systems = { "Android", "Windows", "iOS", "Mac", "Linux", "Chrome OS" };

        // Details that belong to the visit's place, so they move with it when the list shifts.
        private static void GiveOwnDetails(DashboardModel model)
        {
            for (int index = 0; index < model.RecentVisitCount; index++)
            {
                VisitEntry visit = model.GetRecentVisit(index);
                int key = (visit.City.Length + visit.City[0]) % Sources.Length;
                visit.Actions = 1 + key * 3;
                visit.Source = Sources[key];
                visit.BrowserName = Browsers[key];
                visit.OperatingSystem = Systems[(key + 2) % Systems.Length];
            }
        }

        private static void Report(string name, long ticks, int count, long bytes, int frameBytes)
        {
            double milliseconds = ticks / 10000.0 / count;
            long perRender = bytes / count;
            Console.WriteLine(name + " | " + milliseconds.ToString("F2") + " | " + perRender + " | " + (100.0 * perRender / frameBytes).ToString("F2") + "%");
        }
    }
}
