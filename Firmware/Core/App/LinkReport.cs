using DeskStats.Link;

namespace DeskStats.App
{
    /// <summary>What a platform adapter reported (see <see cref="LinkInbox"/>).</summary>
    public enum LinkReportKind
    {
        /// <summary>Nothing (an empty record).</summary>
        None = 0,
        /// <summary>The Wi-Fi network was joined.</summary>
        WifiJoined = 1,
        /// <summary>Joining the Wi-Fi network failed.</summary>
        WifiJoinFailed = 2,
        /// <summary>The Wi-Fi connection dropped.</summary>
        WifiLost = 3,
        /// <summary>The wall clock was set.</summary>
        ClockSet = 4,
        /// <summary>The relay link is open (the WebSocket upgrade completed).</summary>
        Opened = 5,
        /// <summary>An attempt failed before the link was open: <see cref="LinkReport.Failure"/> says how.</summary>
        ConnectFailed = 6,
        /// <summary>The open link closed: <see cref="LinkReport.Reason"/> and <see cref="LinkReport.Code"/> say how.</summary>
        Closed = 7,
        /// <summary>One whole message: <see cref="LinkReport.Buffer"/>, <see cref="LinkReport.Length"/> bytes.</summary>
        Message = 8,
        /// <summary>One message over the size cap was refused (the link stays open): <see cref="LinkReport.Length"/> bytes.</summary>
        MessageRefused = 9,
        /// <summary>The link was checked and is alive.</summary>
        Alive = 10
    }

    /// <summary>
    /// One report taken out of the <see cref="LinkInbox"/>. The loop owns one record and the inbox fills it on each
    /// take, so taking reports allocates nothing.
    /// </summary>
    public sealed class LinkReport
    {
        /// <summary>What happened.</summary>
        public LinkReportKind Kind { get; internal set; }

        /// <summary>The link attempt the report belongs to (1 or more), or 0 for Wi-Fi and clock reports.</summary>
        public int Attempt { get; internal set; }

        /// <summary>For ConnectFailed: how the attempt failed.</summary>
        public ConnectFailure Failure { get; internal set; }

        /// <summary>
        /// For Closed: why the link closed (ClosedByRelay with <see cref="Code"/>, ProtocolError, ConnectionReset,
        /// PingTimeout), or LinkClosed where the client cannot tell (the nanoFramework client).
        /// </summary>
        public LinkFailure Reason { get; internal set; }

        /// <summary>For Closed with ClosedByRelay: the relay's WebSocket close code (1000 to 4999); else 0.</summary>
        public int Code { get; internal set; }

        /// <summary>Plain words for the debug output (no secrets), or empty.</summary>
        public string Detail { get; internal set; }

        /// <summary>For Message: the bytes (the link's buffer, handed over; not copied).</summary>
        public byte[] Buffer { get; internal set; }

        /// <summary>For Message: the message length in bytes; for MessageRefused: the refused message's length.</summary>
        public int Length { get; internal set; }

        /// <summary>Copies <paramref name="other"/> into this record.</summary>
        internal void CopyFrom(LinkReport other)
        {
            Kind = other.Kind;
            Attempt = other.Attempt;
            Failure = other.Failure;
            Reason = other.Reason;
            Code = other.Code;
            Detail = other.Detail;
            Buffer = other.Buffer;
            Length = other.Length;
        }

        /// <summary>Empties the record (drops its references, so a message buffer can be collected).</summary>
        internal void Clear()
        {
            Kind = LinkReportKind.None;
            Attempt = 0;
            Failure = ConnectFailure.Unreachable;
            Reason = LinkFailure.None;
            Code = 0;
            Detail = string.Empty;
            Buffer = null;
            Length = 0;
        }
    }
}
