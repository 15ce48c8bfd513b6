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
            SimulatorOptions options = SimulatorOptions.Parse(args, board => true, out string error);
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
                    return await RelayServing.RunAsync(options, Console.Out, stop.Token).ConfigureAwait(false);
                }

                Console.Error.WriteLine("deskstats-simulator: the screen simulation is coming; --serve-relay works now.");
                return 2;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
    }
}
