using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using DeskStats.App;
using DeskStats.Link;
using DeskStats.Protocol;

namespace DeskStats.Device
{
    /// <summary>
    /// The relay link on nanoFramework.System.Net.WebSockets.Client: moves the client's bytes and events into the
    /// main loop's <see cref="LinkInbox"/>. A fresh ClientWebSocket per attempt (its Connect adds a close handler on
    /// every call), a receive cap, State checked after Connect (it does not throw on socket or TLS errors), a plain
    /// TCP probe first so a TLS failure can be told from an unreachable relay, and tear-down on a thread of its own
    /// (a client can hang when the server goes away). The client hides close codes and errors, so closes are
    /// reported as <see cref="LinkFailure.LinkClosed"/>; a close that arrives while Connect is returning is held by
    /// the inbox until the open. How each failure maps onto the supervisor's kinds, and what cannot be told apart
    /// here: docs/connection.md "The link names what failed".
    /// </summary>
    public sealed class DeviceRelayLink : IRelayLink
    {
        /// <summary>Largest message accepted, in bytes (larger frames are refused by the client).</summary>
        public const int MaxMessageBytes = RelayMessageProcessor.MaxMessageBytes;

        /// <summary>Interval of the client's WebSocket pings, in seconds.</summary>
        public const int KeepAliveSeconds = 30;

        /// <summary>The client closes a link whose ping goes unanswered this long, in seconds.</summary>
        public const int ServerTimeoutSeconds = 20;

        private readonly LinkInbox _inbox;
        private readonly string _url;
        private readonly string _host;
        private readonly int _port;
        private readonly bool _secure;
        private readonly X509Certificate _caCertificate;
        private readonly object _lock = new object();
        private ClientWebSocket _socket;
        private int _socketAttempt;

        /// <summary>Creates the link reporting into <paramref name="inbox"/>. <paramref name="caCertificate"/> null means the device CA store.</summary>
        public DeviceRelayLink(LinkInbox inbox, string connectUrl, string host, int port, bool secure, X509Certificate caCertificate)
        {
            _inbox = inbox;
            _url = connectUrl;
            _host = host;
            _port = port;
            _secure = secure;
            _caCertificate = caCertificate;
        }

        /// <inheritdoc/>
        public void Open(int attempt)
        {
            lock (_lock)
            {
                AbandonLocked();
            }

            new Thread(() => OpenWorker(attempt)).Start();
        }

        /// <inheritdoc/>
        public void Close()
        {
            lock (_lock)
            {
                AbandonLocked();
            }
        }

        /// <summary>Reports Alive when the client is open (its own keep-alive closes a link whose pings go unanswered).</summary>
        public void CheckAlive()
        {
            ClientWebSocket socket;
            int attempt;
            lock (_lock)
            {
                socket = _socket;
                attempt = _socketAttempt;
            }

            if (socket != null && socket.State == WebSocketState.Open)
            {
                _inbox.Alive(attempt);
            }
        }

        private void OpenWorker(int attempt)
        {
            if (!IsReachable())
            {
                Fail(attempt, ConnectFailure.Unreachable, "no TCP connection to the relay");
                return;
            }

            ClientWebSocket socket;
            try
            {
                var options = new ClientWebSocketOptions();
                options.MaxReceiveFrameSize = MaxMessageBytes;
                options.KeepAliveInterval = TimeSpan.FromSeconds(KeepAliveSeconds);
                options.ServerTimeout = TimeSpan.FromSeconds(ServerTimeoutSeconds);
                if (_secure)
                {
                    options.SslProtocol = SslProtocols.Tls12;
                    options.SslVerification = SslVerification.CertificateRequired;
                    if (_caCertificate != null)
                    {
                        options.Certificate = _caCertificate;
                    }
                }

                socket = new ClientWebSocket(options);
            }
            catch (Exception exception)
            {
                Fail(attempt, ConnectFailure.Unreachable, "client: " + exception.GetType().Name);
                return;
            }

            socket.MessageReceived += (sender, e) => OnMessage(attempt, e);
            socket.ConnectionClosed += (sender, e) => _inbox.Closed(attempt, LinkFailure.LinkClosed, 0, "closed by the client");
            lock (_lock)
            {
                if (!_inbox.IsCurrent(attempt))
                {
                    DisposeLater(socket);
                    return;
                }

                _socket = socket;
                _socketAttempt = attempt;
            }

            try
            {
                socket.Connect(_url);
            }
            catch (SocketException exception)
            {
                // Its own DNS lookup failed (the probe's went through a moment ago): nobody to answer.
                Fail(attempt, ConnectFailure.Unreachable, "connect: DNS " + exception.ErrorCode.ToString());
                return;
            }
            catch (Exception exception)
            {
                // "did not receive right handshake" (an answer other than 101 with the right headers, or the stream
                // ended before one): TCP and TLS went through, so something answered but not as a WebSocket relay.
                Fail(attempt, ConnectFailure.UpgradeRefused, "connect: " + exception.GetType().Name);
                return;
            }

            if (socket.State == WebSocketState.Open || _inbox.ClosedBeforeOpen(attempt))
            {
                // A close while Connect was returning (what the relay does to a bad token) follows this open as the
                // quick close it is, not as a TLS failure.
                _inbox.Opened(attempt);
                return;
            }

            // The TCP probe got through and Connect swallowed a socket error: with TLS that is the handshake (or, rarely,
            // a reset during the upgrade, which looks the same here); without TLS only the upgrade is left.
            Fail(attempt, _secure ? ConnectFailure.Tls : ConnectFailure.Reset, "not open after connect");
        }

        private bool IsReachable()
        {
            Socket probe = null;
            try
            {
                IPHostEntry entry = Dns.GetHostEntry(_host);
                if (entry == null || entry.AddressList == null || entry.AddressList.Length == 0)
                {
                    return false;
                }

                IPAddress address = entry.AddressList[0];
                probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                probe.Connect(new IPEndPoint(address, _port));
                return true;
            }
            catch (Exception)
            {
                return false;
            }
            finally
            {
                if (probe != null)
                {
                    probe.Close();
                }
            }
        }

        private void Fail(int attempt, ConnectFailure failure, string detail)
        {
            _inbox.ConnectFailed(attempt, failure, detail);
        }

        private void OnMessage(int attempt, MessageReceivedEventArgs e)
        {
            // On the client's thread: hand the client's buffer over as it is (no copy, no allocation here).
            ReceiveMessageFrame frame = e.Frame;
            if (frame != null && frame.Buffer != null)
            {
                _inbox.Message(attempt, frame.Buffer, frame.MessageLength);
            }
        }

        private void AbandonLocked()
        {
            ClientWebSocket socket = _socket;
            _socket = null;
            _socketAttempt = 0;
            if (socket != null)
            {
                DisposeLater(socket);
            }
        }

        private static void DisposeLater(ClientWebSocket socket)
        {
            // Abort and Dispose can block on a dead connection: never on the caller's thread.
            new Thread(() =>
            {
                try
                {
                    socket.Abort();
                    socket.Dispose();
                }
                catch (Exception)
                {
                    // Nothing more can be done for an abandoned client.
                }
            }).Start();
        }
    }
}
