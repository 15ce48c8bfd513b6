using BenchmarkDotNet.Attributes;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Benchmarks.Protocol
{
    /// <summary>
    /// Time and allocated bytes of one RelayMessageProcessor.Process call for the cases that matter on the device:
    /// a byte-identical repeat, a changed number only, a changed latest city, a new visit shifting the list, and a
    /// message whose every field is new. Each operation processes the other message of a pair, so every call sees a change.
    /// </summary>
    [MemoryDiagnoser]
    public class ProcessorAllocationBenchmarks
    {
        private RelayMessageProcessor _processor;
        private byte[] _normal;
        private byte[] _changedNumber;
        private byte[] _changedCity;
        private byte[] _shifted;
        private bool _toggle;

        /// <summary>Message size in bytes.</summary>
        [Params(1024, 4096)]
        public int Size { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _normal = SampleMessages.Build(Size);
            _changedNumber = SampleMessages.Build(Size, todayVisits: 1235);
            _shifted = SampleMessages.Build(Size, firstCity: 7);
            string text = System.Text.Encoding.UTF8.GetString(_normal);
            _changedCity = System.Text.Encoding.UTF8.GetBytes(text.Replace("\"Tokyo\"", "\"Osaka\""));
            _processor = new RelayMessageProcessor(new DashboardModel());
            _processor.Process(_normal, _normal.Length);
        }

        private MessageOutcome Alternate(byte[] other)
        {
            _toggle = !_toggle;
            byte[] message = _toggle ? other : _normal;
            return _processor.Process(message, message.Length);
        }

        [Benchmark]
        public MessageOutcome IdenticalMessage() => _processor.Process(_normal, _normal.Length);

        [Benchmark]
        public MessageOutcome ChangedNumberOnly() => Alternate(_changedNumber);

        [Benchmark]
        public MessageOutcome ChangedLatestCity() => Alternate(_changedCity);

        [Benchmark]
        public MessageOutcome NewVisitShiftsTheList() => Alternate(_shifted);

        [Benchmark]
        public MessageOutcome FirstMessageAfterBoot()
        {
            // A fresh processor and model: the first message after boot (includes the processor's own buffers).
            var processor = new RelayMessageProcessor(new DashboardModel());
            return processor.Process(_normal, _normal.Length);
        }
    }
}
