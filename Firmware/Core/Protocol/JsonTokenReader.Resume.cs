using System;

namespace DeskStats.Protocol
{
    // Resuming a read over a different buffer whose first bytes are the same: lets the relay pipeline skip
    // tokenizing the unchanged front of a message (on the interpreter every byte tokenized costs IL).
    public sealed partial class JsonTokenReader
    {
        /// <summary>
        /// Makes this reader the copy of <paramref name="checkpoint"/>'s state (position, nesting, last token, error)
        /// and reads on in <paramref name="buffer"/>[<paramref name="offset"/>, <paramref name="offset"/> +
        /// <paramref name="length"/>). Correct only when the checkpoint's reader was reset with the same offset and
        /// its bytes up to its position (plus one) equal <paramref name="buffer"/>'s: then every following Read
        /// gives what a reader that tokenized <paramref name="buffer"/> from the start would give. The checkpoint's
        /// position must lie within the new range. Allocates nothing.
        /// </summary>
        public void ResumeFrom(JsonTokenReader checkpoint, byte[] buffer, int offset, int length)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            if (offset < 0 || length < 0 || offset + length > buffer.Length || checkpoint._position > offset + length)
            {
                throw new ArgumentOutOfRangeException();
            }

            _buffer = buffer;
            _end = offset + length;
            _position = checkpoint._position;
            _depth = checkpoint._depth;
            _containerIsObject = checkpoint._containerIsObject;
            _finished = checkpoint._finished;
            _tokenType = checkpoint._tokenType;
            _error = checkpoint._error;
            _errorPosition = checkpoint._errorPosition;
            _tokenStart = checkpoint._tokenStart;
            _tokenLength = checkpoint._tokenLength;
            _valueStart = checkpoint._valueStart;
            _valueLength = checkpoint._valueLength;
            _valueIsEscaped = checkpoint._valueIsEscaped;
            _numberHasFractionOrExponent = checkpoint._numberHasFractionOrExponent;
        }

        /// <summary>Position of the next byte to read (after the current token), from the buffer's start.</summary>
        public int Position => _position;
    }
}
