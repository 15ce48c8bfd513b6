namespace DeskStats.App
{
    /// <summary>
    /// The WebSocket link to the relay, as the main loop drives it. It only moves bytes and events: every report
    /// (open, failed, closed, message, alive) goes into the <see cref="LinkInbox"/> the link was given, tagged with
    /// the attempt number of <see cref="Open"/>; the inbox drops reports of attempts that were given up. Called on
    /// the loop's thread; no method may block (work that can block runs on the link's own threads).
    /// </summary>
    public interface IRelayLink
    {
        /// <summary>Starts attempt number <paramref name="attempt"/> (1 or more), abandoning any previous one; reports Opened or ConnectFailed later.</summary>
        void Open(int attempt);

        /// <summary>Tears the current connection down without waiting; nothing more need be reported about it.</summary>
        void Close();

        /// <summary>Checks the open link (a keep-alive ping or an equivalent check); reports Alive when it is.</summary>
        void CheckAlive();
    }
}
