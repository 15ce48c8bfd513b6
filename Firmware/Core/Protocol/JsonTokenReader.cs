using System;

namespace DeskStats.Protocol
{
    /// <summary>
    /// A forward-only, non-allocating JSON tokenizer over a <c>byte[]</c> range holding UTF-8, shaped like
    /// System.Text.Json's Utf8JsonReader but written for nanoFramework 1.x (no Span, no generics, no exceptions
    /// for bad input). Call <see cref="Read"/> until it returns false, then look at <see cref="Error"/>: a
    /// malformed, truncated or too deeply nested input stops with an error code instead of throwing.
    /// </summary>
    /// <remarks>
    /// Validation is strict JSON (RFC 8259): one top-level value, no trailing data, no trailing commas, no
    /// comments, exact literals, the number grammar (no leading zeros, no bare '.', no '+'), no raw control
    /// characters in strings and only the defined escapes. Non-ASCII bytes inside strings are not validated
    /// while scanning (speed); the decoders (<see cref="CopyString"/>, <see cref="GetString()"/>,
    /// <see cref="TextEquals"/>) turn invalid UTF-8 and unpaired <c>\uXXXX</c> surrogates into U+FFFD.
    /// One instance can be reused for any number of inputs with <see cref="Reset"/>: reading allocates nothing.
    /// </remarks>
    public sealed partial class JsonTokenReader
    {
        /// <summary>Default maximum container nesting (the relay's message nests 3 deep).</summary>
        public const int DefaultMaxDepth = 16;

        /// <summary>The largest maximum depth a reader supports (one bit per level in a 64-bit stack).</summary>
        public const int MaxSupportedDepth = 64;

        private const int ReplacementCharacter = 0xFFFD;

        // 10^0 .. 10^22 are exact in a double: the fast, correctly rounded path of TryGetDouble uses them.
        private static readonly double[] PowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
            1e17, 1e18, 1e19, 1e20, 1e21, 1e22
        };

        // The buffer of a reader not reset yet (one for all readers).
        private static readonly byte[] NoBytes = new byte[0];

        private readonly int _maxDepth;
        private byte[] _buffer;
        private int _end;
        private int _position;
        private int _depth;
        private ulong _containerIsObject;
        private bool _finished;

        // Token state as fields: on the interpreter a property setter is a call per token.
        private JsonTokenType _tokenType;
        private JsonReadError _error;
        private int _errorPosition;
        private int _tokenStart;
        private int _tokenLength;
        private int _valueStart;
        private int _valueLength;
        private bool _valueIsEscaped;
        private bool _numberHasFractionOrExponent;

        /// <summary>Creates a reader with <see cref="DefaultMaxDepth"/>; call <see cref="Reset"/> to give it input.</summary>
        public JsonTokenReader() : this(DefaultMaxDepth)
        {
        }

        /// <summary>Creates a reader that rejects nesting deeper than <paramref name="maxDepth"/> (1 to <see cref="MaxSupportedDepth"/>).</summary>
        public JsonTokenReader(int maxDepth)
        {
            if (maxDepth < 1 || maxDepth > MaxSupportedDepth)
            {
                throw new ArgumentOutOfRangeException();
            }

            _maxDepth = maxDepth;
            _buffer = NoBytes;
        }

        /// <summary>Creates a reader over <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        public JsonTokenReader(byte[] buffer, int offset, int length) : this(DefaultMaxDepth)
        {
            Reset(buffer, offset, length);
        }

        /// <summary>The maximum container nesting this reader accepts.</summary>
        public int MaxDepth => _maxDepth;

        /// <summary>The token the reader is on; <see cref="JsonTokenType.None"/> before the first read and after an error.</summary>
        public JsonTokenType TokenType => _tokenType;

        /// <summary>Why reading stopped, or <see cref="JsonReadError.None"/>.</summary>
        public JsonReadError Error => _error;

        /// <summary>Index in the buffer where the error was found (valid when <see cref="Error"/> is not None).</summary>
        public int ErrorPosition => _errorPosition;

