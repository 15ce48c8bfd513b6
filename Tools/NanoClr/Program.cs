using System;
using System.IO;

namespace DeskStats.Tools.NanoClr
{
    /// <summary>Command line: <c>resources</c>, <c>deployment</c>, <c>stage</c> (see docs/device-build.md and docs/nanoclr-stage.md).</summary>
    public static class Program
    {
        public static int Main(string[] arguments)
        {
            try
            {
                string command = arguments.Length > 0 ? arguments[0] : string.Empty;
                switch (command)
                {
                    case "resources" when arguments.Length == 3:
                        ResourcesFileWriter.Write(arguments[2], ResourcesFileWriter.ReadResxFileReferences(arguments[1]));
                        Console.WriteLine($"resources: {arguments[1]} -> {arguments[2]}");
                        return 0;
                    case "deployment" when arguments.Length >= 3:
                        return DeploymentSet.Report(arguments[1], arguments[2], arguments.Length > 3 ? arguments[3] : null, Console.Out);
                    case "stage":
                        return StageRunner.Run(arguments, Console.Out);
                    default:
                        Console.Error.WriteLine("usage: NanoClrTool resources <Resources.resx> <out.resources>");
                        Console.Error.WriteLine("       NanoClrTool deployment <App.pe> <toolchain> [deployment-folder]");
                        Console.Error.WriteLine("       NanoClrTool stage [--toolchain DIR] [--heap SIZE] [--work DIR]");
                        return 2;
                }
            }
            catch (Exception exception) when (exception is IOException || exception is InvalidDataException || exception is InvalidOperationException)
            {
                Console.Error.WriteLine("error: " + exception.Message);
                return 1;
            }
        }
    }
}
