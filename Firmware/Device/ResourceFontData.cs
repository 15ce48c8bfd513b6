using System;
using System.Resources;
using DeskStats.Display.Fonts;
using DeskStats.Display.Maps;
using nanoFramework.Runtime.Native;

namespace DeskStats.Device
{
    /// <summary>
    /// Font data read by slices from a binary resource of the application (Resources.resx), so a font stays in flash:
    /// ResourceUtility.GetObject(manager, id, offset, length) copies only the requested bytes. Reads that fall inside
    /// one aligned 128-byte block (glyph records, small bitmaps) are served from the last block read, which saves a
    /// small allocation per glyph lookup; larger reads go straight to the resource. RAM: the 128-byte block plus fields.
    /// The land masks of the map page (DSM1) are read the same way (<see cref="LoadMap"/>).
    /// </summary>
    public sealed class ResourceFontData : IFontData
    {
        private const int BlockLength = 128;

        private readonly ResourceManager _manager;
        private readonly Enum _id;
        private readonly int _length;
        private readonly object _gate = new object();
        private byte[] _block;
        private int _blockOffset = -1;

        /// <summary>Wraps binary resource <paramref name="id"/> of <paramref name="manager"/>; reads its DSF4 header to learn its length.</summary>
        public ResourceFontData(ResourceManager manager, Enum id)
            : this(manager, id, FontFormat.HeaderLength, FontFormat.FileLengthOffset)
        {
        }

        /// <summary>
        /// Wraps binary resource <paramref name="id"/> of any format that stores its file length as a little-endian
        /// 32-bit value at <paramref name="lengthOffset"/> of a header of <paramref name="headerLength"/> bytes
        /// (DSF4 fonts; DSM1 land masks: 24, 20).
        /// </summary>
        public ResourceFontData(ResourceManager manager, Enum id, int headerLength, int lengthOffset)
        {
            if (manager == null)
            {
                throw new ArgumentNullException("manager");
            }

            _manager = manager;
            _id = id;
            byte[] header = (byte[])ResourceUtility.GetObject(manager, id, 0, headerLength);
            _length = FontFormat.ReadInt32(header, lengthOffset);
        }

        /// <summary>The font compiled into the application as resource <paramref name="id"/>.</summary>
        internal static BitmapFont Load(Resources.BinaryResources id)
        {
            return new BitmapFont(new ResourceFontData(Resources.ResourceManager, id));
        }

        /// <summary>The land mask compiled into the application for a map <paramref name="width"/> pixels wide (320 or 240), read by slices from flash.</summary>
        internal static LandMask LoadMap(int width)
        {
            Resources.BinaryResources id = width >= 320 ? Resources.BinaryResources.WorldMap320 : Resources.BinaryResources.WorldMap240;
            return new LandMask(new ResourceFontData(Resources.ResourceManager, id, LandMask.HeaderLength, LandMask.LengthOffset));
        }

        /// <inheritdoc />
        public int Length
        {
            get { return _length; }
        }

        /// <inheritdoc />
        public void Read(int offset, byte[] destination, int destinationOffset, int count)
        {
            if (offset < 0 || count < 0 || offset + count > _length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (count == 0)
            {
                return;
            }

            int blockStart = offset - (offset % BlockLength);
            if (offset + count > blockStart + BlockLength)
            {
                byte[] slice = (byte[])ResourceUtility.GetObject(_manager, _id, offset, count);
                Array.Copy(slice, 0, destination, destinationOffset, count);
                return;
            }

            lock (_gate)
            {
                if (blockStart != _blockOffset)
                {
                    int length = _length - blockStart < BlockLength ? _length - blockStart : BlockLength;
                    _block = (byte[])ResourceUtility.GetObject(_manager, _id, blockStart, length);
                    _blockOffset = blockStart;
                }

                Array.Copy(_block, offset - _blockOffset, destination, destinationOffset, count);
            }
        }
    }
}
