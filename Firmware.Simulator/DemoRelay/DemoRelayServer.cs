using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeskStats.Simulator.DemoRelay
{
    /// <summary>Options of <see cref="DemoRelayServer"/>.</summary>
    public sealed class DemoRelayOptions
    {
        /// <summary>TCP port, 0 (default) for an ephemeral one, 1 to 65535 otherwise.</summary>
        public int Port { get; set; }

        /// <summary>The device token clients must send as <c>?token=</c>; null or empty generates a random one.</summary>
        public string Token { get; set; }

        /// <summary>Listen on every interface (so a device on the LAN can connect) instead of 127.0.0.1 only.</summary>
        public bool ListenOnAllInterfaces { get; set; }
    }

    /// <summary>
    /// A relay that behaves like the real Node.js one of relay-protocol.md: TLS WebSocket at <c>/</c> with the token in
    /// the query string, close 4001 with a localised reason on a bad token, the latest snapshot on connect, then a
    /// message only when the data changed; <c>GET /debug</c> returns the same JSON pretty-printed. Kestrel in process,
    /// with its own throw-away CA (<see cref="Certificates"/>).
    /// </summary>
    public sealed class DemoRelayServer : IAsyncDisposable
    {
        /// <summary>The close code the real relay uses for a bad token.</summary>
        public const int BadTokenCloseCode = 4001;

        /// <summary>The close reason sent with 4001: Japanese, like the real relay's ("invalid token").</summary>
        public const string BadTokenReason = "認証に失敗しました: トークンが無効です";

        private readonly object _sync = new object();
        private readonly ConcurrentDictionary<int, Channel<byte[]>> _clients = new ConcurrentDictionary<int, Channel<byte[]>>();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private WebApplication _application;
        private byte[] _latestMessage;
        private string _latestPrettyJson;
        private int _nextClientId;
        private int _messagesSent;

        private DemoRelayServer(DemoCertificates certificates, string token, bool listenAny)
        {
            Certificates = certificates;
            Token = token;
            ListensOnAllInterfaces = listenAny;
        }

        /// <summary>The CA and server certificates in use.</summary>
        public DemoCertificates Certificates { get; }

        /// <summary>The token clients must send.</summary>
        public string Token { get; }

        /// <summary>True when listening on every interface.</summary>
        public bool ListensOnAllInterfaces { get; }

        /// <summary>The port listened on.</summary>
        public int Port { get; private set; }

        /// <summary>The relay URL without the token, e.g. <c>wss://127.0.0.1:8080/</c>.</summary>
        public Uri Url => new Uri("wss://127.0.0.1:" + Port + "/");

        /// <summary>The relay URL with the token in the query string, as a device uses it.</summary>
        public Uri UrlWithToken => new Uri("wss://127.0.0.1:" + Port + "/?token=" + Uri.EscapeDataString(Token));

        /// <summary>The last message published, or null before the first.</summary>
        public byte[] LatestMessage
        {
            get { lock (_sync) return _latestMessage; }
        }

        /// <summary>Number of WebSocket clients connected with a good token.</summary>
        public int ConnectedClients => _clients.Count;

        /// <summary>Messages queued to clients since start (one per client per message).</summary>
        public int MessagesSent => Volatile.Read(ref _messagesSent);

        /// <summary>Generates the certificates and starts listening.</summary>
        public static async Task<DemoRelayServer> StartAsync(DemoRelayOptions options, CancellationToken cancellationToken = default)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (options.Port < 0 || options.Port > 65535) throw new ArgumentOutOfRangeException(nameof(options), "port must be 0 to 65535");
            string token = string.IsNullOrEmpty(options.Token) ? NewToken() : options.Token;
            DemoCertificates certificates = DemoCertificates.Create(options.ListenOnAllInterfaces ? DemoCertificates.LocalNetworkNames() : null);
            var server = new DemoRelayServer(certificates, token, options.ListenOnAllInterfaces);
            try
            {
                await server.StartKestrelAsync(options.Port, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return server;
        }

        /// <summary>A random URL-safe token of 16 hex digits.</summary>
        public static string NewToken() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

        /// <summary>
        /// Makes <paramref name="snapshot"/> the relay's data: connected clients get it only when its bytes differ from
        /// the last message (like the real relay). Returns true when it was sent.
        /// </summary>
        public bool Publish(RelaySnapshot snapshot)
        {
            if (snapshot == null) throw new ArgumentNullException(nameof(snapshot));
            byte[] message = snapshot.ToMessage();
            lock (_sync)
            {
                if (_latestMessage != null && _latestMessage.AsSpan().SequenceEqual(message))
                {
                    return false;
                }

                _latestMessage = message;
                _latestPrettyJson = snapshot.ToPrettyJson();
                Broadcast(message);
                return true;
            }
        }

        /// <summary>Sends the last message again, byte for byte, to every client (what the real relay does when a change cancelled out).</summary>
        public void RepeatLatest()
        {
            lock (_sync)
            {
                if (_latestMessage != null)
                {
                    Broadcast(_latestMessage);
                }
            }
        }

        /// <summary>Stops listening and closes every client.</summary>
        public async ValueTask DisposeAsync()
        {
            if (!_stopping.IsCancellationRequested)
            {
                _stopping.Cancel();
            }

            foreach (Channel<byte[]> client in _clients.Values)
            {
                client.Writer.TryComplete();
            }

            if (_application != null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await _application.StopAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Connections that did not close in time are dropped.
                }

                await _application.DisposeAsync().ConfigureAwait(false);
                _application = null;
            }

            Certificates.Dispose();
        }

        private void Broadcast(byte[] message)
        {
            foreach (Channel<byte[]> client in _clients.Values)
            {
                if (client.Writer.TryWrite(message))
                {
                    Interlocked.Increment(ref _messagesSent);
                }
            }
        }

        private async Task StartKestrelAsync(int port, CancellationToken cancellationToken)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                Args = Array.Empty<string>(),
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = "Production",
            });
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                IPAddress address = ListensOnAllInterfaces ? IPAddress.Any : IPAddress.Loopback;
                kestrel.Listen(address, port, listen => listen.UseHttps(Certificates.Server));
            });
            // Environment variables such as ASPNETCORE_URLS must not move the relay elsewhere.
            builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");

            WebApplication application = builder.Build();
            // The real relay (ws) answers pings but sends none; Kestrel's keep-alive pings are turned off to match.
            application.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
            application.Run(HandleAsync);
            _application = application;
            await application.StartAsync(cancellationToken).ConfigureAwait(false);

            IServerAddressesFeature addresses = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
            string first = addresses.Addresses.First();
            Port = new Uri(first.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "127.0.0.1")).Port;
        }

        private async Task HandleAsync(HttpContext context)
        {
            if (context.Request.Path == "/debug" && HttpMethods.IsGet(context.Request.Method))
            {
                string json;
                lock (_sync) json = _latestPrettyJson ?? "{\n  \"visits_live\": [],\n  \"summary\": {}\n}";
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(json, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (context.Request.Path != "/" || !context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = context.Request.Path == "/" ? StatusCodes.Status426UpgradeRequired : StatusCodes.Status404NotFound;
                return;
            }

            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            string token = context.Request.Query["token"];
            using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            if (!string.Equals(token, Token, StringComparison.Ordinal))
            {
                // Like ws: accept the upgrade, then close at once with 4001 and a localised reason.
                await CloseQuietlyAsync(socket, (WebSocketCloseStatus)BadTokenCloseCode, BadTokenReason).ConfigureAwait(false);
                return;
            }

            await ServeClientAsync(socket, lifetime.Token).ConfigureAwait(false);
        }

        private async Task ServeClientAsync(WebSocket socket, CancellationToken cancellationToken)
        {
            Channel<byte[]> outbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
            int id = Interlocked.Increment(ref _nextClientId);
            lock (_sync)
            {
                _clients[id] = outbox;
                if (_latestMessage != null && outbox.Writer.TryWrite(_latestMessage))
                {
                    Interlocked.Increment(ref _messagesSent);
                }
            }

            try
            {
                Task receiving = ReceiveUntilClosedAsync(socket, cancellationToken);
                Task sending = SendAsync(socket, outbox.Reader, cancellationToken);
                await Task.WhenAny(receiving, sending).ConfigureAwait(false);
            }
            finally
            {
                _clients.TryRemove(id, out _);
                outbox.Writer.TryComplete();
                if (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseReceived)
                {
                    await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure, "relay stopping").ConfigureAwait(false);
                }
            }
        }

        private static async Task SendAsync(WebSocket socket, ChannelReader<byte[]> outbox, CancellationToken cancellationToken)
        {
            try
            {
                while (await outbox.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (outbox.TryRead(out byte[] message))
                    {
                        await socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is WebSocketException || exception is IOException)
            {
                // The client went away or the relay is stopping.
            }
        }

        private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
        {
            byte[] buffer = new byte[1024];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    // The real relay ignores what devices send.
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is WebSocketException || exception is IOException)
            {
                // Connection lost or relay stopping.
            }
        }

        private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                // Wait briefly for the client's close frame so the TCP connection ends cleanly.
                byte[] buffer = new byte[256];
                while (socket.State == WebSocketState.CloseSent)
                {
                    WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, timeout.Token).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is WebSocketException || exception is IOException)
            {
                // The client is gone already.
            }
        }
    }
}
