using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tests.Host.Link
{
    /// <summary>A private CA and a server certificate for 127.0.0.1 it signed, made fresh for the tests.</summary>
    internal sealed class TestCertificates : IDisposable
    {
        private static readonly Lazy<TestCertificates> SharedInstance = new Lazy<TestCertificates>(() => new TestCertificates());
        private readonly DemoCertificates _relay;
        private readonly DemoCertificates _other;

        private TestCertificates()
        {
            Directory = Path.Combine(Path.GetTempPath(), "deskstats-link-tests-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            // The same generator as the demo relay's: a private CA and a server certificate for 127.0.0.1/localhost.
            _relay = DemoCertificates.Create();
            _other = DemoCertificates.Create();
            // Broken relay certificates, each signed by a CA of its own: expired a week ago; valid, but for another name only.
            DateTimeOffset now = DateTimeOffset.UtcNow;
            Expired = DemoCertificates.Create(null, true, now.AddDays(-60), now.AddDays(-7));
            WrongName = DemoCertificates.Create(new[] { "relay.example.com" }, false, now.AddDays(-1), now.AddDays(60));
            ExpiredCaFile = Path.Combine(Directory, "expired-ca.pem");
            File.WriteAllText(ExpiredCaFile, Expired.AuthorityPem);
            WrongNameCaFile = Path.Combine(Directory, "wrong-name-ca.pem");
            File.WriteAllText(WrongNameCaFile, WrongName.AuthorityPem);

            CaFile = Path.Combine(Directory, "relay-ca.pem");
            File.WriteAllText(CaFile, Ca.ExportCertificatePem());
            OtherCaFile = Path.Combine(Directory, "other-ca.pem");
            File.WriteAllText(OtherCaFile, OtherCa.ExportCertificatePem());
        }

        /// <summary>One set for the whole test run (key generation is the slow part).</summary>
        public static TestCertificates Shared => SharedInstance.Value;

        public string Directory { get; }

        public X509Certificate2 Ca => _relay.Authority;

        public X509Certificate2 OtherCa => _other.Authority;

        public X509Certificate2 Server => _relay.Server;

        /// <summary>PEM file of the CA that signed <see cref="Server"/>.</summary>
        public string CaFile { get; }

        /// <summary>PEM file of a CA that did not.</summary>
        public string OtherCaFile { get; }

        /// <summary>A server certificate for 127.0.0.1 that expired a week ago, and its CA.</summary>
        public DemoCertificates Expired { get; }

        /// <summary>PEM file of <see cref="Expired"/>'s CA.</summary>
        public string ExpiredCaFile { get; }

        /// <summary>A valid server certificate for relay.example.com only (not 127.0.0.1), and its CA.</summary>
        public DemoCertificates WrongName { get; }

        /// <summary>PEM file of <see cref="WrongName"/>'s CA.</summary>
        public string WrongNameCaFile { get; }

        public void Dispose()
        {
            _relay.Dispose();
            _other.Dispose();
            Expired.Dispose();
            WrongName.Dispose();
        }
    }

    /// <summary>
    /// A relay on 127.0.0.1 (Kestrel, TLS with the test CA's certificate): accepts the WebSocket upgrade and
    /// hands the socket to <see cref="Behavior"/>. Restartable on the same port.
    /// </summary>
    internal sealed class TestRelayServer : IAsyncDisposable
    {
        public const string GoodToken = "good-device-token";

        private WebApplication _app;
        private int _connections;

        /// <summary>What the relay does with one accepted connection (token already checked unless <see cref="CheckToken"/> is false).</summary>
        public Func<WebSocket, CancellationToken, Task> Behavior { get; set; } = SendSnapshotThenListen(1234);

        /// <summary>The server certificate; null for the test CA's certificate for 127.0.0.1.</summary>
        public X509Certificate2 Certificate { get; set; }

        /// <summary>True: a token other than <see cref="GoodToken"/> is closed with 4001 at once, as the real relay does.</summary>
        public bool CheckToken { get; set; } = true;

        public int Port { get; private set; }

        public int Connections => Volatile.Read(ref _connections);

        public string Url => "wss://127.0.0.1:" + Port + "/";

        public async Task StartAsync(int port = 0)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseShutdownTimeout(TimeSpan.FromMilliseconds(200));
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(Certificate ?? TestCertificates.Shared.Server)));
            WebApplication app = builder.Build();
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
            app.Run(HandleAsync);
            await app.StartAsync();
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>().Addresses.First();
            Port = new Uri(address).Port;
            _app = app;
        }

        /// <summary>Stops the relay (open connections are cut) and starts it again on the same port.</summary>
        public async Task RestartAsync()
        {
            int port = Port;
            await StopAsync();
            await StartAsync(port);
        }

        public async Task StopAsync()
        {
            if (_app != null)
            {
                WebApplication app = _app;
                _app = null;
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
        }

        /// <summary>A relay message with today's visits set to <paramref name="visits"/>.</summary>
        public static byte[] Snapshot(int visits)
        {
            string json = "{\"visits_live\":[{\"latitude\":35.6895,\"longitude\":139.6917,\"city\":\"Tokyo\",\"countryCode\":\"jp\",\"country\":\"Japan\","
                + "\"actions\":\"3\",\"lastActionDateTime\":\"2026-11-22 09:03:14\"}],\"summary\":{\"today\":{\"visits\":" + visits
                + ",\"time_spent\":\"12:34:56\"},\"yesterday\":{\"visits\":987,\"time_spent\":\"08:00:01\"},\"day_before\":{\"visits\":1002,\"time_spent\":\"09:10:11\"}}}";
            return Encoding.UTF8.GetBytes(json);
        }

        /// <summary>The real relay's behaviour: the snapshot at once, then only listening (which answers pings) until the client goes.</summary>
        public static Func<WebSocket, CancellationToken, Task> SendSnapshotThenListen(int visits)
        {
            return async (socket, stop) =>
            {
                await socket.SendAsync(Snapshot(visits), WebSocketMessageType.Text, true, stop);
                await ListenAsync(socket, stop);
            };
        }

        /// <summary>Reads (and so answers pings) until the client closes or the server stops.</summary>
        public static async Task ListenAsync(WebSocket socket, CancellationToken stop)
        {
            byte[] buffer = new byte[1024];
            while (socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, stop);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }

        private async Task HandleAsync(HttpContext context)
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = 404;
                return;
            }

            Interlocked.Increment(ref _connections);
            using (WebSocket socket = await context.WebSockets.AcceptWebSocketAsync())
            {
                CancellationToken stop = context.RequestAborted;
                try
                {
                    if (CheckToken && context.Request.Query["token"] != GoodToken)
                    {
                        await socket.CloseAsync((WebSocketCloseStatus)4001, "\u30c8\u30fc\u30af\u30f3\u304c\u7121\u52b9\u3067\u3059", stop);
                        return;
                    }

                    await Behavior(socket, stop);
                }
                catch (Exception exception) when (exception is OperationCanceledException || exception is WebSocketException || exception is IOException)
                {
                    // The client went away or the server is stopping.
                }
            }
        }
    }
}
