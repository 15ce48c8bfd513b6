namespace DeskStats.Protocol
{
    /// <summary>Why a relay message was refused: a code (no message strings on the device).</summary>
    public enum RejectReason
    {
        /// <summary>The last message was not rejected.</summary>
        None = 0,
        /// <summary>No bytes, or only whitespace.</summary>
        Empty = 1,
        /// <summary>Longer than <see cref="RelayMessageProcessor.MaxMessageBytes"/>.</summary>
        TooLarge = 2,
        /// <summary>Not valid JSON (bad character, literal, number, string escape, or data after the value).</summary>
        Malformed = 3,
        /// <summary>The JSON ends in the middle of a value: a cut-off message.</summary>
        Truncated = 4,
        /// <summary>Containers nested deeper than <see cref="RelayMessageProcessor.MaxDepth"/>.</summary>
        TooDeep = 5,
        /// <summary>A known member has the wrong JSON type (for example <c>"visits_live": "x"</c> or <c>"visits": "12"</c>).</summary>
        WrongType = 6,
        /// <summary>The top-level value is not an object.</summary>
        NotAnObject = 7,
        /// <summary>A number of the right type but unusable value (negative, fractional or too large visit count).</summary>
        OutOfRange = 8
    }
}
