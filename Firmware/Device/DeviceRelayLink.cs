using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using DeskStats.Link;
using DeskStats.Protocol;

namespace DeskStats.Device
{
    /// <summary>
    /// The relay link on nanoFramework.System.Net.WebSockets.Client. A fresh ClientWebSocket per attempt (its
    /// Connect adds a close handler on every call), a receive cap, State checked after Connect (it does not
    /// throw on socket or TLS errors), a plain TCP probe first so a TLS failure can be told from an unreachable
    /// relay, and tear-down on a thread of its own (a client can hang when the server goes away). Received
    /// messages are handed to the main loop through <see cref="TakeMessage"/>. The client hides close codes and
    /// errors, so closes are reported as <see cref="LinkFailure.LinkClosed"/>. How each failure maps onto the
    /// supervisor's kinds, and what cannot be told apart here: docs/connection.md "The link names what failed".
    /// </summary>
    public sealed class DeviceRelayLink
    {
        /// <summary>Largest message accepted, in bytes (larger frames are refused by the client).</summary>
        public const int MaxMessageBytes = RelayMessageProcessor.MaxMessageBytes;

        /// <summary>Interval of the client's WebSocket pings, in seconds.</summary>
        public const int KeepAliveSeconds = 30;

        /// <summary>The client closes a link whose ping goes unanswered this long, in seconds.</summary>
        public const int ServerTimeoutSeconds = 20;

        private readonly ConnectionSupervisor _supervisor;
        private readonly string _url;
        private readonly string _host;
        private readonly int _port;
        private readonly bool _secure;
        private readonly X509Certificate _caCertificate;
        private readonly AutoResetEvent _messageArrived;
        private readonly object _lock = new object();
        private ClientWebSocket _socket;
        private int _generation;
        private byte[] _pendingBuffer;
        private int _pendingLength;
        private int _droppedMessages;
        private bool _connecting;
        private bool _closedWhileConnecting;

        /// <summary>
        /// Creates the link. <paramref name="caCertificate"/> null means the device CA store; <paramref name="messageArrived"/>
        /// is set whenever a message waits in <see cref="TakeMessage"/>.
        /// </summary>
        public DeviceRelayLink(ConnectionSupervisor supervisor, string connectUrl, string host, int port, bool secure, X509Certificate caCertificate, AutoResetEvent messageArrived)
        {
            _supervisor = supervisor;
            _url = connectUrl;
            _host = host;
            _port = port;
            _secure = secure;
            _caCertificate = caCertificate;
            _messageArrived = messageArrived;
        }

        /// <summary>Messages replaced by a newer one before the main loop took them (each relay message is a whole snapshot, so only the newest matters).</summary>
        public int DroppedMessages => _droppedMessages;

        /// <summary>Starts a fresh attempt on its own thread, abandoning any previous client.</summary>
        public void Open()
        {
            int generation;
            lock (_lock)
            {
                AbandonLocked();
                generation = ++_generation;
            }

            new Thread(() => OpenWorker(generation)).Start();
        }

        /// <summary>Abandons the current client without waiting; nothing more is reported about it.</summary>
        public void Close()
        {
            lock (_lock)
            {
                AbandonLocked();
                _generation++;
            }
        }

        /// <summary>Reports OnLinkAlive when the client is open (its own keep-alive closes a link whose pings go unanswered).</summary>
        public void CheckAlive()
        {
            ClientWebSocket socket;
            lock (_lock)
            {
                socket = _socket;
            }

            if (socket != null && socket.State == WebSocketState.Open)
            {
                _supervisor.OnLinkAlive(Environment.TickCount64);
            }
        }

        /// <summary>Takes the newest waiting message: returns its buffer and sets <paramref name="length"/>, or null when none waits.</summary>
        public byte[] TakeMessage(out int length)
        {
            lock (_lock)
            {
                byte[] buffer = _pendingBuffer;
                length = _pendingLength;
                _pendingBuffer = null;
                _pendingLength = 0;
                return buffer;
            }
        }

