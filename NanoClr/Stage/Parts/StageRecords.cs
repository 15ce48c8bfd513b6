using System.Text;

namespace DeskStats.Stage
{
    /// <summary>
    /// Walks a blob of records, each <c>[u16 name length][name, UTF-8][i32 data length][data]</c> (little endian), the
    /// format Tools/NanoClr writes the stage inputs in. One record at a time is read, into a new array of its length.
    /// </summary>
    public sealed class StageRecords
    {
        private readonly IStageBlob _blob;
        private readonly int _maximumDataLength;
        private readonly byte[] _header = new byte[4];
        private static readonly byte[] Empty = new byte[0];
        private int _offset;

        /// <summary>
        /// Starts at the first record of <paramref name="blob"/>. Of a record longer than
        /// <paramref name="maximumDataLength"/> only that many bytes are read (as a device link stops reading a frame
        /// past its cap), so one huge input cannot exhaust a device-sized heap.
        /// </summary>
        public StageRecords(IStageBlob blob, int maximumDataLength)
        {
            _blob = blob;
            _maximumDataLength = maximumDataLength;
        }

        /// <summary>
        /// True to refuse a record longer than the maximum outright (<see cref="DataLength"/> 0, no array made), as the
        /// device's WebSocket client refuses a frame past its cap; false (the default) to read its first bytes.
        /// </summary>
        public bool RefuseLonger { get; set; }

        /// <summary>The current record's name.</summary>
        public string Name { get; private set; }

        /// <summary>The current record's data, <see cref="DataLength"/> bytes.</summary>
        public byte[] Data { get; private set; } = new byte[0];

        /// <summary>Length in bytes of the current record's data as read (at most the maximum).</summary>
        public int DataLength { get; private set; }

        /// <summary>Length in bytes of the current record's data in the blob.</summary>
        public int FullLength { get; private set; }

        /// <summary>Moves to the next record; false at the end of the blob.</summary>
        public bool MoveNext()
        {
            if (_offset >= _blob.Length)
            {
                return false;
            }

            _blob.Read(_offset, _header, 0, 2);
            int nameLength = _header[0] | (_header[1] << 8);
            byte[] name = new byte[nameLength];
            _blob.Read(_offset + 2, name, 0, nameLength);
            Name = Encoding.UTF8.GetString(name, 0, nameLength);
            _blob.Read(_offset + 2 + nameLength, _header, 0, 4);
            FullLength = _header[0] | (_header[1] << 8) | (_header[2] << 16) | (_header[3] << 24);
            DataLength = FullLength < _maximumDataLength ? FullLength : _maximumDataLength;
            if (FullLength > _maximumDataLength && RefuseLonger)
            {
                // Refused as the device's client refuses a frame past MaxReceiveFrameSize: nothing allocated or read.
                DataLength = 0;
                Data = Empty;
                _offset += 6 + nameLength + FullLength;
                return true;
            }

            // A new array per record, as the device's WebSocket client hands over a new buffer per message: a reused
            // buffer would keep the largest record's size (16 KB after an oversized one) for the rest of the run.
            Data = new byte[DataLength];

            _blob.Read(_offset + 6 + nameLength, Data, 0, DataLength);
            _offset += 6 + nameLength + FullLength;
            return true;
        }
    }
}
