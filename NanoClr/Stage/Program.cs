using System;
using System.Threading;
using DeskStats.Device;
using DeskStats.Display;
using DeskStats.Display.Rendering;

namespace DeskStats.Stage
{
    /// <summary>
    /// The interpreter stage on nanoCLR: the portable core's parts over the inputs in the resources, each result line on
    /// the console. Tools/NanoClr runs this next to the same parts on .NET and compares (docs/nanoclr-stage.md).
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            try
            {
                StageDriver.Run(new ResourceBlob(StageInputs.Blob.Payloads), new ResourceBlob(StageInputs.Blob.Session), SoakHours(), new ResourceScreens(), new CollectorProbe(), new ConsoleLog());
            }
            catch (Exception exception)
            {
                // An uncaught exception would end nanoCLR silently with exit code 0: say what it was instead.
                Console.WriteLine("stage: failed " + exception.GetType().FullName + " " + exception.Message);
                Console.WriteLine(exception.StackTrace);
            }

            Thread.Sleep(10);
        }

        // The soak's length, written by the stage command (--soak-hours) as a 4-byte little-endian number.
        private static int SoakHours()
        {
            var blob = new ResourceBlob(StageInputs.Blob.SoakHours);
            var bytes = new byte[4];
            blob.Read(0, bytes, 0, 4);
            return bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
        }

        private sealed class ConsoleLog : IStageLog
        {
            public void Line(string text) => Console.WriteLine(text);
        }

        private sealed class CollectorProbe : IHeapProbe
        {
            public int FreeBytesAfterCollection() => (int)nanoFramework.Runtime.Native.GC.Run(true);
        }

        private sealed class ResourceScreens : IStageScreens
        {
            public ResourceScreens()
            {
                Fonts = new DisplayFonts(
                    ResourceFontData.Load(Resources.BinaryResources.TextSmall),
                    ResourceFontData.Load(Resources.BinaryResources.TextMedium),
                    ResourceFontData.Load(Resources.BinaryResources.DigitsMedium),
                    ResourceFontData.Load(Resources.BinaryResources.DigitsLarge));
            }

            public DisplayFonts Fonts { get; }

            public IDisplayBus CreateInnerBus(BoardProfile profile) => null;

            public void Checkpoint(string scene, IDisplayBus innerBus)
            {
            }

            public void LoopCheckpoint(string name, IDisplayBus innerBus, DeskStats.Model.DashboardModel model, DeskStats.Link.ScreenStatus status, ScreenPage page, bool cueActive)
            {
            }

            public DeskStats.Display.Maps.LandMask Map(int width) => ResourceFontData.LoadMap(width);
        }
    }
}