        private void OpenWorker(int generation)
        {
            if (!IsReachable())
            {
                Fail(generation, ConnectFailure.Unreachable, "no TCP connection to the relay");
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
                Fail(generation, ConnectFailure.Unreachable, "client: " + exception.GetType().Name);
                return;
            }

            socket.MessageReceived += (sender, e) => OnMessage(generation, e);
            socket.ConnectionClosed += (sender, e) => OnClosed(generation);
            lock (_lock)
            {
                if (generation != _generation)
                {
                    DisposeLater(socket);
                    return;
                }

                _socket = socket;
                _connecting = true;
                _closedWhileConnecting = false;
            }

            try
            {
                socket.Connect(_url);
            }
            catch (SocketException exception)
            {
                // Its own DNS lookup failed (the probe's went through a moment ago): nobody to answer.
                EndConnecting();
                Fail(generation, ConnectFailure.Unreachable, "connect: DNS " + exception.ErrorCode.ToString());
                return;
            }
            catch (Exception exception)
            {
                // "did not receive right handshake" (an answer other than 101 with the right headers, or the stream
                // ended before one): TCP and TLS went through, so something answered but not as a WebSocket relay.
                EndConnecting();
                Fail(generation, ConnectFailure.UpgradeRefused, "connect: " + exception.GetType().Name);
                return;
            }

            bool closedAtOnce = EndConnecting();
            if (socket.State == WebSocketState.Open || closedAtOnce)
            {
                if (IsCurrent(generation))
                {
                    DeviceDebug.Line(closedAtOnce ? "relay: open, closed at once" : "relay: open");
                    _supervisor.OnRelayOpened(Environment.TickCount64);
                    if (closedAtOnce)
                    {
                        // The upgrade went through and the relay closed straight away (what it does to a bad token):
                        // report it as the quick close it is, not as a TLS failure.
                        _supervisor.OnRelayClosed(Environment.TickCount64, LinkFailure.LinkClosed, 0);
                    }
                }

                return;
            }

            // The TCP probe got through and Connect swallowed a socket error: with TLS that is the handshake (or, rarely,
            // a reset during the upgrade, which looks the same here); without TLS only the upgrade is left.
            Fail(generation, _secure ? ConnectFailure.Tls : ConnectFailure.Reset, "not open after connect");
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

        // Ends the connecting window; true when the client reported a close inside it.
        private bool EndConnecting()
        {
            lock (_lock)
            {
                _connecting = false;
                return _closedWhileConnecting;
            }
        }

        private bool IsCurrent(int generation)
        {
            lock (_lock)
            {
                return generation == _generation;
            }
        }

        private void Fail(int generation, ConnectFailure failure, string detail)
        {
            if (!IsCurrent(generation))
            {
                return;
            }

            DeviceDebug.Line("relay: connect failed (" + StatusLine.ConnectFailureName(failure) + "): " + detail);
            _supervisor.OnConnectFailed(Environment.TickCount64, failure);
        }

        private void OnMessage(int generation, MessageReceivedEventArgs e)
        {
            ReceiveMessageFrame frame = e.Frame;
            if (frame == null || frame.Buffer == null)
            {
                return;
            }

            lock (_lock)
            {
                if (generation != _generation)
                {
                    return;
                }

                if (_pendingBuffer != null)
                {
                    _droppedMessages++;
                }

                _pendingBuffer = frame.Buffer;
                _pendingLength = frame.MessageLength;
            }

            _messageArrived.Set();
        }

        private void OnClosed(int generation)
        {
            lock (_lock)
            {
                if (generation != _generation)
                {
                    return;
                }

                if (_connecting)
                {
                    // Reported once Connect returns, after the open.
                    _closedWhileConnecting = true;
                    return;
                }
            }

            DeviceDebug.Line("relay: closed");
            _supervisor.OnRelayClosed(Environment.TickCount64, LinkFailure.LinkClosed, 0);
        }

        private void AbandonLocked()
        {
            ClientWebSocket socket = _socket;
            _socket = null;
            _pendingBuffer = null;
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
