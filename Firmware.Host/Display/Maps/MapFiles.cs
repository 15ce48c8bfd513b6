using DeskStats.Display.Fonts;
using DeskStats.Display.Maps;

namespace DeskStats.Host.Display.Maps
{
    /// <summary>
    /// The land masks on the host, read from the very .bin files the device embeds (Firmware/Resources/Maps,
    /// embedded into DeskStats.Host as resources "DeskStats.Maps.&lt;name&gt;.bin").
    /// </summary>
    public static class MapFiles
    {
        /// <summary>Resource name prefix of the embedded maps.</summary>
        public const string ResourcePrefix = "DeskStats.Maps.";

        /// <summary>The map file names (without ".bin").</summary>
        public static readonly string[] Names = { "world-320", "world-240" };

        /// <summary>A new mask of the map <paramref name="width"/> pixels wide (320 or 240: <see cref="MapLayout.MapWidth"/>).</summary>
        public static LandMask ForWidth(int width) => new LandMask(new ByteArrayFontData(ReadBytes("world-" + width)));

        /// <summary>The bytes of the embedded map file <paramref name="name"/> (one of <see cref="Names"/>).</summary>
        public static byte[] ReadBytes(string name) => EmbeddedFiles.Read(ResourcePrefix + name + ".bin", "map");
    }
}
