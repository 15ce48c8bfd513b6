namespace DeskStats.Protocol
{
    /// <summary>The kind of token <see cref="JsonTokenReader"/> is positioned on (as System.Text.Json's JsonTokenType).</summary>
    public enum JsonTokenType
    {
        /// <summary>No token read yet, or reading finished.</summary>
        None = 0,
        /// <summary><c>{</c></summary>
        StartObject = 1,
        /// <summary><c>}</c></summary>
        EndObject = 2,
        /// <summary><c>[</c></summary>
        StartArray = 3,
        /// <summary><c>]</c></summary>
        EndArray = 4,
        /// <summary>A member name inside an object (the value follows as the next token).</summary>
        PropertyName = 5,
        /// <summary>A string value.</summary>
        String = 7,
        /// <summary>A number value in any JSON form (integer, decimal, exponent).</summary>
        Number = 8,
        /// <summary><c>true</c></summary>
        True = 9,
        /// <summary><c>false</c></summary>
        False = 10,
        /// <summary><c>null</c></summary>
        Null = 11
    }
}
