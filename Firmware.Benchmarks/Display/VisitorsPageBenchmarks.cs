using System;
using BenchmarkDotNet.Attributes;
using DeskStats.Display.Rendering;
using DeskStats.Display.Visitors;
using DeskStats.Model;

namespace DeskStats.Benchmarks.Display
{
    /// <summary>
    /// Host time of the visitors page: a new visit that moves every row, with the visits' details alike or each its own,
    /// through the decoding bus. The bytes and memory are printed by the global setup (docs/benchmarks-display.md).
    /// </summary>
    [MemoryDiagnoser]
    public class VisitorsPageBenchmarks
    {
        private VisitorsPage _page;
        private RenderTarget _target;
        private DashboardModel[] _alike;
        private DashboardModel[] _own;
        private int _step;

        /// <summary>Board id, one per display class.</summary>
        [Params("cyd", "esp32-st7789-240", "t-display")]
        public string Board { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            Console.WriteLine(VisitorsScenario.TableHeader);
            Console.WriteLine(VisitorsScenario.MeasureRow(Board));
            _page = VisitorsScenario.Create(Board, out _target, out _);
            _alike = new[] { VisitorsScenario.Model(true, false), VisitorsScenario.Model(false, false) };
            _own = new[] { VisitorsScenario.Model(true, true), VisitorsScenario.Model(false, true) };
            _page.Draw(_target, _alike[1], ChangedFields.All);
        }

        // Each pair alternates the scene before and after Kraków arrived, so every operation moves every row.
        [Benchmark(Description = "visitors: new visit, details alike")]
        public void NewVisitAlike() => _page.Draw(_target, _alike[_step++ & 1], VisitorsScenario.NewVisitChanges);

        [Benchmark(Description = "visitors: new visit, own details")]
        public void NewVisitOwnDetails() => _page.Draw(_target, _own[_step++ & 1], VisitorsScenario.NewVisitChanges);
    }
}
