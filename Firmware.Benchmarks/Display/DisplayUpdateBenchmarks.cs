using System;
using BenchmarkDotNet.Attributes;
using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Model;

namespace DeskStats.Benchmarks.Display
{
    /// <summary>
    /// Host time to render each kind of update, per display class, through the decoding bus (which costs more
    /// than the device's SPI write, so these are upper bounds of the managed work). The bytes sent per update,
    /// as a share of one full frame, and the memory kept are printed by the global setup (see docs/benchmarks-display.md).
    /// </summary>
    [MemoryDiagnoser]
    public class DisplayUpdateBenchmarks
    {
        private DashboardRenderer _renderer;
        private DashboardModel[] _counts;
        private DashboardModel[] _visitors;
        private DashboardModel[] _days;
        private int _step;
        private DeskStats.Link.ScreenStatus _status;

        /// <summary>Board id, one per display class.</summary>
        [Params("cyd", "esp32-st7789-240", "t-display")]
        public string Board { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            Console.WriteLine(DisplayScenario.TableHeader);
            Console.WriteLine(DisplayScenario.MeasureRow(Board));
            BoardProfile profile = BoardProfiles.Find(Board);
            _renderer = new DashboardRenderer(profile, new DecodingDisplayBus(profile), DisplayScenario.Fonts());
            _renderer.Initialize();
            _status = DisplayScenario.Online();
            _renderer.Render(DisplayScenario.Model(1234, "Kraków", 3), ChangedFields.All, _status);
            _counts = new[] { DisplayScenario.Model(1235, "Kraków", 3), DisplayScenario.Model(1234, "Kraków", 3) };
            _visitors = new[] { DisplayScenario.Model(1234, "Zürich", 4), DisplayScenario.Model(1234, "Kraków", 3) };
            _days = new[] { DisplayScenario.NextDay(1234), DisplayScenario.Model(1234, "Kraków", 3) };
        }

        [Benchmark(Description = "count +1")]
        public void CountPlusOne() => _renderer.Render(_counts[_step++ & 1], ChangedFields.TodayVisits, _status);

        [Benchmark(Description = "new latest visitor (cue on)")]
        public void NewLatestVisitor() => _renderer.Render(_visitors[_step++ & 1], ChangedFields.LatestVisit, _status);

        [Benchmark(Description = "day rollover")]
        public void DayRollover() => _renderer.Render(_days[_step++ & 1], ChangedFields.All & ~ChangedFields.LatestVisit & ~ChangedFields.RecentVisits, _status);

        [Benchmark(Description = "first frame (init, clear, draw)")]
        public void FirstFrame()
        {
            BoardProfile profile = BoardProfiles.Find(Board);
            var renderer = new DashboardRenderer(profile, new DecodingDisplayBus(profile), DisplayScenario.Fonts());
            renderer.Initialize();
            renderer.Render(_counts[0], ChangedFields.All, _status);
        }
    }
}
