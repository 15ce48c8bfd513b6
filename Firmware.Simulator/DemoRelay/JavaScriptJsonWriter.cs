using System;
using System.Globalization;
using System.Text;

namespace DeskStats.Simulator.DemoRelay
{
    /// <summary>
    /// Writes JSON exactly as Node's JSON.stringify does (the real relay is Node.js): non-ASCII characters raw,
    /// only <c>"</c>, <c>\</c> and control characters escaped (\b \f \n \r \t short forms, others \u00XX), lone
    /// surrogates as \uXXXX, numbers in their shortest round-trip form, and with <c>indented</c> the
    /// JSON.stringify(value, null, 2) layout.
    /// </summary>
    internal sealed class JavaScriptJsonWriter
    {
        private readonly StringBuilder _text = new StringBuilder(2048);
        private readonly bool _indented;
        private int _depth;
        private bool _needsComma;
        private bool _afterName;
        private bool _containerEmpty;

        public JavaScriptJsonWriter(bool indented)
        {
            _indented = indented;
        }

        public void BeginObject() => Begin('{');

        public void EndObject() => End('}');

        public void BeginArray() => Begin('[');

        public void EndArray() => End(']');

        public void Name(string name)
        {
            StartValue();
            AppendString(name);
            _text.Append(_indented ? ": " : ":");
            _afterName = true;
        }

        public void String(string value)
        {
            StartValue();
            AppendString(value);
            _needsComma = true;
        }

        public void Number(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                // JSON.stringify writes null for these.
                StartValue();
                _text.Append("null");
                _needsComma = true;
                return;
            }

            StartValue();
            _text.Append(value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture));
            _needsComma = true;
        }

        public void Number(int value)
        {
            StartValue();
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
            _needsComma = true;
        }

        public override string ToString() => _text.ToString();

        private void Begin(char bracket)
        {
            StartValue();
            _text.Append(bracket);
            _depth++;
            _needsComma = false;
            _containerEmpty = true;
        }

        private void End(char bracket)
        {
            _depth--;
            if (_indented && !_containerEmpty)
            {
                NewLine();
            }

            _text.Append(bracket);
            _needsComma = true;
            _containerEmpty = false;
        }

        private void StartValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_needsComma)
            {
                _text.Append(',');
            }

            if (_indented && _depth > 0)
            {
                NewLine();
            }

            _containerEmpty = false;
        }

        private void NewLine()
        {
            _text.Append('\n');
            _text.Append(' ', _depth * 2);
        }

        private void AppendString(string value)
        {
            _text.Append('"');
            for (int index = 0; index < value.Length; index++)
            {
                char character = value[index];
                switch (character)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\b': _text.Append("\\b"); break;
                    case '\f': _text.Append("\\f"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    default:
                        if (character < 0x20)
                        {
                            AppendUnicodeEscape(character);
                        }
                        else if (char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
                        {
                            _text.Append(character).Append(value[index + 1]);
                            index++;
                        }
                        else if (char.IsSurrogate(character))
                        {
                            // Well-formed JSON.stringify (ES2019) escapes lone surrogates.
                            AppendUnicodeEscape(character);
                        }
                        else
                        {
                            _text.Append(character);
                        }

                        break;
                }
            }

            _text.Append('"');
        }

        private void AppendUnicodeEscape(char character)
        {
            _text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
        }
    }
}
