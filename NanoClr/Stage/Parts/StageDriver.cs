namespace DeskStats.Stage
{
    /// <summary>
    /// Runs every part of the interpreter stage in order and ends with the success marker. The same code runs on nanoCLR
    /// (NanoClr/Stage) and on .NET (Tools/NanoClr), and the two logs must be equal line for line (docs/nanoclr-stage.md).
    /// A new part is a class with a Run method here and its lines; inputs too big for code come as blobs.
    /// </summary>
    public static class StageDriver
    {
        /// <summary>The last line of a run that got through every part.</summary>
        public const string SuccessMarker = "stage: all parts ran";

        /// <summary>
        /// Runs the parts (<paramref name="soakHours"/> 0), or only the soak for <paramref name="soakHours"/> simulated
        /// hours (1 to 48): the soak holds the whole app at once and runs in a nanoCLR of its own, with its own heap.
        /// </summary>
        public static void Run(IStageBlob payloads, IStageBlob session, int soakHours, IStageScreens screens, IHeapProbe probe, IStageLog log)
        {
            if (soakHours > 0)
            {
                log.Line("part soak");
                SoakPart.Run(soakHours, screens, probe, log);
                log.Line(SuccessMarker);
                return;
            }

            var heap = new StageHeapMeter(probe);
            log.Line("part pipeline");
            PipelinePart.Run(payloads, session, log, heap);
            log.Line("part settings");
            SettingsPart.Run(log, heap);
            log.Line("part supervisor");
            SupervisorPart.Run(log, heap);
            log.Line("part render");
            RenderPart.Run(screens, log, heap);
            log.Line("part map");
            MapPart.Run(screens, log, heap);
            log.Line("part device");
            DevicePart.Run(session, screens, log, heap);
            log.Line(SuccessMarker);
        }
    }
}
