using System;
using BenchmarkDotNet.Attributes;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Model;

namespace DeskStats.Benchmarks.Display
{
    /// <summary>
    /// Host time of the map page: a new visit (count digits, place, the dots' cells) and the whole page, through the
    /// decoding bus. The bytes, cells and memory are printed by the global setup (docs/benchmarks-display.md).
    /// </summary>
    [MemoryDiagnoser]
    public class MapPageBenchmarks
    {
        private MapPage _page;
        private RenderTarget _target;
        private DashboardModel[] _models;
        private int _step;

        /// <summary>Board id, one per display class.</summary>
        [Params("cyd", "esp32-st7789-240", "t-display")]
        public string Board { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            Console.WriteLine(MapScenario.TableHeader);
            Console.WriteLine(MapScenario.MeasureRow(Board));
            _page = MapScenario.Create(Board, out _target, out DecodingDisplayBus _);
            _models = new[] { MapScenario.Model(true), MapScenario.Model(false) };
            _page.Draw(_target, _models[1], ChangedFields.All);
        }

        [Benchmark(Description = "map: new visit")]
        public void NewVisit() => _page.Draw(_target, _models[_step++ & 1], MapScenario.NewVisitChanges);

        [Benchmark(Description = "map: whole page")]
        public void WholePage()
        {
            _page.Invalidate();
            _page.Draw(_target, _models[_step & 1], ChangedFields.All);
        }
    }
}
