namespace DeskStats.Display.Rendering
{
    /// <summary>Where a text sits horizontally in its box.</summary>
    public enum TextAlignment
    {
        /// <summary>Starts at the box's left edge.</summary>
        Left = 0,
        /// <summary>Centred in the box.</summary>
        Center = 1,
        /// <summary>Ends at the box's right edge.</summary>
        Right = 2
    }
}
