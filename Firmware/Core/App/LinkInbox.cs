using System.Threading;
using DeskStats.Link;

namespace DeskStats.App
{
    /// <summary>
    /// The hand-off from the platform's threads (WebSocket client, Wi-Fi, SNTP) to the main loop's thread: a fixed
    /// ring of report records, filled under a lock and emptied by the loop, which then runs the supervisor and the
    /// message pipeline on its own thread, one report at a time. Nothing is allocated per report: the records are
    /// made once and a message's buffer is handed over, not copied.
    /// <para>
    /// Link reports carry the attempt number the loop gave <see cref="IRelayLink.Open"/>; reports of an attempt that
    /// was given up (<see cref="EndAttempt"/>, or a newer <see cref="BeginAttempt"/>) are dropped, when reported and
    /// again when taken. Each relay message is a whole snapshot, so a message that waits behind a newer one of the
    /// same attempt is replaced by it (<see cref="DroppedMessages"/>). A close reported before the attempt's open
    /// (the nanoFramework client reports a close that arrives while Connect is returning) is held and delivered
    /// right after the open; a connect failure drops it.
    /// </para>
    /// </summary>
    public sealed class LinkInbox
    {
        /// <summary>Reports the ring holds; more waiting than this are dropped (<see cref="LostReports"/>; the supervisor's timeouts recover).</summary>
        public const int Capacity = 16;

        private readonly object _lock = new object();
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private readonly LinkReport[] _ring = new LinkReport[Capacity];
        private readonly LinkReport _heldClose = new LinkReport();
        private int _head;
        private int _count;
        private int _attempt;
        private bool _attemptActive;
        private bool _attemptOpened;
        private bool _closeHeld;
        private int _droppedMessages;
        private int _lostReports;

        /// <summary>Creates an empty inbox.</summary>
        public LinkInbox()
        {
            for (int index = 0; index < Capacity; index++)
            {
                _ring[index] = new LinkReport();
                _ring[index].Clear();
            }

            _heldClose.Clear();
        }

        /// <summary>The current attempt number, 0 before the first one.</summary>
        public int CurrentAttempt
        {
            get { lock (_lock) { return _attemptActive ? _attempt : 0; } }
        }

        /// <summary>Messages replaced by a newer one before the loop took them, since start.</summary>
        public int DroppedMessages
        {
            get { lock (_lock) { return _droppedMessages; } }
        }

        /// <summary>Reports dropped because the ring was full, since start.</summary>
        public int LostReports
        {
            get { lock (_lock) { return _lostReports; } }
        }

        /// <summary>Reports waiting, 0 to <see cref="Capacity"/>.</summary>
        public int Waiting
        {
            get { lock (_lock) { return _count; } }
        }

        /// <summary>Loop side: starts a new link attempt and returns its number; reports of older attempts are dropped from now on.</summary>
        public int BeginAttempt()
        {
            lock (_lock)
            {
                _attempt++;
                _attemptActive = true;
                _attemptOpened = false;
                _closeHeld = false;
                _heldClose.Clear();
                return _attempt;
            }
        }

        /// <summary>Loop side: gives up the current attempt; nothing more is taken from it.</summary>
        public void EndAttempt()
        {
            lock (_lock)
            {
                _attemptActive = false;
                _closeHeld = false;
                _heldClose.Clear();
            }
        }

        /// <summary>Loop side: waits up to <paramref name="milliseconds"/> for a report; true when one arrived.</summary>
        public bool Wait(int milliseconds)
        {
            return _arrived.WaitOne(milliseconds, false);
        }

        /// <summary>Ends a <see cref="Wait"/> at once without a report (to stop the loop, or to let it see a page turn).</summary>
        public void Wake()
        {
            _arrived.Set();
        }

        /// <summary>Loop side: moves the oldest waiting report of a live attempt into <paramref name="into"/>; false when none waits.</summary>
        public bool Take(LinkReport into)
        {
            lock (_lock)
            {
                while (_count > 0)
                {
                    LinkReport slot = _ring[_head];
                    _head = (_head + 1) % Capacity;
                    _count--;
                    bool live = slot.Attempt == 0 || (_attemptActive && slot.Attempt == _attempt);
                    if (live)
                    {
                        into.CopyFrom(slot);
                    }

                    slot.Clear();
                    if (live)
                    {
                        return true;
                    }
                }

                into.Clear();
                return false;
            }
        }

        /// <summary>Adapter side: true when attempt <paramref name="attempt"/> is still the current one.</summary>
        public bool IsCurrent(int attempt)
        {
            lock (_lock)
            {
                return IsLiveLocked(attempt);
            }
        }

        /// <summary>Adapter side: true when attempt <paramref name="attempt"/> reported a close before its open (held until the open).</summary>
        public bool ClosedBeforeOpen(int attempt)
        {
            lock (_lock)
            {
                return IsLiveLocked(attempt) && _closeHeld;
            }
        }

        /// <summary>Report: the Wi-Fi network was joined.</summary>
        public void WifiJoined()
        {
            Add(LinkReportKind.WifiJoined, 0, string.Empty);
        }

        /// <summary>Report: joining the Wi-Fi network failed; <paramref name="detail"/> is for the debug output.</summary>
        public void WifiJoinFailed(string detail)
        {
            Add(LinkReportKind.WifiJoinFailed, 0, detail);
        }