        /// <summary>Index in the buffer of the current token's first byte (the opening quote of a string).</summary>
        public int TokenStart => _tokenStart;

        /// <summary>Bytes of the current token as written, quotes included for strings and names; 1 for brackets.</summary>
        public int TokenLength => _tokenLength;

        /// <summary>Index of the first byte of a string's or name's content (after the quote), still escaped.</summary>
        public int ValueStart => _valueStart;

        /// <summary>Bytes of a string's or name's content between the quotes, still escaped; equals <see cref="TokenLength"/> for other tokens.</summary>
        public int ValueLength => _valueLength;

        /// <summary>True when the current string or name contains a backslash escape.</summary>
        public bool ValueIsEscaped => _valueIsEscaped;

        /// <summary>True when the current number has a fraction or an exponent part.</summary>
        public bool NumberHasFractionOrExponent => _numberHasFractionOrExponent;

        /// <summary>
        /// Nesting depth of the current token, as Utf8JsonReader: 0 for the top-level value and its end token,
        /// 1 for members of the top-level object, and so on.
        /// </summary>
        public int CurrentDepth
        {
            get
            {
                JsonTokenType type = _tokenType;
                return type == JsonTokenType.StartObject || type == JsonTokenType.StartArray ? _depth - 1 : _depth;
            }
        }

        /// <summary>True when the single top-level value has been read completely and nothing but whitespace follows.</summary>
        public bool IsComplete => _finished && Error == JsonReadError.None;

        /// <summary>The buffer being read (for callers that compare a token range).</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Starts reading <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>; allocates nothing.</summary>
        public void Reset(byte[] buffer, int offset, int length)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            if (offset < 0 || length < 0 || offset + length > buffer.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            _buffer = buffer;
            _position = offset;
            _end = offset + length;
            _depth = 0;
            _containerIsObject = 0;
            _finished = false;
            _tokenType = JsonTokenType.None;
            _error = JsonReadError.None;
            _errorPosition = 0;
            _tokenStart = offset;
            _tokenLength = 0;
            _valueStart = offset;
            _valueLength = 0;
            _valueIsEscaped = false;
            _numberHasFractionOrExponent = false;
        }

        /// <summary>
        /// Moves to the next token. Returns false at the end of the input (check <see cref="IsComplete"/>) or on an
        /// error (see <see cref="Error"/>); once false, it stays false until <see cref="Reset"/>.
        /// </summary>
        public bool Read()
        {
            if (_finished || _error != JsonReadError.None)
            {
                return false;
            }

            int position = SkipWhitespace(_position);
            JsonTokenType previous = _tokenType;
            byte current;

            if (previous == JsonTokenType.None)
            {
                if (position >= _end)
                {
                    return Fail(JsonReadError.Empty, position);
                }

                return ReadValue(position);
            }

            if (previous == JsonTokenType.PropertyName)
            {
                if (position >= _end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, position);
                }

                if (_buffer[position] != (byte)':')
                {
                    return Fail(JsonReadError.UnexpectedCharacter, position);
                }

                position = SkipWhitespace(position + 1);
                if (position >= _end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, position);
                }

