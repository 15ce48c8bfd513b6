using System;
using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Model;

namespace DeskStats.NanoClr.MapBench
{
    /// <summary>A display bus that only counts: the interpreter's work without a panel.</summary>
    internal sealed class CountingBus : IDisplayBus
    {
        public long Bytes;

        public void WriteCommand(byte command) => Bytes++;

        public void WriteData(byte[] data, int offset, int count) => Bytes += count;

        public void SetReset(bool asserted)
        {
        }

        public void SetBacklight(int percent)
        {
        }

        public void DelayMilliseconds(int milliseconds)
        {
        }
    }

    public class Program
    {
        private static readonly int[] Latitudes = { -2355, 3569, 5151, -3387, 4071, 5006 };
        private static readonly int[] Longitudes = { -4663, 13969, -13, 15121, -7401, 1994 };

        public static void Main()
        {
            var bus = new CountingBus();
            var panel = new DisplayPanel(BoardProfiles.Find("cyd"), bus);
            var target = new RenderTarget(panel, 64, RenderTarget.DefaultBandBytes);
            var mask = new LandMask(new ByteArrayFontData(Convert.FromBase64String(MapBytes.World320)));
            var field = new MapField(mask, 0, 86, 2, 6);
            DashboardModel before = Model(false);
            DashboardModel after = Model(true);

            const int wholeRuns = 10;
            long start = DateTime.UtcNow.Ticks;
            for (int run = 0; run < wholeRuns; run++)
            {
                field.Invalidate();
                field.Update(target, before);
            }

            long whole = (DateTime.UtcNow.Ticks - start) / wholeRuns;
            long wholeBytes = bus.Bytes / wholeRuns;

            const int visitRuns = 100;
            bus.Bytes = 0;
            start = DateTime.UtcNow.Ticks;
            for (int run = 0; run < visitRuns; run++)
            {
                field.Update(target, (run & 1) == 0 ? after : before);
            }

            long visit = (DateTime.UtcNow.Ticks - start) / visitRuns;
            start = DateTime.UtcNow.Ticks;
            for (int run = 0; run < visitRuns; run++)
            {
                field.Update(target, before);
            }

            long unchanged = (DateTime.UtcNow.Ticks - start) / visitRuns;
            Console.WriteLine("whole map 320x119: " + whole / 10 + " us, " + wholeBytes + " bytes");
            Console.WriteLine("new visit (map cells): " + visit / 10 + " us, " + bus.Bytes / visitRuns + " bytes");
            Console.WriteLine("same visits again (nothing sent): " + unchanged / 10 + " us");
            Console.WriteLine("new visit / whole map: " + (visit * 1000 / whole) / 10 + "." + (visit * 1000 / whole) % 10 + "%");
            Console.WriteLine("MapBench OK");
        }

        private static DashboardModel Model(bool arrived)
        {
            var model = new DashboardModel();
            model.RecentVisitCount = 5;
            for (int index = 0; index < 5; index++)
            {
                int place = arrived ? (index + 5) % 6 : index;
                VisitEntry visit = model.GetRecentVisit(index);
                visit.HasLocation = true;
                visit.LatitudeCentidegrees = Latitudes[place];
                visit.LongitudeCentidegrees = Longitudes[place];
            }

            return model;
        }
    }
}
