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

        /// <summary>Runs the parts.</summary>
        public static void Run(IStageBlob payloads, IStageBlob session, IStageScreens screens, IHeapProbe probe, IStageLog log)
        {
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
