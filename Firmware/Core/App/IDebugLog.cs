namespace DeskStats.App
{
    /// <summary>Where the main loop writes its debug lines (the serial output on the device). Lines hold no secrets.</summary>
    public interface IDebugLog
    {
        /// <summary>Writes one line of text (no line break in it).</summary>
        void Line(string text);
    }
}
