using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DeskStats.Tests.Host.Link
{
    /// <summary>What a <see cref="RawRelayServer"/> does with each connection.</summary>
    public enum RawRelayBehavior
    {
        /// <summary>TLS, the upgrade answered with 101, then a TCP reset (linger 0) at once.</summary>
        ResetAfterUpgrade,
        /// <summary>TLS, the upgrade answered with 101, then a frame with the reserved opcode 3 (a WebSocket protocol error); the connection is then held open.</summary>
        ReservedOpcodeAfterUpgrade,
        /// <summary>TLS, the upgrade request read, then a TCP reset without any answer.</summary>
        ResetDuringUpgrade,
        /// <summary>TLS, the upgrade answered with "404 Not Found" (a web server or a proxy path that is not the relay).</summary>
        NotFoundInsteadOfUpgrade,
        /// <summary>No TLS at all: a plain-HTTP "400 Bad Request" to whatever the client sends (a web server on the port).</summary>
        PlainHttp,
    }

    /// <summary>
    /// A misbehaving relay on 127.0.0.1, on a raw TCP listener (TLS with the test CA's server certificate, the
    /// WebSocket upgrade done by hand), for the failures Kestrel will not produce: a reset right after the upgrade,
    /// a frame that breaks the protocol, a refused upgrade, a port that does not speak TLS.
    /// </summary>
    internal sealed class RawRelayServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ConcurrentBag<TcpClient> _clients = new ConcurrentBag<TcpClient>();
        private readonly Task _acceptLoop;
        private int _connections;

        public RawRelayServer(RawRelayBehavior behavior)
        {
            Behavior = behavior;
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _acceptLoop = Task.Run(AcceptLoopAsync);
        }

        public RawRelayBehavior Behavior { get; }

        public int Port { get; }

        /// <summary>The relay URL, token included.</summary>
        public string Url => "wss://127.0.0.1:" + Port + "/?token=" + TestRelayServer.GoodToken;

        /// <summary>TCP connections accepted so far.</summary>
        public int Connections => Volatile.Read(ref _connections);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            foreach (TcpClient client in _clients)
            {
                client.Dispose();
            }

            try
            {
                _acceptLoop.Wait(2000);
            }
            catch (AggregateException)
            {
                // The loop ends with the listener.
            }
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception exception) when (exception is SocketException || exception is ObjectDisposedException || exception is OperationCanceledException)
                {
                    return;
                }

                Interlocked.Increment(ref _connections);
                _clients.Add(client);
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (Behavior == RawRelayBehavior.PlainHttp)
                {
                    await stream.ReadAsync(new byte[1024], _stop.Token);
                    await WriteAsync(stream, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    client.Close();
                    return;
                }

                var tls = new SslStream(stream);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = TestCertificates.Shared.Server }, _stop.Token);
                string request = await ReadHeadAsync(tls);
                switch (Behavior)
                {
                    case RawRelayBehavior.ResetDuringUpgrade:
                        Reset(client);
                        return;
                    case RawRelayBehavior.NotFoundInsteadOfUpgrade:
                        await WriteAsync(tls, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                        await HoldAsync(tls);
                        return;
                }

                await WriteAsync(tls, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                    + AcceptKey(request) + "\r\n\r\n");
                if (Behavior == RawRelayBehavior.ResetAfterUpgrade)
                {
                    Reset(client);
                    return;
                }

                // FIN + opcode 3 (reserved for future data frames), unmasked, no payload.
                await tls.WriteAsync(new byte[] { 0x83, 0x00 }, _stop.Token);
                await tls.FlushAsync(_stop.Token);
                await HoldAsync(tls);
            }
            catch (Exception exception) when (exception is IOException || exception is SocketException || exception is ObjectDisposedException
                || exception is OperationCanceledException || exception is System.Security.Authentication.AuthenticationException)
            {
                // The client went away or the server is stopping.
            }
        }

        private static void Reset(TcpClient client)
        {
            // Linger 0: close sends RST instead of FIN.
            client.Client.LingerState = new LingerOption(true, 0);
            client.Close();
        }

        // Reads until the client goes (so the connection stays up until the client gives up on it).
        private async Task HoldAsync(Stream stream)
        {
            byte[] buffer = new byte[1024];
            while (await stream.ReadAsync(buffer, _stop.Token) > 0)
            {
            }
        }

        private async Task WriteAsync(Stream stream, string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            await stream.WriteAsync(bytes, _stop.Token);
            await stream.FlushAsync(_stop.Token);
        }

        private async Task<string> ReadHeadAsync(Stream stream)
        {
            var head = new StringBuilder();
            byte[] one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one, _stop.Token) == 0)
                {
                    throw new IOException("the client closed during the upgrade request");
                }

                head.Append((char)one[0]);
            }

            return head.ToString();
        }

        // RFC 6455 section 4.2.2: base64(SHA-1(key + GUID)).
        private static string AcceptKey(string request)
        {
            foreach (string line in request.Split("\r\n"))
            {
                if (line.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))
                {
                    string key = line.Substring("Sec-WebSocket-Key:".Length).Trim();
                    return Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
                }
            }

            throw new IOException("no Sec-WebSocket-Key in the upgrade request");
        }
    }
}
