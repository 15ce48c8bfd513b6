using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Simulator
{
    /// <summary>--serve-relay: the demo relay alone, for a device on the desk, until Ctrl+C.</summary>
    internal static class RelayServing
    {
        public static async Task<int> RunAsync(SimulatorOptions options, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
        {
            DemoRelayServer started;
            try
            {
                started = await DemoRelayServer.StartAsync(new DemoRelayOptions
                {
                    Port = options.Port,
                    Token = options.Token,
                    ListenOnAllInterfaces = options.ListenAny,
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                // Kestrel reports a port in use as an IOException (AddressInUseException).
                errors.WriteLine("deskstats-simulator: cannot listen on port " + options.Port + ": " + exception.Message + " (choose another with --port)");
                return 1;
            }

            await using DemoRelayServer server = started;

            string directory = Path.Combine(Path.GetTempPath(), "deskstats-demo-relay-" + Environment.ProcessId);
            Directory.CreateDirectory(directory);
            string caPath = Path.Combine(directory, "relay-ca.pem");
            await File.WriteAllTextAsync(caPath, server.Certificates.AuthorityPem, cancellationToken).ConfigureAwait(false);
            try
            {
                await using var player = new DemoSitePlayer(new DemoSite(options.Seed), server, options.Speed);
                output.WriteLine("DeskStats demo relay");
                output.WriteLine("  url:    " + server.UrlWithToken);
                if (options.ListenAny)
                {
                    output.WriteLine("  also on every interface, port " + server.Port + " (certificate names: " +
                                     string.Join(", ", DemoCertificates.LocalNetworkNames()) + ")");
                }

                output.WriteLine("  token:  " + server.Token);
                output.WriteLine("  CA PEM: " + caPath + " (valid for this run only)");
                output.WriteLine("  debug:  https://127.0.0.1:" + server.Port + "/debug");
                output.WriteLine("Device settings file (I:\\deskstats.json; copy the CA PEM to I:\\relay-ca.pem" +
                                 (options.ListenAny ? ")" : "; a device on the LAN needs --listen-any)") + ":");
                output.WriteLine("  {\"version\":1,\"relayUrl\":\"wss://" + (options.ListenAny ? "<this machine's address>" : "127.0.0.1") + ":" + server.Port +
                                 "/\",\"token\":\"" + server.Token + "\",\"caCertificateFile\":\"I:\\\\relay-ca.pem\"}");
                output.WriteLine("Ctrl+C stops it.");
                output.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C.
                }
            }
            finally
            {
                try
                {
                    Directory.Delete(directory, true);
                }
                catch (IOException)
                {
                    // Left in the temp folder.
                }
            }

            return 0;
        }
    }
}
