namespace DeskStats.Display.Fonts
{
    /// <summary>
    /// Read-only access to the bytes of one font file (the format in docs/fonts.md), by slices, so that on the
    /// device the data can stay in flash and only the few bytes a lookup needs are copied into RAM.
    /// </summary>
    public interface IFontData
    {
        /// <summary>Total length of the font file in bytes.</summary>
        int Length { get; }

        /// <summary>
        /// Copies <paramref name="count"/> bytes starting at byte <paramref name="offset"/> of the font file into
        /// <paramref name="destination"/> at <paramref name="destinationOffset"/>.
        /// </summary>
        void Read(int offset, byte[] destination, int destinationOffset, int count);
    }
}