        /// <summary>Report: the Wi-Fi connection dropped.</summary>
        public void WifiLost()
        {
            Add(LinkReportKind.WifiLost, 0, string.Empty);
        }

        /// <summary>Report: the wall clock was set.</summary>
        public void ClockSet()
        {
            Add(LinkReportKind.ClockSet, 0, string.Empty);
        }

        /// <summary>Report: attempt <paramref name="attempt"/> is open (a close held for it follows at once).</summary>
        public void Opened(int attempt)
        {
            lock (_lock)
            {
                if (!IsLiveLocked(attempt))
                {
                    return;
                }

                _attemptOpened = true;
                AddLocked(LinkReportKind.Opened, attempt, string.Empty);
                if (_closeHeld)
                {
                    _closeHeld = false;
                    LinkReport slot = AddLocked(LinkReportKind.Closed, attempt, _heldClose.Detail);
                    if (slot != null)
                    {
                        slot.CopyFrom(_heldClose);
                    }

                    _heldClose.Clear();
                }
            }

            _arrived.Set();
        }

        /// <summary>Report: attempt <paramref name="attempt"/> failed before it was open.</summary>
        public void ConnectFailed(int attempt, ConnectFailure failure, string detail)
        {
            lock (_lock)
            {
                if (!IsLiveLocked(attempt))
                {
                    return;
                }

                _closeHeld = false;
                _heldClose.Clear();
                LinkReport slot = AddLocked(LinkReportKind.ConnectFailed, attempt, detail);
                if (slot != null)
                {
                    slot.Failure = failure;
                }
            }

            _arrived.Set();
        }

        /// <summary>
        /// Report: the link of attempt <paramref name="attempt"/> closed, and why: <paramref name="reason"/> is
        /// ClosedByRelay (a close frame with <paramref name="closeCode"/>, 1000 to 4999), ProtocolError,
        /// ConnectionReset, PingTimeout, or LinkClosed where the client cannot tell.
        /// </summary>
        public void Closed(int attempt, LinkFailure reason, int closeCode, string detail)
        {
            lock (_lock)
            {
                if (!IsLiveLocked(attempt))
                {
                    return;
                }

                if (!_attemptOpened)
                {
                    _closeHeld = true;
                    _heldClose.Kind = LinkReportKind.Closed;
                    _heldClose.Attempt = attempt;
                    _heldClose.Reason = reason;
                    _heldClose.Code = closeCode;
                    _heldClose.Detail = detail ?? string.Empty;
                    return;
                }

                LinkReport slot = AddLocked(LinkReportKind.Closed, attempt, detail);
                if (slot != null)
                {
                    slot.Reason = reason;
                    slot.Code = closeCode;
                }
            }

            _arrived.Set();
        }

        /// <summary>
        /// Report: one whole message of <paramref name="length"/> bytes in <paramref name="buffer"/> (handed over: the
        /// link must not write it again). Replaces a message of the same attempt that still waits last in line.
        /// </summary>
        public void Message(int attempt, byte[] buffer, int length)
        {
            if (buffer == null)
            {
                return;
            }

            lock (_lock)
            {
                if (!IsLiveLocked(attempt))
                {
                    return;
                }

                if (_count > 0)
                {
                    LinkReport last = _ring[(_head + _count - 1) % Capacity];
                    if (last.Kind == LinkReportKind.Message && last.Attempt == attempt)
                    {
                        last.Buffer = buffer;
                        last.Length = length;
                        _droppedMessages++;
                        _arrived.Set();
                        return;
                    }
                }

                LinkReport slot = AddLocked(LinkReportKind.Message, attempt, string.Empty);
                if (slot != null)
                {
                    slot.Buffer = buffer;
                    slot.Length = length;
                }
            }

            _arrived.Set();
        }

        /// <summary>Report: a message of <paramref name="length"/> bytes was over the cap and was refused; the link stays open.</summary>
        public void MessageRefused(int attempt, int length)
        {
            lock (_lock)
            {
                if (!IsLiveLocked(attempt))
                {
                    return;
                }

                LinkReport slot = AddLocked(LinkReportKind.MessageRefused, attempt, string.Empty);
                if (slot != null)
                {
                    slot.Length = length;
                }
            }

            _arrived.Set();
        }

        /// <summary>Report: the link of attempt <paramref name="attempt"/> was checked and is alive.</summary>
        public void Alive(int attempt)
        {
            lock (_lock)
            {
                if (!IsLiveLocked(attempt))
                {
                    return;
                }

                AddLocked(LinkReportKind.Alive, attempt, string.Empty);
            }

            _arrived.Set();
        }

        private void Add(LinkReportKind kind, int attempt, string detail)
        {
            lock (_lock)
            {
                AddLocked(kind, attempt, detail);
            }

            _arrived.Set();
        }

        private bool IsLiveLocked(int attempt)
        {
            return _attemptActive && attempt == _attempt;
        }

        // The record to fill, or null when the ring is full (the report is lost and counted).
        private LinkReport AddLocked(LinkReportKind kind, int attempt, string detail)
        {
            if (_count == Capacity)
            {
                _lostReports++;
                return null;
            }

            LinkReport slot = _ring[(_head + _count) % Capacity];
            _count++;
            slot.Clear();
            slot.Kind = kind;
            slot.Attempt = attempt;
            slot.Detail = detail ?? string.Empty;
            return slot;
        }
    }
}
