using DeskStats.Display.Rendering;

namespace DeskStats.Display.Layouts
{
    /// <summary>
    /// Where everything sits on one display class. Each class has its own factory
    /// (<see cref="Landscape320x240Layout"/>, <see cref="Square240Layout"/>, <see cref="Wide240x135Layout"/>):
    /// designed for its size, not scaled. The fields remember what they drew, so one layout belongs to one renderer.
    /// </summary>
    public sealed class DashboardLayout
    {
        /// <summary>Days in the totals: today, yesterday, the day before.</summary>
        public const int Days = 3;

        /// <summary>Screen width in pixels.</summary>
        public int Width;
        /// <summary>Screen height in pixels.</summary>
        public int Height;
        /// <summary>True on the smallest class: short status words instead of sentences.</summary>
        public bool Compact;

        /// <summary>Static label over the count ("VISITORS TODAY"); null where the layout has none.</summary>
        public TextField CountLabel;
        /// <summary>Text of <see cref="CountLabel"/>.</summary>
        public string CountLabelText;
        /// <summary>"updated HH:MM": time of the last change; null in the compact layout.</summary>
        public TextField Updated;
        /// <summary>Today's visits, big.</summary>
        public TextField Count;
        /// <summary>The latest visitor's city (or country).</summary>
        public TextField City;
        /// <summary>The latest visitor's country code and time.</summary>
        public TextField VisitMeta;
        /// <summary>Per day: its name.</summary>
        public TextField[] DayLabels = new TextField[Days];
        /// <summary>Per day: visits.</summary>
        public TextField[] DayVisits = new TextField[Days];
        /// <summary>Per day: time spent.</summary>
        public TextField[] DayTimes = new TextField[Days];
        /// <summary>Per day: the label text.</summary>
        public string[] DayLabelTexts = new string[Days];
        /// <summary>Link state (and "offline since").</summary>
        public TextField State;
        /// <summary>Marker of rejected relay messages; null in the compact layout (the clock carries it).</summary>
        public TextField Rejected;
        /// <summary>Time of day.</summary>
        public TextField Clock;
        /// <summary>Status strip rectangle (x, y, width, height) in <see cref="Rgb565.Strip"/>; null for none.</summary>
        public int[] Strip;
        /// <summary>Separator rules of the dashboard as (x, y, width, height) quadruples.</summary>
        public int[] Rules;

        /// <summary>Full-screen state: the title.</summary>
        public TextField Title;
        /// <summary>Full-screen state: cause and what to do.</summary>
        public ParagraphField Body;
        /// <summary>Full-screen state: the changing detail line ("Retrying in 30 s").</summary>
        public TextField Detail;
        /// <summary>Full-screen state: the clock (the status strip's clock where the layout has a strip).</summary>
        public TextField ScreenClock;
        /// <summary>Full-screen state: height of the coloured bar across the top.</summary>
        public int AccentBarHeight = 4;

        /// <summary>The layout of the display class of a <paramref name="width"/> x <paramref name="height"/> screen.</summary>
        public static DashboardLayout For(int width, int height, DisplayFonts fonts)
        {
            if (width >= 320) return Landscape320x240Layout.Create(fonts);
            if (height >= 200) return Square240Layout.Create(fonts);
            return Wide240x135Layout.Create(fonts);
        }

        /// <summary>Marks every text field blank: the screen was just filled with the background.</summary>
        public void InvalidateAll()
        {
            Invalidate(CountLabel);
            Invalidate(Updated);
            Invalidate(Count);
            Invalidate(City);
            Invalidate(VisitMeta);
            for (int day = 0; day < Days; day++)
            {
                Invalidate(DayLabels[day]);
                Invalidate(DayVisits[day]);
                Invalidate(DayTimes[day]);
            }

            Invalidate(State);
            Invalidate(Rejected);
            Invalidate(Clock);
            Invalidate(Title);
            Invalidate(Detail);
            Invalidate(ScreenClock);
            if (Body != null) Body.Invalidate();
        }

        internal static TextField Field(int x, int y, int width, int height, TextAlignment alignment, int capacity,
            Fonts.BitmapFont font, ushort foreground, ushort background)
        {
            var field = new TextField(x, y, width, height, alignment, capacity);
            field.Font = font;
            field.Foreground = foreground;
            field.Background = background;
            return field;
        }

        private static void Invalidate(TextField field)
        {
            if (field != null) field.MarkBlank();
        }
    }
}
