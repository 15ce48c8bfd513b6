namespace DeskStats.Stage
{
    /// <summary>Where a stage part writes its result lines (nanoCLR: the console; host: a list compared line by line).</summary>
    public interface IStageLog
    {
        /// <summary>Writes one result line. Lines that start with "heap " are measurements, left out of the comparison.</summary>
        void Line(string text);
    }

    /// <summary>
    /// One input of the stage: a byte blob read by slices (nanoCLR: a binary resource, so a 3 MB session never sits in
    /// the heap whole; host: a byte array).
    /// </summary>
    public interface IStageBlob
    {
        /// <summary>Length of the blob in bytes.</summary>
        int Length { get; }

        /// <summary>Copies <paramref name="count"/> bytes from <paramref name="offset"/> into <paramref name="destination"/>.</summary>
        void Read(int offset, byte[] destination, int destinationOffset, int count);
    }

    /// <summary>The managed heap as the runtime sees it.</summary>
    public interface IHeapProbe
    {
        /// <summary>Free managed heap in bytes after a full collection, or -1 where the runtime cannot say (the host).</summary>
        int FreeBytesAfterCollection();
    }
}