                return ReadValue(position);
            }

            if (previous == JsonTokenType.StartObject)
            {
                if (position >= _end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, position);
                }

                current = _buffer[position];
                if (current == (byte)'}')
                {
                    return EndContainer(position, JsonTokenType.EndObject);
                }

                if (current == (byte)'"')
                {
                    return ReadString(position, JsonTokenType.PropertyName);
                }

                return Fail(JsonReadError.UnexpectedCharacter, position);
            }

            if (previous == JsonTokenType.StartArray)
            {
                if (position >= _end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, position);
                }

                if (_buffer[position] == (byte)']')
                {
                    return EndContainer(position, JsonTokenType.EndArray);
                }

                return ReadValue(position);
            }

            // The previous token completed a value (a scalar or an end of container).
            if (_depth == 0)
            {
                _finished = true;
                if (position < _end)
                {
                    Fail(JsonReadError.TrailingData, position);
                }

                return false;
            }

            if (position >= _end)
            {
                return Fail(JsonReadError.UnexpectedEnd, position);
            }

            current = _buffer[position];
            bool inObject = (_containerIsObject & (1UL << (_depth - 1))) != 0;
            if (current == (byte)',')
            {
                position = SkipWhitespace(position + 1);
                if (position >= _end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, position);
                }

                if (!inObject)
                {
                    return ReadValue(position);
                }

                if (_buffer[position] == (byte)'"')
                {
                    return ReadString(position, JsonTokenType.PropertyName);
                }

                return Fail(JsonReadError.UnexpectedCharacter, position);
            }

            if (current == (byte)'}' && inObject)
            {
                return EndContainer(position, JsonTokenType.EndObject);
            }

            if (current == (byte)']' && !inObject)
            {
                return EndContainer(position, JsonTokenType.EndArray);
            }

            return Fail(JsonReadError.UnexpectedCharacter, position);
        }

        /// <summary>
        /// Skips the current value: on a property name, moves to its value first; on a start of container, moves to
        /// its matching end token; on a scalar, stays. Returns false on an error (see <see cref="Error"/>).
        /// </summary>
        public bool Skip()
        {
            if (_error != JsonReadError.None)
            {
                return false;
            }

            if (_tokenType == JsonTokenType.PropertyName && !Read())
            {
                return false;
            }

            JsonTokenType type = _tokenType;
            if (type != JsonTokenType.StartObject && type != JsonTokenType.StartArray)
            {
                return true;
            }

            int targetDepth = _depth - 1;
            while (Read())
            {
                type = _tokenType;
                if ((type == JsonTokenType.EndObject || type == JsonTokenType.EndArray) && _depth == targetDepth)
                {
                    return true;
                }
            }

            if (_error == JsonReadError.None)
            {
                Fail(JsonReadError.UnexpectedEnd, _end);
            }

            return false;
        }

        /// <summary>
        /// True when the current string or property name, decoded, equals the UTF-8 text in <paramref name="utf8"/>.
        /// Compares raw bytes when the token has no escapes; never allocates. False for other token types.
        /// </summary>
        public bool ValueTextEquals(byte[] utf8)
        {
            if (utf8 == null || (_tokenType != JsonTokenType.String && _tokenType != JsonTokenType.PropertyName))
            {
                return false;
            }

            int length = _valueLength;
            int start = _valueStart;
            byte[] buffer = _buffer;
            if (!_valueIsEscaped)
            {
                if (length != utf8.Length)
                {
                    return false;
                }

                for (int index = 0; index < length; index++)
                {
                    if (buffer[start + index] != utf8[index])
                    {
                        return false;
                    }
                }

                return true;
            }

            int position = start;
            int end = start + length;
            int otherPosition = 0;
            int otherEnd = utf8.Length;
            while (position < end)
            {
                if (otherPosition >= otherEnd)
                {
                    return false;
                }

                int codePoint = DecodeCodePoint(ref position, end);
                int otherCodePoint = DecodeUtf8(utf8, ref otherPosition, otherEnd);
                if (codePoint != otherCodePoint)
                {
                    return false;
                }
            }

            return otherPosition == otherEnd;
        }

        /// <summary>
        /// True when the current string or name, decoded and cut to at most <paramref name="maxChars"/> UTF-16 chars
        /// exactly as <see cref="CopyString"/> cuts it, equals <paramref name="text"/>. Never allocates; used to keep
        /// an existing string when the new message carries the same text.
        /// </summary>
        public bool TextEquals(string text, int maxChars)
        {
            if (text == null || (_tokenType != JsonTokenType.String && _tokenType != JsonTokenType.PropertyName))
            {
                return false;
            }

            int textLength = text.Length;
            int written = 0;
            int position = _valueStart;
            int end = _valueStart + _valueLength;
            byte[] buffer = _buffer;
            while (position < end)
            {
                byte next = buffer[position];
                if (next < 0x80 && next != (byte)'\\')
                {
                    if (written + 1 > maxChars)
                    {
                        break;
                    }

                    if (written >= textLength || text[written] != (char)next)
                    {
                        return false;
                    }

                    written++;
                    position++;
                    continue;
                }

                int codePoint = DecodeCodePoint(ref position, end);
                if (codePoint >= 0x10000)
                {
                    if (written + 2 > maxChars)
                    {
                        break;
                    }

                    int offsetValue = codePoint - 0x10000;
                    if (written + 1 >= textLength
                        || text[written] != (char)(0xD800 + (offsetValue >> 10))
                        || text[written + 1] != (char)(0xDC00 + (offsetValue & 0x3FF)))
                    {
                        return false;
                    }

                    written += 2;
                }
                else
                {
                    if (written + 1 > maxChars)
                    {
                        break;
                    }

                    if (written >= textLength || text[written] != (char)codePoint)
                    {
                        return false;
                    }

                    written++;
                }
            }

            return written == textLength;
        }

        /// <summary>
        /// Decodes the current string or name (escapes, <c>\uXXXX</c>, surrogate pairs, UTF-8) into
        /// <paramref name="destination"/> from <paramref name="offset"/>, writing at most <paramref name="maxChars"/>
        /// chars (and never past the array's end). A longer text is cut at a character boundary: a surrogate pair is
        /// never split. Returns the chars written; 0 for other token types. Allocates nothing.
        /// </summary>
        public int CopyString(char[] destination, int offset, int maxChars)
        {
            if (_tokenType != JsonTokenType.String && _tokenType != JsonTokenType.PropertyName)
            {
                return 0;
            }

            int room = destination.Length - offset;
            if (maxChars > room)
            {
                maxChars = room;
            }

            int written = 0;
            int position = _valueStart;
            int end = _valueStart + _valueLength;
            byte[] buffer = _buffer;
            while (position < end)
            {
                byte next = buffer[position];
                if (next < 0x80 && next != (byte)'\\')
                {
                    if (written + 1 > maxChars)
                    {
                        break;
                    }

                    destination[offset + written] = (char)next;
                    written++;
                    position++;
                    continue;
                }

                int codePoint = DecodeCodePoint(ref position, end);
                if (codePoint >= 0x10000)
                {
                    if (written + 2 > maxChars)
                    {
                        break;
                    }

                    int offsetValue = codePoint - 0x10000;
                    destination[offset + written] = (char)(0xD800 + (offsetValue >> 10));
                    destination[offset + written + 1] = (char)(0xDC00 + (offsetValue & 0x3FF));
                    written += 2;
                }
                else
                {
                    if (written + 1 > maxChars)
                    {
                        break;
                    }

                    destination[offset + written] = (char)codePoint;
                    written++;
                }
            }

            return written;
        }

        /// <summary>The decoded UTF-16 length of the current string or name (no cap); 0 for other tokens.</summary>
        public int GetDecodedLength()
        {
            if (_tokenType != JsonTokenType.String && _tokenType != JsonTokenType.PropertyName)
            {
                return 0;
            }

            int count = 0;
            int position = _valueStart;
            int end = _valueStart + _valueLength;
            while (position < end)
            {
                count += DecodeCodePoint(ref position, end) >= 0x10000 ? 2 : 1;
            }

            return count;
        }

        /// <summary>The current string or name, decoded; allocates. Null for tokens other than strings and names.</summary>
        public string GetString()
        {
            return GetString(int.MaxValue);
        }

        /// <summary>The current string or name, decoded and cut to at most <paramref name="maxChars"/> chars at a character boundary; allocates.</summary>
        public string GetString(int maxChars)
        {
            if (_tokenType != JsonTokenType.String && _tokenType != JsonTokenType.PropertyName)
            {
                return null;
            }

            int length = GetDecodedLength();
            if (length > maxChars)
            {
                length = maxChars;
            }

            if (length <= 0)
            {
                return string.Empty;
            }

            char[] characters = new char[length];
            int written = CopyString(characters, 0, length);
            return new string(characters, 0, written);
        }

        /// <summary>
        /// Reads the current number as an int when it is written as an integer (no fraction, no exponent) within
        /// <see cref="int.MinValue"/>..<see cref="int.MaxValue"/>, as Utf8JsonReader.TryGetInt32. Allocates nothing.
        /// </summary>
        public bool TryGetInt32(out int value)
        {
            value = 0;
            if (_tokenType != JsonTokenType.Number || _numberHasFractionOrExponent)
            {
                return false;
            }

            int position = _tokenStart;
            int end = _tokenStart + _tokenLength;
            bool negative = _buffer[position] == (byte)'-';
            if (negative)
            {
                position++;
            }

            if (end - position > 10)
            {
                return false;
            }

            long result = 0;
            while (position < end)
            {
                result = (result * 10) + (_buffer[position] - (byte)'0');
                position++;
            }

            if (negative)
            {
                result = -result;
            }

            if (result < int.MinValue || result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>
        /// Reads the current number (any JSON form) as a double. Exact (correctly rounded) when the significant
        /// digits fit 2^53 and the decimal exponent is within ±22, which covers every number the relay sends; other
        /// values are within a few units in the last place. False for non-numbers and values beyond the double range.
        /// Allocates nothing (double.Parse would need a string).
        /// </summary>
        public bool TryGetDouble(out double value)
        {
            value = 0;
            if (_tokenType != JsonTokenType.Number)
            {
                return false;
            }

            byte[] buffer = _buffer;
            int position = _tokenStart;
            int end = _tokenStart + _tokenLength;
            bool negative = buffer[position] == (byte)'-';
            if (negative)
            {
                position++;
            }

            ulong mantissa = 0;
            int significantDigits = 0;
            int decimalExponent = 0;
            bool truncatedDigits = false;
            while (position < end && IsDigit(buffer[position]))
            {
                int digit = buffer[position] - (byte)'0';
                if (significantDigits < 19)
                {
                    if (mantissa != 0 || digit != 0)
                    {
                        mantissa = (mantissa * 10) + (ulong)digit;
                        significantDigits++;
                    }
                }
                else
                {
                    decimalExponent++;
                    truncatedDigits |= digit != 0;
                }

                position++;
            }

            if (position < end && buffer[position] == (byte)'.')
            {
                position++;
                while (position < end && IsDigit(buffer[position]))
                {
                    int digit = buffer[position] - (byte)'0';
                    if (significantDigits < 19)
                    {
                        if (mantissa != 0 || digit != 0)
                        {
                            mantissa = (mantissa * 10) + (ulong)digit;
                            significantDigits++;
                        }

                        decimalExponent--;
                    }
                    else
                    {
                        truncatedDigits |= digit != 0;
                    }

                    position++;
                }
            }

            if (position < end && (buffer[position] == (byte)'e' || buffer[position] == (byte)'E'))
            {
                position++;
                bool negativeExponent = false;
                if (buffer[position] == (byte)'-')
                {
                    negativeExponent = true;
                    position++;
                }
                else if (buffer[position] == (byte)'+')
                {
                    position++;
                }

                int exponent = 0;
                while (position < end)
                {
                    if (exponent < 100000)
                    {
                        exponent = (exponent * 10) + (buffer[position] - (byte)'0');
                    }

                    position++;
                }

                decimalExponent += negativeExponent ? -exponent : exponent;
            }

            double result;
            if (mantissa == 0)
            {
                result = 0.0;
            }
            else if (!truncatedDigits && mantissa <= (1UL << 53) && decimalExponent >= -22 && decimalExponent <= 22)
            {
                result = (double)mantissa;
                result = decimalExponent < 0 ? result / PowersOfTen[-decimalExponent] : result * PowersOfTen[decimalExponent];
            }
            else
            {
                result = ScaleByPowerOfTen((double)mantissa, decimalExponent);
            }

            if (negative)
            {
                result = -result;
            }

            if (double.IsInfinity(result))
            {
                return false;
            }

            value = result;
            return true;
        }

        private static double ScaleByPowerOfTen(double value, int exponent)
        {
            if (exponent > 400)
            {
                exponent = 400;
            }
            else if (exponent < -400)
            {
                exponent = -400;
            }

            while (exponent > 22)
            {
                value *= 1e22;
                exponent -= 22;
            }

            while (exponent < -22)
            {
                // Stop early on underflow to zero; dividing keeps more precision than multiplying by 1e-22.
                if (value == 0)
                {
                    return 0;
                }

                value /= 1e22;
                exponent += 22;
            }

            return exponent < 0 ? value / PowersOfTen[-exponent] : value * PowersOfTen[exponent];
        }

        private bool ReadValue(int position)
        {
            byte current = _buffer[position];
            switch (current)
            {
                case (byte)'{':
                    return StartContainer(position, JsonTokenType.StartObject);
                case (byte)'[':
                    return StartContainer(position, JsonTokenType.StartArray);
                case (byte)'"':
                    return ReadString(position, JsonTokenType.String);
                case (byte)'t':
                    return ReadLiteral(position, LiteralTrue, JsonTokenType.True);
                case (byte)'f':
                    return ReadLiteral(position, LiteralFalse, JsonTokenType.False);
                case (byte)'n':
                    return ReadLiteral(position, LiteralNull, JsonTokenType.Null);
                default:
                    if (current == (byte)'-' || IsDigit(current))
                    {
                        return ReadNumber(position);
                    }

                    return Fail(JsonReadError.UnexpectedCharacter, position);
            }
        }

        // 1 for the bytes that end a run of plain string characters: '"', '\\' and the control characters.
        private static readonly byte[] StringStops = CreateStringStops();

        private static byte[] CreateStringStops()
        {
            byte[] stops = new byte[256];
            for (int index = 0; index < 0x20; index++)
            {
                stops[index] = 1;
            }

            stops['"'] = 1;
            stops['\\'] = 1;
            return stops;
        }

        private static readonly byte[] LiteralTrue = { (byte)'t', (byte)'r', (byte)'u', (byte)'e' };
        private static readonly byte[] LiteralFalse = { (byte)'f', (byte)'a', (byte)'l', (byte)'s', (byte)'e' };
        private static readonly byte[] LiteralNull = { (byte)'n', (byte)'u', (byte)'l', (byte)'l' };

        private bool StartContainer(int position, JsonTokenType type)
        {
            if (_depth >= _maxDepth)
            {
                return Fail(JsonReadError.TooDeep, position);
            }

            if (type == JsonTokenType.StartObject)
            {
                _containerIsObject |= 1UL << _depth;
            }
            else
            {
                _containerIsObject &= ~(1UL << _depth);
            }

            _depth++;
            SetSimpleToken(position, 1, type);
            return true;
        }

        private bool EndContainer(int position, JsonTokenType type)
        {
            _depth--;
            SetSimpleToken(position, 1, type);
            return true;
        }

        private void SetSimpleToken(int position, int length, JsonTokenType type)
        {
            _tokenType = type;
            _tokenStart = position;
            _tokenLength = length;
            _valueStart = position;
            _valueLength = length;
            _valueIsEscaped = false;
            _position = position + length;
        }

        private bool ReadLiteral(int position, byte[] literal, JsonTokenType type)
        {
            int length = literal.Length;
            for (int index = 0; index < length; index++)
            {
                int at = position + index;
                if (at >= _end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, at);
                }

                if (_buffer[at] != literal[index])
                {
                    return Fail(JsonReadError.InvalidLiteral, position);
                }
            }

            int after = position + length;
            if (after < _end && !IsDelimiter(_buffer[after]))
            {
                return Fail(JsonReadError.InvalidLiteral, position);
            }

            SetSimpleToken(position, length, type);
            return true;
        }

        private bool ReadNumber(int position)
        {
            byte[] buffer = _buffer;
            int end = _end;
            int index = position;
            bool fractionOrExponent = false;
            if (buffer[index] == (byte)'-')
            {
                index++;
                if (index >= end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, index);
                }
            }

            if (buffer[index] == (byte)'0')
            {
                index++;
            }
            else if (IsDigit(buffer[index]))
            {
                index++;
                while (index < end && IsDigit(buffer[index]))
                {
                    index++;
                }
            }
            else
            {
                return Fail(JsonReadError.InvalidNumber, index);
            }

            if (index < end && buffer[index] == (byte)'.')
            {
                fractionOrExponent = true;
                index++;
                if (index >= end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, index);
                }

                if (!IsDigit(buffer[index]))
                {
                    return Fail(JsonReadError.InvalidNumber, index);
                }

                while (index < end && IsDigit(buffer[index]))
                {
                    index++;
                }
            }

            if (index < end && (buffer[index] == (byte)'e' || buffer[index] == (byte)'E'))
            {
                fractionOrExponent = true;
                index++;
                if (index < end && (buffer[index] == (byte)'+' || buffer[index] == (byte)'-'))
                {
                    index++;
                }

                if (index >= end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, index);
                }

                if (!IsDigit(buffer[index]))
                {
                    return Fail(JsonReadError.InvalidNumber, index);
                }

                while (index < end && IsDigit(buffer[index]))
                {
                    index++;
                }
            }

            if (index < end && !IsDelimiter(buffer[index]))
            {
                return Fail(JsonReadError.InvalidNumber, index);
            }

            SetSimpleToken(position, index - position, JsonTokenType.Number);
            _numberHasFractionOrExponent = fractionOrExponent;
            return true;
        }

        private bool ReadString(int position, JsonTokenType type)
        {
            byte[] buffer = _buffer;
            int end = _end;
            int index = position + 1;
            bool escaped = false;
            while (true)
            {
                // Hot loop: plain characters, eight at a time. Each word is tested for a '"', a '\\' or a control
                // byte with the "has zero byte" bit trick (exact: non-zero exactly when one of the 8 bytes matches);
                // the byte loop below then finds which one.
                while (index + 8 <= end)
                {
                    ulong word = BitConverter.ToUInt64(buffer, index);
                    ulong quote = word ^ 0x2222222222222222UL;
                    ulong backslash = word ^ 0x5C5C5C5C5C5C5C5CUL;
                    ulong found = ((quote - 0x0101010101010101UL) & ~quote)
                        | ((backslash - 0x0101010101010101UL) & ~backslash)
                        | ((word - 0x2020202020202020UL) & ~word);
                    if ((found & 0x8080808080808080UL) != 0)
                    {
                        break;
                    }

                    index += 8;
                }

                byte[] stops = StringStops;
                while (index < end && stops[buffer[index]] == 0)
                {
                    index++;
                }

                if (index >= end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, index);
                }

                byte current = buffer[index];
                if (current == (byte)'"')
                {
                    break;
                }

                if (current < 0x20)
                {
                    return Fail(JsonReadError.InvalidString, index);
                }

                // A backslash escape.
                escaped = true;
                index++;
                if (index >= end)
                {
                    return Fail(JsonReadError.UnexpectedEnd, index);
                }

                switch (buffer[index])
                {
                    case (byte)'"':
                    case (byte)'\\':
                    case (byte)'/':
                    case (byte)'b':
                    case (byte)'f':
                    case (byte)'n':
                    case (byte)'r':
                    case (byte)'t':
                        index++;
                        break;
                    case (byte)'u':
                        for (int digit = 1; digit <= 4; digit++)
                        {
                            if (index + digit >= end)
                            {
                                return Fail(JsonReadError.UnexpectedEnd, index + digit);
                            }

                            if (HexValue(buffer[index + digit]) < 0)
                            {
                                return Fail(JsonReadError.InvalidString, index + digit);
                            }
                        }

                        index += 5;
                        break;
                    default:
                        return Fail(JsonReadError.InvalidString, index);
                }
            }

            _tokenType = type;
            _tokenStart = position;
            _tokenLength = index + 1 - position;
            _valueStart = position + 1;
            _valueLength = index - position - 1;
            _valueIsEscaped = escaped;
            _position = index + 1;
            return true;
        }

        // Decodes one code point of validated string content at position (escape or UTF-8) and moves past it.
        private int DecodeCodePoint(ref int position, int end)
        {
            byte[] buffer = _buffer;
            byte first = buffer[position];
            if (first != (byte)'\\')
            {
                if (first < 0x80)
                {
                    position++;
                    return first;
                }

                return DecodeUtf8(buffer, ref position, end);
            }

            byte escape = buffer[position + 1];
            position += 2;
            switch (escape)
            {
                case (byte)'b':
                    return '\b';
                case (byte)'f':
                    return '\f';
                case (byte)'n':
                    return '\n';
                case (byte)'r':
                    return '\r';
                case (byte)'t':
                    return '\t';
                case (byte)'u':
                    break;
                default:
                    return escape; // '"', '\\', '/'
            }

            int unit = ReadHex4(buffer, position);
            position += 4;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
                return ReplacementCharacter;
            }

            if (unit < 0xD800 || unit > 0xDBFF)
            {
                return unit;
            }

            // A high surrogate: valid only when a \u low surrogate follows.
            if (position + 6 <= end && buffer[position] == (byte)'\\' && buffer[position + 1] == (byte)'u')
            {
                int low = ReadHex4(buffer, position + 2);
                if (low >= 0xDC00 && low <= 0xDFFF)
                {
                    position += 6;
                    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
            }

            return ReplacementCharacter;
        }

        /// <summary>Decodes one UTF-8 sequence; an invalid or overlong one yields U+FFFD and consumes one byte.</summary>
        internal static int DecodeUtf8(byte[] buffer, ref int position, int end)
        {
            int first = buffer[position];
            if (first < 0x80)
            {
                position++;
                return first;
            }

            int needed;
            int codePoint;
            int minimum;
            if (first >= 0xC2 && first <= 0xDF)
            {
                needed = 1;
                codePoint = first & 0x1F;
                minimum = 0x80;
            }
            else if (first >= 0xE0 && first <= 0xEF)
            {
                needed = 2;
                codePoint = first & 0x0F;
                minimum = 0x800;
            }
            else if (first >= 0xF0 && first <= 0xF4)
            {
                needed = 3;
                codePoint = first & 0x07;
                minimum = 0x10000;
            }
            else
            {
                position++;
                return ReplacementCharacter;
            }

            if (position + needed >= end)
            {
                // Not enough bytes left for the sequence.
                position++;
                return ReplacementCharacter;
            }

            for (int index = 1; index <= needed; index++)
            {
                int next = buffer[position + index];
                if ((next & 0xC0) != 0x80)
                {
                    position++;
                    return ReplacementCharacter;
                }

                codePoint = (codePoint << 6) | (next & 0x3F);
            }

            if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                position++;
                return ReplacementCharacter;
            }

            position += needed + 1;
            return codePoint;
        }

        private static int ReadHex4(byte[] buffer, int position)
        {
            return (HexValue(buffer[position]) << 12) | (HexValue(buffer[position + 1]) << 8)
                | (HexValue(buffer[position + 2]) << 4) | HexValue(buffer[position + 3]);
        }

        private static int HexValue(byte value)
        {
            if (value >= (byte)'0' && value <= (byte)'9')
            {
                return value - (byte)'0';
            }

            if (value >= (byte)'a' && value <= (byte)'f')
            {
                return value - (byte)'a' + 10;
            }

            if (value >= (byte)'A' && value <= (byte)'F')
            {
                return value - (byte)'A' + 10;
            }

            return -1;
        }

        private static bool IsDigit(byte value)
        {
            return value >= (byte)'0' && value <= (byte)'9';
        }

        private static bool IsDelimiter(byte value)
        {
            return value == (byte)',' || value == (byte)'}' || value == (byte)']' || value == (byte)' '
                || value == (byte)'\n' || value == (byte)'\r' || value == (byte)'\t';
        }

        private int SkipWhitespace(int position)
        {
            byte[] buffer = _buffer;
            int end = _end;
            if (position < end && buffer[position] > (byte)' ')
            {
                return position; // compact JSON: no whitespace between tokens
            }

            while (position < end)
            {
                byte current = buffer[position];
                if (current != (byte)' ' && current != (byte)'\n' && current != (byte)'\r' && current != (byte)'\t')
                {
                    break;
                }

                position++;
            }

            return position;
        }

        private bool Fail(JsonReadError error, int position)
        {
            _error = error;
            _errorPosition = position;
            _tokenType = JsonTokenType.None;
            return false;
        }
    }
}
