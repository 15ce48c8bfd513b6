using System;

namespace DeskStats.Protocol
{
    // Work saved on the front of a message that equals the last committed one (the relay resends the whole message
    // when anything changed, and most of it did not). On the interpreter every byte tokenized or compared in IL costs
    // tens of nanoseconds, while Array.Copy runs natively: keep a copy of the last committed message, compare the new
    // one with it (the comparison also finds identical messages, exactly), and resume pass 1 from the reader state
    // saved after the last top-level member that lies inside the equal front.
    public sealed partial class RelayMessageProcessor
    {
        // Top-level members whose end state is kept (the relay sends two: visits_live, summary; each costs a reader).
        private const int MaxCheckpoints = 2;

        // The relay sends 1-4 KB, mostly under 2 KB: a copy of 2 KB from the start; a longer message grows it once
        // (garbage once per new largest message).
        private const int InitialCopyBytes = 2048;

        private readonly SectionCheckpoint[] _checkpoints;
        private readonly SectionCheckpoint[] _pendingCheckpoints;
        private int _checkpointCount;
        private int _pendingCheckpointCount;
        private int _resumedMembers;
        private byte[] _lastMessage = new byte[InitialCopyBytes];
        private int _lastMessageLength;

        private static SectionCheckpoint[] NewCheckpoints()
        {
            var checkpoints = new SectionCheckpoint[MaxCheckpoints];
            for (int index = 0; index < MaxCheckpoints; index++)
            {
                checkpoints[index] = new SectionCheckpoint();
            }

            return checkpoints;
        }

        // Bytes from the start equal in buffer and the last committed message (0 before the first one).
        private int CommonPrefixLength(byte[] buffer, int length)
        {
            byte[] last = _lastMessage;
            int end = length < _lastMessageLength ? length : _lastMessageLength;
            int index = 0;

            // Four bytes per step: one loop test per four bytes.
            int groupEnd = end - 3;
            while (index < groupEnd && buffer[index] == last[index] && buffer[index + 1] == last[index + 1]
                && buffer[index + 2] == last[index + 2] && buffer[index + 3] == last[index + 3])
            {
                index += 4;
            }

            while (index < end && buffer[index] == last[index])
            {
                index++;
            }

            return index;
        }

        // How many of the committed checkpoints pass 1 may skip: those whose reader stopped strictly inside the
        // equal front (one byte of margin: the byte after a token decides where a number or literal ends).
        private int ResumeIndex(int common)
        {
            int members = 0;
            while (members < _checkpointCount && _checkpoints[members].Reader.Position < common)
            {
                members++;
            }

            return members;
        }

        private void SaveCheckpoint(JsonTokenReader reader, int visitsStart, int visitsLength, int summaryStart, int summaryLength, bool wrongType)
        {
            if (_pendingCheckpointCount == MaxCheckpoints)
            {
                return;
            }

            SectionCheckpoint checkpoint = _pendingCheckpoints[_pendingCheckpointCount];
            checkpoint.Reader.ResumeFrom(reader, reader.Buffer, 0, reader.Buffer.Length);
            checkpoint.VisitsStart = visitsStart;
            checkpoint.VisitsLength = visitsLength;
            checkpoint.SummaryStart = summaryStart;
            checkpoint.SummaryLength = summaryLength;
            checkpoint.WrongType = wrongType;
            _pendingCheckpointCount++;
        }

        // Whether a section's bytes differ from the same section of the last committed message (start -1: it had
        // none). A different length answers at once (a new visit usually changes it); a section at the same place
        // inside the equal front of the message (common bytes) is known equal; otherwise the bytes are compared, four
        // per step, stopping at the first difference. Exact, unlike a hash.
        private bool SectionChanged(byte[] buffer, int start, int length, int committedStart, int committedLength, int common)
        {
            if (committedStart < 0 || length != committedLength)
            {
                return true;
            }

            if (start == committedStart && start + length <= common)
            {
                return false;
            }

            byte[] last = _lastMessage;
            int offset = committedStart - start;
            int end = start + length;
            int index = start;
            int groupEnd = end - 3;
            while (index < groupEnd && buffer[index] == last[index + offset] && buffer[index + 1] == last[index + 1 + offset]
                && buffer[index + 2] == last[index + 2 + offset] && buffer[index + 3] == last[index + 3 + offset])
            {
                index += 4;
            }

            while (index < end)
            {
                if (buffer[index] != last[index + offset])
                {
                    return true;
                }

                index++;
            }

            return false;
        }

        // The accepted message becomes the one the next is compared with (Array.Copy: native on nanoFramework). The
        // copy grows only when a longer message arrives.
        private void CommitMessage(byte[] buffer, int length)
        {
            if (_lastMessage.Length < length)
            {
                _lastMessage = new byte[(length + 1023) / 1024 * 1024];
            }

            Array.Copy(buffer, 0, _lastMessage, 0, length);
            _lastMessageLength = length;
            for (int index = _resumedMembers; index < _pendingCheckpointCount; index++)
            {
                // Pointed at the copy, so that the caller's buffer is not kept alive.
                _checkpoints[index].CopyFrom(_pendingCheckpoints[index], _lastMessage);
                _pendingCheckpoints[index].Reader.Reset(_lastMessage, 0, 0);
            }

            _checkpointCount = _pendingCheckpointCount;
        }

        // Pass 1's state after one top-level member: the reader and the sections found so far (pending ones from
        // _resumedMembers on are filled by the message being read; committed ones describe the last accepted message).
        private sealed class SectionCheckpoint
        {
            public readonly JsonTokenReader Reader = new JsonTokenReader(MaxDepth);
            public int VisitsStart;
            public int VisitsLength;
            public int SummaryStart;
            public int SummaryLength;
            public bool WrongType;

            public void CopyFrom(SectionCheckpoint other, byte[] buffer)
            {
                Reader.ResumeFrom(other.Reader, buffer, 0, buffer.Length);
                VisitsStart = other.VisitsStart;
                VisitsLength = other.VisitsLength;
                SummaryStart = other.SummaryStart;
                SummaryLength = other.SummaryLength;
                WrongType = other.WrongType;
            }
        }
    }
}
