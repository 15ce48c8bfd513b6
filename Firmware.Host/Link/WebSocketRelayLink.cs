using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using DeskStats.Link;

namespace DeskStats.Host.Link
{
    /// <summary>What the host WebSocket link reports; called from the link's own tasks, one report at a time per connection.</summary>
    public interface IRelayLinkEvents
    {
        /// <summary>The WebSocket upgrade completed.</summary>
        void Opened();

        /// <summary>The attempt failed before the link was open; <paramref name="detail"/> is for the debug output.</summary>
        void ConnectFailed(ConnectFailure failure, string detail);

        /// <summary>
        /// The open link closed. <paramref name="reason"/>: ClosedByRelay (a close frame; <paramref name="closeCode"/> is its
        /// code, 4001 = bad token), ProtocolError (the relay's frames broke the protocol; code 1002), ConnectionReset (cut
        /// without a close frame; code 1006) or PingTimeout (the client's keep-alive gave up; code 1006).
        /// </summary>
        void Closed(LinkFailure reason, int closeCode, string detail);

        /// <summary>One whole message of <paramref name="length"/> bytes (the buffer is the receiver's own copy).</summary>
        void Message(byte[] buffer, int length);

        /// <summary>One message was larger than the cap and was skipped; the link stays open.</summary>
        void Oversized(long length);

        /// <summary>The link was checked and is alive.</summary>
        void Alive();
    }

    /// <summary>Options of the host WebSocket link.</summary>
    public sealed class WebSocketRelayLinkOptions
    {
        /// <summary>The URL to open, token included (RelaySettings.BuildConnectUrl).</summary>
        public string Url { get; set; }

        /// <summary>PEM or DER file of the CA that signed the relay's certificate (a private CA); null or empty for the system store.</summary>
        public string CaCertificateFile { get; set; }

        /// <summary>Longest time for TCP connect, TLS and the upgrade together. Default 15 s.</summary>
        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Interval of the client's WebSocket pings. Default 30 s.</summary>
        public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>A ping not answered this long aborts the connection. Default 20 s.</summary>
        public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>Largest message accepted, in bytes; larger ones are skipped and reported. Default 16384 (the device's cap).</summary>
        public int MaxMessageBytes { get; set; } = 16384;
    }

    /// <summary>
    /// The relay link on the host, over System.Net.WebSockets.ClientWebSocket: a fresh client per attempt,
    /// the close code of the relay reported as is (4001 = bad token), each failure named (<see cref="Classify"/>,
    /// <see cref="ClassifyDrop"/>: nobody answers, TLS refused, upgrade refused or reset, protocol error, reset,
    /// keep-alive timeout), the client's own ping/pong keep-alive for a dead link, and a receive cap: a larger
    /// message is skipped and reported, the link stays open.
    /// </summary>
    public sealed class WebSocketRelayLink : IDisposable
    {
        private readonly WebSocketRelayLinkOptions _options;
        private readonly IRelayLinkEvents _events;
        private readonly X509Certificate2 _caCertificate;
        private readonly object _lock = new object();
        private ClientWebSocket _socket;
        private CancellationTokenSource _cancellation;
        private int _generation;

        /// <summary>Creates a link that reports to <paramref name="events"/>; reads the CA file at once (throws when unreadable).</summary>
        public WebSocketRelayLink(WebSocketRelayLinkOptions options, IRelayLinkEvents events)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _events = events ?? throw new ArgumentNullException(nameof(events));
            if (!string.IsNullOrEmpty(options.CaCertificateFile))
            {
                _caCertificate = LoadCertificate(options.CaCertificateFile);
            }
        }

        /// <summary>Reads one certificate from a PEM or DER file.</summary>
        public static X509Certificate2 LoadCertificate(string path)
        {
            byte[] data = File.ReadAllBytes(path);
            string text = System.Text.Encoding.ASCII.GetString(data);
            return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(data);
        }

        /// <summary>Starts a fresh attempt (tearing down any previous one); reports Opened or ConnectFailed.</summary>
        public void Open()
        {
            ClientWebSocket socket;
            CancellationTokenSource cancellation;
            int generation;
            lock (_lock)
            {
                TearDownLocked();
                generation = ++_generation;
                socket = new ClientWebSocket();
                socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
                socket.Options.KeepAliveTimeout = _options.KeepAliveTimeout;
                if (_caCertificate != null)
                {
                    socket.Options.RemoteCertificateValidationCallback = ValidateWithPrivateCa;
                }

                cancellation = new CancellationTokenSource();
                _socket = socket;
                _cancellation = cancellation;
            }

            // The task ends by itself: on a close, an error, or the cancellation of Close.
            _ = Task.Run(() => RunAsync(socket, cancellation.Token, generation));
        }

