using System;
using System.IO;
using DeskStats.Display.Fonts;

namespace DeskStats.Host.Display.Fonts
{
    /// <summary>
    /// The four DeskStats fonts on the host, read from the very .bin files the device embeds
    /// (Firmware/Resources/Fonts, embedded into DeskStats.Host as resources "DeskStats.Fonts.&lt;name&gt;.bin").
    /// Each property loads its font once and then returns the same instance.
    /// </summary>
    public static class FontFiles
    {
        /// <summary>Resource name prefix of the embedded font files.</summary>
        public const string ResourcePrefix = "DeskStats.Fonts.";

        /// <summary>The font file names (without ".bin").</summary>
        public static readonly string[] Names = { "text-small", "text-medium", "digits-medium", "digits-large" };

        private static readonly object Gate = new object();
        private static BitmapFont _textSmall;
        private static BitmapFont _textMedium;
        private static BitmapFont _digitsMedium;
        private static BitmapFont _digitsLarge;

        /// <summary>DejaVu Sans at 16 px: status line, labels, totals on small screens.</summary>
        public static BitmapFont TextSmall
        {
            get { lock (Gate) { return _textSmall ??= Load("text-small"); } }
        }

        /// <summary>DejaVu Sans at 24 px: the latest visitor's city, totals on 320x240.</summary>
        public static BitmapFont TextMedium
        {
            get { lock (Gate) { return _textMedium ??= Load("text-medium"); } }
        }

        /// <summary>DejaVu Sans Bold at 44 px (digits 33 px tall, 31 px wide; "123,456" is 203 px): today's count on 240x240 and 240x135.</summary>
        public static BitmapFont DigitsMedium
        {
            get { lock (Gate) { return _digitsMedium ??= Load("digits-medium"); } }
        }

        /// <summary>DejaVu Sans Bold at 66 px (digits 48 px tall, 46 px wide; "123,456" is 301 px): today's count on 320x240.</summary>
        public static BitmapFont DigitsLarge
        {
            get { lock (Gate) { return _digitsLarge ??= Load("digits-large"); } }
        }

        /// <summary>A new font read from the embedded file <paramref name="name"/> (one of <see cref="Names"/>).</summary>
        public static BitmapFont Load(string name)
        {
            return new BitmapFont(new ByteArrayFontData(ReadBytes(name)));
        }

        /// <summary>The bytes of the embedded font file <paramref name="name"/> (one of <see cref="Names"/>).</summary>
        public static byte[] ReadBytes(string name) => EmbeddedFiles.Read(ResourcePrefix + name + ".bin", "font");
    }
}
