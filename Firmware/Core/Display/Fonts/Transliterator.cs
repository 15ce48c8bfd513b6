namespace DeskStats.Display.Fonts
{
    /// <summary>
    /// Turns text into characters a font can draw: a character the font has is kept; one it lacks is replaced by a
    /// sensible ASCII form where one exists (ł→l, ß→ss, ő→o, Ș→S, æ→ae, ạ→a, typographic quotes and dashes);
    /// combining accents and zero-width characters the font lacks are dropped. What is left undrawable (Москва, 東京)
    /// makes the whole text undrawable, so the caller can show something else (the country) instead of boxes.
    /// Covers Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional and common punctuation.
    /// Allocates nothing: output goes into a caller's char buffer; the table lives in two string literals.
    /// </summary>
    public static class Transliterator
    {
        /// <summary>Returned by <see cref="Prepare"/> when some character cannot be drawn even after transliteration.</summary>
        public const int Undrawable = -1;

        // Sorted characters that have an ASCII form; Replacements holds two chars per source, padded with '|'
        // (not NUL: nanoFramework stores string literals NUL-terminated). Static fields, not constants, so the device
        // creates each string object once; the text itself stays in the assembly in flash.
        // Written by Tools/FontGenerator/transliteration-table.py.
        private const char Padding = '|';

        private static readonly string Sources =
            "\u00A9\u00AA\u00AB\u00AE\u00B0\u00B2\u00B3\u00B5\u00B7\u00B9\u00BA\u00BB\u00C0\u00C1\u00C2\u00C3"
            + "\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3"
            + "\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF\u00E0\u00E1\u00E2\u00E3"
            + "\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F0\u00F1\u00F2\u00F3"
            + "\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF\u0100\u0101\u0102\u0103"
            + "\u0104\u0105\u0106\u0107\u0108\u0109\u010A\u010B\u010C\u010D\u010E\u010F\u0110\u0111\u0112\u0113"
            + "\u0114\u0115\u0116\u0117\u0118\u0119\u011A\u011B\u011C\u011D\u011E\u011F\u0120\u0121\u0122\u0123"
            + "\u0124\u0125\u0126\u0127\u0128\u0129\u012A\u012B\u012C\u012D\u012E\u012F\u0130\u0131\u0132\u0133"
            + "\u0134\u0135\u0136\u0137\u0138\u0139\u013A\u013B\u013C\u013D\u013E\u013F\u0140\u0141\u0142\u0143"
            + "\u0144\u0145\u0146\u0147\u0148\u0149\u014A\u014B\u014C\u014D\u014E\u014F\u0150\u0151\u0152\u0153"
            + "\u0154\u0155\u0156\u0157\u0158\u0159\u015A\u015B\u015C\u015D\u015E\u015F\u0160\u0161\u0162\u0163"
            + "\u0164\u0165\u0166\u0167\u0168\u0169\u016A\u016B\u016C\u016D\u016E\u016F\u0170\u0171\u0172\u0173"
            + "\u0174\u0175\u0176\u0177\u0178\u0179\u017A\u017B\u017C\u017D\u017E\u017F\u0180\u0181\u0186\u0187"
            + "\u0188\u0189\u018A\u018E\u018F\u0190\u0191\u0192\u0193\u0197\u0198\u0199\u019A\u019D\u019E\u019F"
            + "\u01A0\u01A1\u01A2\u01A3\u01A4\u01A5\u01AB\u01AC\u01AD\u01AE\u01AF\u01B0\u01B2\u01B3\u01B4\u01B5"
            + "\u01B6\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CC\u01CD\u01CE\u01CF\u01D0\u01D1\u01D2"
            + "\u01D3\u01D4\u01D5\u01D6\u01D7\u01D8\u01D9\u01DA\u01DB\u01DC\u01DD\u01DE\u01DF\u01E0\u01E1\u01E2"
            + "\u01E3\u01E4\u01E5\u01E6\u01E7\u01E8\u01E9\u01EA\u01EB\u01EC\u01ED\u01F0\u01F1\u01F2\u01F3\u01F4"
            + "\u01F5\u01F8\u01F9\u01FA\u01FB\u01FC\u01FD\u01FE\u01FF\u0200\u0201\u0202\u0203\u0204\u0205\u0206"
            + "\u0207\u0208\u0209\u020A\u020B\u020C\u020D\u020E\u020F\u0210\u0211\u0212\u0213\u0214\u0215\u0216"
            + "\u0217\u0218\u0219\u021A\u021B\u021E\u021F\u0221\u0222\u0223\u0224\u0225\u0226\u0227\u0228\u0229"
            + "\u022A\u022B\u022C\u022D\u022E\u022F\u0230\u0231\u0232\u0233\u0234\u0235\u0236\u0237\u023A\u023B"
            + "\u023C\u023D\u023E\u023F\u0240\u0243\u0244\u0246\u0247\u0248\u0249\u024A\u024B\u024C\u024D\u024E"
            + "\u024F\u0254\u0259\u025B\u1E00\u1E01\u1E02\u1E03\u1E04\u1E05\u1E06\u1E07\u1E08\u1E09\u1E0A\u1E0B"
            + "\u1E0C\u1E0D\u1E0E\u1E0F\u1E10\u1E11\u1E12\u1E13\u1E14\u1E15\u1E16\u1E17\u1E18\u1E19\u1E1A\u1E1B"
            + "\u1E1C\u1E1D\u1E1E\u1E1F\u1E20\u1E21\u1E22\u1E23\u1E24\u1E25\u1E26\u1E27\u1E28\u1E29\u1E2A\u1E2B"
            + "\u1E2C\u1E2D\u1E2E\u1E2F\u1E30\u1E31\u1E32\u1E33\u1E34\u1E35\u1E36\u1E37\u1E38\u1E39\u1E3A\u1E3B"
            + "\u1E3C\u1E3D\u1E3E\u1E3F\u1E40\u1E41\u1E42\u1E43\u1E44\u1E45\u1E46\u1E47\u1E48\u1E49\u1E4A\u1E4B"
            + "\u1E4C\u1E4D\u1E4E\u1E4F\u1E50\u1E51\u1E52\u1E53\u1E54\u1E55\u1E56\u1E57\u1E58\u1E59\u1E5A\u1E5B"
            + "\u1E5C\u1E5D\u1E5E\u1E5F\u1E60\u1E61\u1E62\u1E63\u1E64\u1E65\u1E66\u1E67\u1E68\u1E69\u1E6A\u1E6B"
            + "\u1E6C\u1E6D\u1E6E\u1E6F\u1E70\u1E71\u1E72\u1E73\u1E74\u1E75\u1E76\u1E77\u1E78\u1E79\u1E7A\u1E7B"
            + "\u1E7C\u1E7D\u1E7E\u1E7F\u1E80\u1E81\u1E82\u1E83\u1E84\u1E85\u1E86\u1E87\u1E88\u1E89\u1E8A\u1E8B"
            + "\u1E8C\u1E8D\u1E8E\u1E8F\u1E90\u1E91\u1E92\u1E93\u1E94\u1E95\u1E96\u1E97\u1E98\u1E99\u1E9B\u1E9E"
            + "\u1EA0\u1EA1\u1EA2\u1EA3\u1EA4\u1EA5\u1EA6\u1EA7\u1EA8\u1EA9\u1EAA\u1EAB\u1EAC\u1EAD\u1EAE\u1EAF"
            + "\u1EB0\u1EB1\u1EB2\u1EB3\u1EB4\u1EB5\u1EB6\u1EB7\u1EB8\u1EB9\u1EBA\u1EBB\u1EBC\u1EBD\u1EBE\u1EBF"
            + "\u1EC0\u1EC1\u1EC2\u1EC3\u1EC4\u1EC5\u1EC6\u1EC7\u1EC8\u1EC9\u1ECA\u1ECB\u1ECC\u1ECD\u1ECE\u1ECF"
            + "\u1ED0\u1ED1\u1ED2\u1ED3\u1ED4\u1ED5\u1ED6\u1ED7\u1ED8\u1ED9\u1EDA\u1EDB\u1EDC\u1EDD\u1EDE\u1EDF"
            + "\u1EE0\u1EE1\u1EE2\u1EE3\u1EE4\u1EE5\u1EE6\u1EE7\u1EE8\u1EE9\u1EEA\u1EEB\u1EEC\u1EED\u1EEE\u1EEF"
            + "\u1EF0\u1EF1\u1EF2\u1EF3\u1EF4\u1EF5\u1EF6\u1EF7\u1EF8\u1EF9\u2010\u2011\u2012\u2013\u2014\u2015"
            + "\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2022\u2032\u2033\u2039\u203A\u20AC\u2122";

        private static readonly string Replacements =
            "C|a|\u0022|R|o|2|3|u|.|1|o|\u0022|A|A|A|A|"
            + "A|A|AEC|E|E|E|E|I|I|I|I|D|N|O|O|"
            + "O|O|O|x|O|U|U|U|U|Y|Thssa|a|a|a|"
            + "a|a|aec|e|e|e|e|i|i|i|i|d|n|o|o|"
            + "o|o|o|/|o|u|u|u|u|y|thy|A|a|A|a|"
            + "A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|"
            + "E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|"
            + "H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJij"
            + "J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|"
            + "n|N|n|N|n|n|N|n|O|o|O|o|O|o|OEoe"
            + "R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|"
            + "T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|"
            + "W|w|Y|y|Y|Z|z|Z|z|Z|z|s|b|B|O|C|"
            + "c|D|D|E|E|E|F|f|G|I|K|k|l|N|n|O|"
            + "O|o|OIoiP|p|t|T|t|T|U|u|V|Y|y|Z|"
            + "z|DZDzdzLJLjljNJNjnjA|a|I|i|O|o|"
            + "U|u|U|u|U|u|U|u|U|u|e|A|a|A|a|AE"
            + "aeG|g|G|g|K|k|O|o|O|o|j|DZDzdzG|"
            + "g|N|n|A|a|AEaeO|o|A|a|A|a|E|e|E|"
            + "e|I|i|I|i|O|o|O|o|R|r|R|r|U|u|U|"
            + "u|S|s|T|t|H|h|d|OUouZ|z|A|a|E|e|"
            + "O|o|O|o|O|o|O|o|Y|y|l|n|t|j|A|C|"
            + "c|L|T|s|z|B|U|E|e|J|j|Q|q|R|r|Y|"
            + "y|o|e|e|A|a|B|b|B|b|B|b|C|c|D|d|"
            + "D|d|D|d|D|d|D|d|E|e|E|e|E|e|E|e|"
            + "E|e|F|f|G|g|H|h|H|h|H|h|H|h|H|h|"
            + "I|i|I|i|K|k|K|k|K|k|L|l|L|l|L|l|"
            + "L|l|M|m|M|m|M|m|N|n|N|n|N|n|N|n|"
            + "O|o|O|o|O|o|O|o|P|p|P|p|R|r|R|r|"
            + "R|r|R|r|S|s|S|s|S|s|S|s|S|s|T|t|"
            + "T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|"
            + "V|v|V|v|W|w|W|w|W|w|W|w|W|w|X|x|"
            + "X|x|Y|y|Z|z|Z|z|Z|z|h|t|w|y|s|SS"
            + "A|a|A|a|A|a|A|a|A|a|A|a|A|a|A|a|"
            + "A|a|A|a|A|a|A|a|E|e|E|e|E|e|E|e|"
            + "E|e|E|e|E|e|E|e|I|i|I|i|O|o|O|o|"
            + "O|o|O|o|O|o|O|o|O|o|O|o|O|o|O|o|"
            + "O|o|O|o|U|u|U|u|U|u|U|u|U|u|U|u|"
            + "U|u|Y|y|Y|y|Y|y|Y|y|-|-|-|-|-|-|"
            + "'|'|'|'|\u0022|\u0022|\u0022|\u0022|*|'|\u0022|'|'|E|TM";

        /// <summary>Number of characters in the transliteration table.</summary>
        public static int TableLength
        {
            get { return Sources.Length; }
        }

        /// <summary>
        /// Writes the ASCII form of <paramref name="character"/> (1 or 2 characters) into <paramref name="destination"/>
        /// at <paramref name="destinationOffset"/> and returns its length, or 0 when the table has no entry.
        /// The destination needs room for 2 characters.
        /// </summary>
        public static int Transliterate(char character, char[] destination, int destinationOffset)
        {
            int index = FindSource(character);
            if (index < 0)
            {
                return 0;
            }

            destination[destinationOffset] = Replacements[index * 2];
            char second = Replacements[index * 2 + 1];
            if (second == Padding)
            {
                return 1;
            }

            destination[destinationOffset + 1] = second;
            return 2;
        }

        /// <summary>
        /// Copies <paramref name="text"/> into <paramref name="destination"/> as characters <paramref name="font"/> can
        /// draw and returns the number written, or <see cref="Undrawable"/>. Stops when the destination is full
        /// (longer text would be clipped by its box anyway). A null text gives 0.
        /// </summary>
        public static int Prepare(BitmapFont font, string text, char[] destination) => Copy(font, text, destination, false);

        /// <summary>
        /// Copies <paramref name="text"/> into <paramref name="destination"/> as <see cref="Prepare"/> does, but leaves out
        /// what <paramref name="font"/> cannot draw even transliterated (emoji, other scripts) instead of refusing the
        /// whole text, with runs of spaces made one and none at either end: for free text such as a visit's source, where a
        /// part is worth more than nothing (an emoji, a space and "Deals" show "Deals"). Returns the number written, 0 when nothing
        /// drawable is left or the text is null.
        /// </summary>
        public static int PrepareDrawable(BitmapFont font, string text, char[] destination) => Copy(font, text, destination, true);

        // Prepare and PrepareDrawable: a character the font cannot draw refuses the whole text, or with freeText is left
        // out, and then runs of spaces become one and none stay at either end.
        private static int Copy(BitmapFont font, string text, char[] destination, bool freeText)
        {
            if (text == null)
            {
                return 0;
            }

            int written = 0;
            for (int index = 0; index < text.Length && written < destination.Length; index++)
            {
                char first;
                char second;
                int count = Resolve(font, text[index], out first, out second);
                if (count == Undrawable)
                {
                    if (!freeText)
                    {
                        return Undrawable;
                    }

                    continue;
                }

                if (count == 0 || (freeText && first == ' ' && (written == 0 || destination[written - 1] == ' ')))
                {
                    continue;
                }

                destination[written++] = first;
                if (count == 2 && written < destination.Length)
                {
                    destination[written++] = second;
                }
            }

            while (freeText && written > 0 && destination[written - 1] == ' ')
            {
                written--;
            }

            return written;
        }

        /// <summary>True when every character of <paramref name="text"/> can be drawn by <paramref name="font"/>, directly or transliterated.</summary>
        public static bool CanDraw(BitmapFont font, string text)
        {
            if (text == null)
            {
                return true;
            }

            for (int index = 0; index < text.Length; index++)
            {
                char first;
                char second;
                if (Resolve(font, text[index], out first, out second) == Undrawable)
                {
                    return false;
                }
            }

            return true;
        }

        // What one character becomes in text drawn with the font: itself, a space, nothing, or its ASCII form.
        // Returns how many characters to draw (0, 1 or 2: first, then second) or Undrawable.
        private static int Resolve(BitmapFont font, char character, out char first, out char second)
        {
            first = character;
            second = Padding;
            if (font.HasGlyph(character))
            {
                return 1;
            }

            int kind = Classify(character);
            if (kind == Drop)
            {
                return 0;
            }

            if (kind == Space)
            {
                first = ' ';
                return font.HasGlyph(' ') ? 1 : Undrawable;
            }

            int sourceIndex = FindSource(character);
            if (sourceIndex < 0)
            {
                return Undrawable;
            }

            first = Replacements[sourceIndex * 2];
            second = Replacements[sourceIndex * 2 + 1];
            if (!font.HasGlyph(first) || (second != Padding && !font.HasGlyph(second)))
            {
                return Undrawable;
            }

            return second == Padding ? 1 : 2;
        }

        private const int Other = 0;
        private const int Drop = 1;
        private const int Space = 2;

        private static int Classify(char character)
        {
            // Combining accents (text in decomposed form), zero-width and joiner characters, soft hyphen, BOM.
            if ((character >= '\u0300' && character <= '\u036F') || (character >= '\u200B' && character <= '\u200F')
                || character == '\u00AD' || character == '\uFEFF' || character == '\u2060')
            {
                return Drop;
            }

            // Control characters (tab, line breaks) and the other spaces show as a plain space.
            if (character < ' ' || (character >= '\u007F' && character <= '\u009F') || (character >= '\u2000' && character <= '\u200A')
                || character == '\u202F' || character == '\u205F' || character == '\u3000')
            {
                return Space;
            }

            return Other;
        }

        private static int FindSource(char character)
        {
            int low = 0;
            int high = Sources.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                char candidate = Sources[middle];
                if (character < candidate)
                {
                    high = middle - 1;
                }
                else if (character > candidate)
                {
                    low = middle + 1;
                }
                else
                {
                    return middle;
                }
            }

            return -1;
        }
    }
}