        /// <summary>Tears the current connection down without waiting; nothing more is reported about it.</summary>
        public void Close()
        {
            lock (_lock)
            {
                TearDownLocked();
                _generation++;
            }
        }

        /// <summary>Checks the open link: reports Alive when the socket is open (the client's keep-alive aborts a link whose pings go unanswered).</summary>
        public void CheckAlive()
        {
            int generation;
            ClientWebSocket socket;
            lock (_lock)
            {
                socket = _socket;
                generation = _generation;
            }

            if (socket != null && socket.State == WebSocketState.Open)
            {
                Report(generation, () => _events.Alive());
            }
        }

        /// <summary>Tears down the connection.</summary>
        public void Dispose()
        {
            Close();
        }

        private void TearDownLocked()
        {
            if (_socket == null)
            {
                return;
            }

            _cancellation.Cancel();
            // Abort, not a close handshake: a hung or dead relay must not keep us waiting.
            _socket.Abort();
            _socket.Dispose();
            _cancellation.Dispose();
            _socket = null;
            _cancellation = null;
        }

        private void Report(int generation, Action report)
        {
            // Reports from an attempt that was torn down are dropped; the lock keeps the order per link.
            lock (_lock)
            {
                if (generation != _generation)
                {
                    return;
                }

                report();
            }
        }

        private async Task RunAsync(ClientWebSocket socket, CancellationToken stop, int generation)
        {
            try
            {
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop))
                {
                    timeout.CancelAfter(_options.ConnectTimeout);
                    await socket.ConnectAsync(new Uri(_options.Url), timeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                ConnectFailure failure = Classify(exception);
                Report(generation, () => _events.ConnectFailed(failure, Describe(exception)));
                return;
            }

            Report(generation, () => _events.Opened());
            await ReceiveAsync(socket, stop, generation).ConfigureAwait(false);
        }

        private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken stop, int generation)
        {
            byte[] buffer = new byte[_options.MaxMessageBytes];
            byte[] discard = new byte[4096];
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    int length = 0;
                    long skipped = 0;
                    WebSocketReceiveResult result;
                    do
                    {
                        if (skipped == 0 && length < buffer.Length)
                        {
                            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), stop).ConfigureAwait(false);
                            length += result.Count;
                        }
                        else
                        {
                            // Over the cap: read the rest of this message away, keep the link.
                            result = await socket.ReceiveAsync(new ArraySegment<byte>(discard), stop).ConfigureAwait(false);
                            skipped += result.Count;
                        }

