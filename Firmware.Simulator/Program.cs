using System;
using System.Threading;
using System.Threading.Tasks;

namespace DeskStats.Simulator
{
    /// <summary>The simulator's entry point: parses the command line and runs the chosen mode.</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            SimulatorOptions options = SimulatorOptions.Parse(args, board => DeskStats.Display.BoardProfiles.Find(board) != null, out string error);
            if (options == null)
            {
                Console.Error.WriteLine("deskstats-simulator: " + error);
                Console.Error.WriteLine(SimulatorOptions.Usage);
                return 2;
            }

            if (options.Mode == SimulatorMode.Help)
            {
                Console.WriteLine(SimulatorOptions.Usage);
                return 0;
            }

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (sender, eventArgs) =>
            {
                eventArgs.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
                {
                    context.Cancel = true;
                    stop.Cancel();
                });
            try
            {
                if (options.Mode == SimulatorMode.ServeRelay)
                {
                    return await RelayServing.RunAsync(options, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
                }

                var session = new SimulatorSession(options, Console.Out, Console.Error, !Console.IsOutputRedirected);
                return await session.RunAsync(stop.Token).ConfigureAwait(false);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
    }
}
