using DeskStats.App;
using DeskStats.Link;

namespace DeskStats.Host.Link
{
    /// <summary>
    /// The main loop's relay link on the host: <see cref="WebSocketRelayLink"/>, its reports moved into the loop's
    /// <see cref="LinkInbox"/> with the attempt number they belong to. Nothing else.
    /// </summary>
    public sealed class HostRelayLink : IRelayLink, IRelayLinkEvents, System.IDisposable
    {
        private readonly LinkInbox _inbox;
        private readonly WebSocketRelayLink _link;
        private volatile int _attempt;

        /// <summary>Creates the link reporting into <paramref name="inbox"/>; reads the CA file at once (throws when unreadable).</summary>
        public HostRelayLink(WebSocketRelayLinkOptions options, LinkInbox inbox)
        {
            _inbox = inbox;
            _link = new WebSocketRelayLink(options, this);
        }

        /// <inheritdoc/>
        public void Open(int attempt)
        {
            // Set before the open: the new connection's reports carry it, the old one's are dropped by the link.
            _attempt = attempt;
            _link.Open();
        }

        /// <inheritdoc/>
        public void Close() => _link.Close();

        /// <inheritdoc/>
        public void CheckAlive() => _link.CheckAlive();

        /// <summary>Tears the connection down.</summary>
        public void Dispose() => _link.Dispose();

        void IRelayLinkEvents.Opened() => _inbox.Opened(_attempt);

        void IRelayLinkEvents.ConnectFailed(ConnectFailure failure, string detail) => _inbox.ConnectFailed(_attempt, failure, detail);

        void IRelayLinkEvents.Closed(LinkFailure reason, int closeCode, string detail) => _inbox.Closed(_attempt, reason, closeCode, detail);

        void IRelayLinkEvents.Message(byte[] buffer, int length) => _inbox.Message(_attempt, buffer, length);

        void IRelayLinkEvents.Oversized(long length) => _inbox.MessageRefused(_attempt, length > int.MaxValue ? int.MaxValue : (int)length);

        void IRelayLinkEvents.Alive() => _inbox.Alive(_attempt);
    }
}
