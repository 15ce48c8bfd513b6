using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.Stage
{
    /// <summary>
    /// The relay message pipeline: each golden payload through a fresh processor, then a recorded session through one
    /// processor as the device runs it. After each message: the outcome, the reason, the changed fields and the model.
    /// </summary>
    public static class PipelinePart
    {
        // One byte past the processor's limit: a longer message is refused for its size whatever follows.
        private const int MaximumRead = RelayMessageProcessor.MaxMessageBytes + 1;

        /// <summary>Runs the golden payloads (<paramref name="payloads"/>) and the session (<paramref name="session"/>).</summary>
        public static void Run(IStageBlob payloads, IStageBlob session, IStageLog log, StageHeapMeter heap)
        {
            var records = new StageRecords(payloads, MaximumRead);
            while (records.MoveNext())
            {
                var processor = new RelayMessageProcessor(new DashboardModel());
                Process(processor, records, log);
                heap.Sample();
            }

            heap.Report("pipeline-payloads", log);

            var sessionProcessor = new RelayMessageProcessor(new DashboardModel());
            records = new StageRecords(session, MaximumRead);
            int count = 0;
            while (records.MoveNext())
            {
                Process(sessionProcessor, records, log);
                count++;
                if (count % 50 == 0)
                {
                    heap.Sample();
                }
            }

            log.Line("session messages=" + count + " applied=" + sessionProcessor.AcceptedCount + " unchanged=" + sessionProcessor.UnchangedCount + " rejected=" + sessionProcessor.RejectedCount);
            heap.Report("pipeline-session", log);
        }

        private static void Process(RelayMessageProcessor processor, StageRecords records, IStageLog log)
        {
            MessageOutcome outcome = processor.Process(records.Data, records.DataLength);
            string line = records.Name + " length=" + records.FullLength + " outcome=" + (int)outcome + " reason=" + (int)processor.LastRejectReason + " changes=" + (int)processor.LastChanges;
            if (outcome == MessageOutcome.Applied)
            {
                line += " " + StageText.Model(processor.Model);
            }

            log.Line(line);
        }
    }
}