                        if (result.MessageType == WebSocketMessageType.Close)
                        {
                            int code = socket.CloseStatus.HasValue ? (int)socket.CloseStatus.Value : 1005;
                            Report(generation, () => _events.Closed(LinkFailure.ClosedByRelay, code, "closed by the relay"));
                            return;
                        }
                    }
                    while (!result.EndOfMessage);

                    if (skipped > 0)
                    {
                        long total = length + skipped;
                        Report(generation, () => _events.Oversized(total));
                    }
                    else
                    {
                        byte[] copy = new byte[length];
                        Buffer.BlockCopy(buffer, 0, copy, 0, length);
                        int messageLength = length;
                        Report(generation, () => _events.Message(copy, messageLength));
                    }
                }
            }
            catch (Exception exception)
            {
                if (!stop.IsCancellationRequested)
                {
                    // No close frame from the relay: a protocol error our client failed the link on (1002), or a
                    // reset, a stream that ended, a keep-alive timeout (1006).
                    LinkFailure reason = ClassifyDrop(exception);
                    int code = reason == LinkFailure.ProtocolError ? 1002 : 1006;
                    Report(generation, () => _events.Closed(reason, code, Describe(exception)));
                }
            }
        }

        private bool ValidateWithPrivateCa(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (certificate == null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
            {
                return false;
            }

            using (var customChain = new X509Chain())
            {
                customChain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                customChain.ChainPolicy.CustomTrustStore.Add(_caCertificate);
                customChain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                if (chain != null)
                {
                    for (int index = 1; index < chain.ChainElements.Count; index++)
                    {
                        customChain.ChainPolicy.ExtraStore.Add(chain.ChainElements[index].Certificate);
                    }
                }

                using (var serverCertificate = new X509Certificate2(certificate))
                {
                    return customChain.Build(serverCertificate);
                }
            }
        }

        /// <summary>
        /// Names why ConnectAsync failed: TLS refused (AuthenticationException, SecureConnectionError), no answer in
        /// time (cancellation, TimeoutException), an upgrade answered with something else than a WebSocket (an HTTP
        /// status other than 101, bad upgrade headers, a response that is not HTTP), a connection reset or ended
        /// during the upgrade, else nobody answers (DNS, connection refused).
        /// </summary>
        public static ConnectFailure Classify(Exception exception)
        {
            for (Exception inner = exception; inner != null; inner = inner.InnerException)
            {
                if (inner is AuthenticationException)
                {
                    return ConnectFailure.Tls;
                }

                if (inner is HttpRequestException http && http.HttpRequestError == HttpRequestError.SecureConnectionError)
                {
                    return ConnectFailure.Tls;
                }
            }

            for (Exception inner = exception; inner != null; inner = inner.InnerException)
            {
                if (inner is OperationCanceledException || inner is TimeoutException)
                {
                    return ConnectFailure.Timeout;
                }

                if (inner is WebSocketException webSocket && IsUpgradeRefusal(webSocket.WebSocketErrorCode))
                {
                    return ConnectFailure.UpgradeRefused;
                }

                if (inner is HttpRequestException http)
                {
                    switch (http.HttpRequestError)
                    {
                        case HttpRequestError.InvalidResponse:
                        case HttpRequestError.HttpProtocolError:
                        case HttpRequestError.ConfigurationLimitExceeded:
                            return ConnectFailure.UpgradeRefused;
                        case HttpRequestError.ResponseEnded:
                            return ConnectFailure.Reset;
                        case HttpRequestError.NameResolutionError:
                        case HttpRequestError.ConnectionError:
                            return ConnectFailure.Unreachable;
                    }
                }
            }

            for (Exception inner = exception; inner != null; inner = inner.InnerException)
            {
                // Connected (else ConnectionError above), then cut before the upgrade was answered.
                if (inner is SocketException socket && (socket.SocketErrorCode == SocketError.ConnectionReset || socket.SocketErrorCode == SocketError.ConnectionAborted))
                {
                    return ConnectFailure.Reset;
                }
            }

            return ConnectFailure.Unreachable;
        }

        /// <summary>
        /// Names why an open link broke without a close frame: an abort we did not ask for is the client's keep-alive
        /// giving up (PingTimeout); a connection closed without the close handshake, or an I/O error, is a
        /// ConnectionReset; a WebSocket error of its own (unknown opcode, reserved bits, bad length, bad UTF-8) is a
        /// ProtocolError.
        /// </summary>
        public static LinkFailure ClassifyDrop(Exception exception)
        {
            for (Exception inner = exception; inner != null; inner = inner.InnerException)
            {
                if (inner is OperationCanceledException)
                {
                    return LinkFailure.PingTimeout;
                }
            }

            bool webSocketError = false;
            for (Exception inner = exception; inner != null; inner = inner.InnerException)
            {
                if (inner is IOException || inner is SocketException)
                {
                    return LinkFailure.ConnectionReset;
                }

                if (inner is WebSocketException webSocket)
                {
                    if (webSocket.WebSocketErrorCode == WebSocketError.ConnectionClosedPrematurely)
                    {
                        return LinkFailure.ConnectionReset;
                    }

                    webSocketError = true;
                }
            }

            return webSocketError ? LinkFailure.ProtocolError : LinkFailure.ConnectionReset;
        }

        private static bool IsUpgradeRefusal(WebSocketError error) =>
            error == WebSocketError.NotAWebSocket || error == WebSocketError.HeaderError
            || error == WebSocketError.UnsupportedProtocol || error == WebSocketError.UnsupportedVersion;

        private static string Describe(Exception exception)
        {
            string text = exception.GetType().Name + ": " + exception.Message;
            if (exception.InnerException != null)
            {
                text += " <- " + exception.InnerException.GetType().Name + ": " + exception.InnerException.Message;
            }

            return Secrets.MaskUrl(text);
        }
    }
}
