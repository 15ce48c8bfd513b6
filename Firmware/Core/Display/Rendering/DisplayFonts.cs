using DeskStats.Display.Fonts;

namespace DeskStats.Display.Rendering
{
    /// <summary>The four faces the screens use (see docs/fonts.md): two text sizes and two digit sizes.</summary>
    public sealed class DisplayFonts
    {
        /// <summary>Bundles the four fonts; none may be null.</summary>
        public DisplayFonts(BitmapFont textSmall, BitmapFont textMedium, BitmapFont digitsMedium, BitmapFont digitsLarge)
        {
            if (textSmall == null || textMedium == null || digitsMedium == null || digitsLarge == null)
            {
                throw new System.ArgumentNullException();
            }

            TextSmall = textSmall;
            TextMedium = textMedium;
            DigitsMedium = digitsMedium;
            DigitsLarge = digitsLarge;
        }

        /// <summary>Labels, status line, message bodies (16 px).</summary>
        public BitmapFont TextSmall { get; }

        /// <summary>City, totals, message titles (24 px).</summary>
        public BitmapFont TextMedium { get; }

        /// <summary>Today's count on small screens (digits 32 px tall).</summary>
        public BitmapFont DigitsMedium { get; }

        /// <summary>Today's count on 320x240 (digits about 49 px tall).</summary>
        public BitmapFont DigitsLarge { get; }

        /// <summary>The largest glyph bitmap of the four, in bytes: the size of the renderer's glyph scratch.</summary>
        public int MaxBitmapLength
        {
            get
            {
                int largest = TextSmall.MaxBitmapLength;
                if (TextMedium.MaxBitmapLength > largest) largest = TextMedium.MaxBitmapLength;
                if (DigitsMedium.MaxBitmapLength > largest) largest = DigitsMedium.MaxBitmapLength;
                if (DigitsLarge.MaxBitmapLength > largest) largest = DigitsLarge.MaxBitmapLength;
                return largest;
            }
        }
    }
}
