using System;
using System.Resources;
using nanoFramework.Runtime.Native;

namespace DeskStats.Stage
{
    /// <summary>
    /// The stage's inputs, embedded by Tools/NanoClr in the app's DeskStats.Resources.resources next to the fonts (binary resources; the
    /// MetadataProcessor keys each by the 16-bit hash of its name, written out here as a nanoFramework Designer file
    /// would; a host test checks the values).
    /// </summary>
    internal static class StageInputs
    {
        /// <summary>The app's resources: the fonts and the stage's inputs in one file (see Tools/NanoClr/StageRunner).</summary>
        internal static ResourceManager Manager => Resources.ResourceManager;

        [Serializable]
        internal enum Blob : short
        {
            Payloads = -25040,
            Session = -25370,
            SoakHours = -14911,
        }
    }

    /// <summary>
    /// A stage input read by slices from the app's resources, so it stays in flash (here: in the .pe). The resource starts
    /// with the blob's length (4 bytes, little endian): reading the whole resource to learn its size would load it all.
    /// </summary>
    internal sealed class ResourceBlob : IStageBlob
    {
        private const int PrefixLength = 4;
        private const int SliceBytes = 1024;
        private readonly StageInputs.Blob _id;

        internal ResourceBlob(StageInputs.Blob id)
        {
            _id = id;
            byte[] length = (byte[])ResourceUtility.GetObject(StageInputs.Manager, id, 0, PrefixLength);
            Length = length[0] | (length[1] << 8) | (length[2] << 16) | (length[3] << 24);
        }

        public int Length { get; }

        public void Read(int offset, byte[] destination, int destinationOffset, int count)
        {
            // In slices of at most 1 KB: each GetObject allocates its slice, and a 16 KB message read at once would
            // need twice its size of heap for a moment.
            while (count > 0)
            {
                int slice = count < SliceBytes ? count : SliceBytes;
                byte[] bytes = (byte[])ResourceUtility.GetObject(StageInputs.Manager, _id, PrefixLength + offset, slice);
                Array.Copy(bytes, 0, destination, destinationOffset, slice);
                offset += slice;
                destinationOffset += slice;
                count -= slice;
            }
        }
    }
}
