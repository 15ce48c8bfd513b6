namespace DeskStats.Display.Rendering
{
    /// <summary>The dashboard's colours as RGB565 (5 bits red, 6 green, 5 blue), and helpers on such values.</summary>
    public static class Rgb565
    {
        /// <summary>Screen background: a deep blue-black, easier on the eye than pure black at night.</summary>
        public const ushort Background = ((10 >> 3) << 11) | ((16 >> 2) << 5) | (30 >> 3);
        /// <summary>Background of the status strip and of full-screen message cards.</summary>
        public const ushort Strip = ((28 >> 3) << 11) | ((36 >> 2) << 5) | (58 >> 3);
        /// <summary>Main text.</summary>
        public const ushort Text = 0xFFFF;
        /// <summary>Labels and secondary text: a light blue-grey readable from a metre away.</summary>
        public const ushort Muted = ((150 >> 3) << 11) | ((160 >> 2) << 5) | (185 >> 3);
        /// <summary>Today's count.</summary>
        public const ushort Count = ((255 >> 3) << 11) | ((206 >> 2) << 5) | (84 >> 3);
        /// <summary>Healthy link.</summary>
        public const ushort Good = ((96 >> 3) << 11) | ((214 >> 2) << 5) | (130 >> 3);
        /// <summary>Something to look at: offline, retrying, insecure link.</summary>
        public const ushort Warning = ((255 >> 3) << 11) | ((170 >> 2) << 5) | (48 >> 3);
        /// <summary>Something the user must fix.</summary>
        public const ushort Error = ((244 >> 3) << 11) | ((92 >> 2) << 5) | (84 >> 3);
        /// <summary>The new-visitor cue.</summary>
        public const ushort Accent = ((96 >> 3) << 11) | ((206 >> 2) << 5) | (255 >> 3);
        /// <summary>Land on the world map (the sea is <see cref="Background"/>): a blue-grey that stays behind the dots.</summary>
        public const ushort Land = ((46 >> 3) << 11) | ((64 >> 2) << 5) | (96 >> 3);
        /// <summary>Thin separators.</summary>
        public const ushort Rule = ((44 >> 3) << 11) | ((54 >> 2) << 5) | (80 >> 3);

        /// <summary>
        /// The colour <paramref name="level"/>/15 of the way from <paramref name="background"/> to
        /// <paramref name="foreground"/>, per channel with rounding (level 0 to 15).
        /// </summary>
        public static ushort Blend(ushort background, ushort foreground, int level)
        {
            int backRed = background >> 11, backGreen = (background >> 5) & 0x3F, backBlue = background & 0x1F;
            int foreRed = foreground >> 11, foreGreen = (foreground >> 5) & 0x3F, foreBlue = foreground & 0x1F;
            int red = backRed + Step(foreRed - backRed, level);
            int green = backGreen + Step(foreGreen - backGreen, level);
            int blue = backBlue + Step(foreBlue - backBlue, level);
            return (ushort)((red << 11) | (green << 5) | blue);
        }

        // difference * level / 15, rounded half away from zero, so level 15 lands exactly on the foreground.
        private static int Step(int difference, int level)
        {
            int scaled = difference * level * 2;
            return scaled >= 0 ? (scaled + 15) / 30 : -((-scaled + 15) / 30);
        }
    }
}
