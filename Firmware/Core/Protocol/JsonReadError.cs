namespace DeskStats.Protocol
{
    /// <summary>Why <see cref="JsonTokenReader"/> stopped: a code, never an exception, so the device's hot path stays cheap.</summary>
    public enum JsonReadError
    {
        /// <summary>No error (reading may have finished normally).</summary>
        None = 0,
        /// <summary>The input ended inside a value or container: a truncated message.</summary>
        UnexpectedEnd = 1,
        /// <summary>A byte that cannot start or continue a token at this place.</summary>
        UnexpectedCharacter = 2,
        /// <summary>A literal that is not exactly <c>true</c>, <c>false</c> or <c>null</c>.</summary>
        InvalidLiteral = 3,
        /// <summary>A number that breaks the JSON grammar (such as <c>01</c>, <c>1.</c>, <c>-</c>, <c>1e</c>).</summary>
        InvalidNumber = 4,
        /// <summary>A string with a raw control character (below U+0020) or a bad escape sequence.</summary>
        InvalidString = 5,
        /// <summary>Containers nested deeper than the reader's maximum depth.</summary>
        TooDeep = 6,
        /// <summary>Non-whitespace after the single top-level value.</summary>
        TrailingData = 7,
        /// <summary>The input holds no value at all (empty or whitespace only).</summary>
        Empty = 8
    }
}
