using DeskStats.App;
using DeskStats.Link;

namespace DeskStats.Stage
{
    /// <summary>
    /// The relay link of the soak: behaves as the device's adapter does against <see cref="SoakRelay"/>. An open
    /// answers after <see cref="ConnectMilliseconds"/>: nobody answers while the relay restarts (Unreachable); a refused
    /// token is a close reported while connecting (code hidden, as the nanoFramework client does), then the open; else
    /// the link opens and the relay sends its latest message at once. While open, every message the relay pushes is
    /// handed over as a new buffer, and a restart closes the link.
    /// </summary>
    public sealed class SoakLink : IRelayLink
    {
        /// <summary>Simulated time from an open to its answer, in ms.</summary>
        public const int ConnectMilliseconds = 300;

        private readonly LinkInbox _inbox;
        private readonly SoakRelay _relay;
        private int _attempt;
        private bool _connecting;
        private long _answerAt;
        private bool _open;
        private long _now;

        /// <summary>Creates the link between <paramref name="relay"/> and <paramref name="inbox"/>.</summary>
        public SoakLink(LinkInbox inbox, SoakRelay relay)
        {
            _inbox = inbox;
            _relay = relay;
        }

        /// <summary>Attempts opened so far.</summary>
        public int Opens { get; private set; }

        /// <summary>Links the relay closed while they were open.</summary>
        public int ClosedByRelay { get; private set; }

        /// <summary>Attempts refused for the token.</summary>
        public int Refused { get; private set; }

        /// <summary>Messages handed to the loop.</summary>
        public int MessagesSent { get; private set; }

        /// <summary>Message bytes handed to the loop.</summary>
        public long BytesSent { get; private set; }

        /// <summary>True while the link is open.</summary>
        public bool IsOpen => _open;

        /// <inheritdoc />
        public void Open(int attempt)
        {
            _attempt = attempt;
            _connecting = true;
            _open = false;
            _answerAt = _now + ConnectMilliseconds;
            Opens++;
        }

        /// <inheritdoc />
        public void Close()
        {
            _connecting = false;
            _open = false;
        }

        /// <inheritdoc />
        public void CheckAlive()
        {
            if (_open)
            {
                _inbox.Alive(_attempt);
            }
        }

        /// <summary>Moves the link to <paramref name="now"/>: answers a pending open, follows the relay's pushes and restarts.</summary>
        public void Tick(long now, bool relayPushes)
        {
            _now = now;
            if (_connecting && now >= _answerAt)
            {
                _connecting = false;
                if (!SoakRelay.IsUp(now))
                {
                    _inbox.ConnectFailed(_attempt, ConnectFailure.Unreachable, "nobody answers");
                }
                else if (SoakRelay.RefusesToken(now))
                {
                    Refused++;
                    _inbox.Closed(_attempt, LinkFailure.LinkClosed, 0, "closed while connecting");
                    _inbox.Opened(_attempt);
                }
                else
                {
                    _open = true;
                    _inbox.Opened(_attempt);
                    Send();
                    return;
                }
            }

            if (!_open)
            {
                return;
            }

            if (!SoakRelay.IsUp(now))
            {
                _open = false;
                ClosedByRelay++;
                _inbox.Closed(_attempt, LinkFailure.LinkClosed, 0, "relay restarting");
            }
            else if (relayPushes)
            {
                Send();
            }
        }

        private void Send()
        {
            byte[] message = _relay.Message();
            MessagesSent++;
            BytesSent += message.Length;
            _inbox.Message(_attempt, message, message.Length);
        }
    }
}
