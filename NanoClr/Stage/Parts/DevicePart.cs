using System;
using DeskStats.Display;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Stage
{
    /// <summary>
    /// What the device holds at once: one message processor and one renderer on the default board, fed the recorded
    /// session as the device would (a message that changed something is drawn, the rest only counted). Every 25
    /// messages: the controller bytes so far. Its heap peak is the figure that must fit the ESP32.
    /// </summary>
    public static class DevicePart
    {
        private const int Messages = 800;
        private const int ReportEvery = 25;

        /// <summary>Runs the first <see cref="Messages"/> messages of <paramref name="session"/>.</summary>
        public static void Run(IStageBlob session, IStageScreens screens, IStageLog log, StageHeapMeter heap)
        {
            BoardProfile board = BoardProfiles.Find(BoardProfiles.DefaultId);
            var bus = new HashingDisplayBus(null);
            var renderer = new DashboardRenderer(board, bus, screens.Fonts);
            renderer.Initialize();
            renderer.SetBrightness(100);
            var processor = new RelayMessageProcessor(new DashboardModel());
            var status = new ScreenStatus();
            status.Kind = ScreenKind.Online;
            status.ClockValid = true;
            status.LocalNow = new DateTime(2026, 11, 22, 23, 50, 0);
            renderer.Render(processor.Model, ChangedFields.None, status);

            // A message past the cap never reaches the device's heap: its client refuses the frame (the pipeline part
            // covers what the processor does with one).
            var records = new StageRecords(session, RelayMessageProcessor.MaxMessageBytes);
            records.RefuseLonger = true;
            int count = 0;
            int drawn = 0;
            while (count < Messages && records.MoveNext())
            {
                count++;
                if (records.DataLength > 0 && processor.Process(records.Data, records.DataLength) == MessageOutcome.Applied)
                {
                    renderer.Render(processor.Model, processor.LastChanges, status);
                    drawn++;
                }

                // The cue of a new visitor runs out between messages, as the device's loop ticks it.
                renderer.Tick(1000);
                if (count % ReportEvery == 0)
                {
                    log.Line("device message=" + count + " drawn=" + drawn + " bytes=" + bus.Hash.Count + " hash=" + bus.Hash.Hex());
                    heap.Sample();
                }
            }

            heap.Report("device", log);
        }
    }
}
