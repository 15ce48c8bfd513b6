using DeskStats.Display.Layouts;
using DeskStats.Display.Rendering;

namespace DeskStats.Display.Visitors
{
    /// <summary>
    /// Where the visitors page's rows sit on one display class; the status strip (link state, clock, "updated") is the
    /// dashboard layout's and stays where it is there. One row per visit, newest on top, each field its own cell (in one
    /// <see cref="TextCells"/> list) so a list shifted by a new visit redraws only the cells whose text changed.
    /// Designed per class:
    /// 320x240: "LIVE VISITORS" top left, five rows of two lines (place | country code and time; actions and source |
    /// browser and system), the strip. 240x240: the same five rows in narrower cells under "LIVE". 240x135: "Live
    /// visitors" beside the clock and link state, four rows of one line (place | time | actions and source): no country
    /// code, browser or system, no fifth row.
    /// </summary>
    public sealed class VisitorsLayout
    {
        /// <summary>Screen width in pixels.</summary>
        public int Width;
        /// <summary>Screen height in pixels.</summary>
        public int Height;
        /// <summary>Rows shown, 4 (240x135) or 5: the newest visits, newest on top.</summary>
        public int Rows;

        /// <summary>The page's title ("LIVE VISITORS").</summary>
        public TextField Title;
        /// <summary>Text of <see cref="Title"/>.</summary>
        public string TitleText;

        /// <summary>
        /// The rows' cells, row by row: the place, the meta, the activity and (where <see cref="HasDevices"/>) the device;
        /// <see cref="Place"/>, <see cref="Meta"/>, <see cref="Activity"/> and <see cref="Device"/> number them.
        /// </summary>
        public TextCells Cells;
        /// <summary>True when each row has a device cell (browser and system); false on 240x135.</summary>
        public bool HasDevices;
        /// <summary>True when the metas start with the country code.</summary>
        public bool MetaWithCountryCode = true;
        /// <summary>What follows the count of actions in the activity: " actions", or nothing where the cell is narrow (the bare count).</summary>
        public string ActionsWord = " actions";
        /// <summary>As <see cref="ActionsWord"/> for a single action.</summary>
        public string ActionWord = " action";

        /// <summary>Cell of <paramref name="row"/>'s place (city, else country); the first row's says "No visits yet" when there are none.</summary>
        public int Place(int row) => row * CellsPerRow;

        /// <summary>Cell of <paramref name="row"/>'s country code and time ("PL 09:03"; the time only where <see cref="MetaWithCountryCode"/> is false).</summary>
        public int Meta(int row) => row * CellsPerRow + 1;

        /// <summary>Cell of <paramref name="row"/>'s actions and source ("12 actions · Google", shorter where the cell is narrow).</summary>
        public int Activity(int row) => row * CellsPerRow + 2;

        /// <summary>Cell of <paramref name="row"/>'s browser and operating system ("Chrome · Android"); -1 where there is none (<see cref="HasDevices"/>).</summary>
        public int Device(int row) => HasDevices ? row * CellsPerRow + 3 : -1;

        private int CellsPerRow => HasDevices ? 4 : 3;

        /// <summary>Left edge of the new-visit bar beside the first row, pixels.</summary>
        public int CueLeft;
        /// <summary>Width of the new-visit bar, pixels.</summary>
        public int CueWidth;
        /// <summary>Top edge of the new-visit bar (the first row's top).</summary>
        public int CueTop;
        /// <summary>Height of the new-visit bar (the first row's height).</summary>
        public int CueHeight;

        /// <summary>The visitors page layout of a <paramref name="width"/> x <paramref name="height"/> screen (the classes of <see cref="DashboardLayout.For"/>).</summary>
        public static VisitorsLayout For(int width, int height, DisplayFonts fonts)
        {
            var layout = new VisitorsLayout { Width = width, Height = height };
            if (width >= 320)
            {
                // Status: "updated" at (152, 2) and the strip from y 214, as on the dashboard. Rows 37 px from y 27.
                layout.Title = SmallTitle(12, 2, 140, 24, TextAlignment.Left, 16, fonts, Rgb565.Muted);
                layout.TitleText = "LIVE VISITORS";
                layout.TwoLineRows(fonts, 12, 308, 27, 18, 96, 146);
                layout.SetCue(4, 4, 27, 36);
            }
            else if (height >= 200)
            {
                // Status: "updated" at (70, 2) and the strip from y 218, as on the dashboard. Rows 38 px from y 25.
                layout.Title = SmallTitle(10, 2, 60, 22, TextAlignment.Left, 8, fonts, Rgb565.Muted);
                layout.TitleText = "LIVE";
                layout.ActionsWord = string.Empty;
                layout.ActionWord = string.Empty;
                layout.TwoLineRows(fonts, 10, 232, 25, 19, 76, 114);
                layout.SetCue(2, 4, 25, 37);
            }
            else
            {
                // Status: clock and one-symbol state at x 170, y 2 and 22, as on the dashboard. Rows 22 px from y 46.
                layout.Title = DashboardLayout.Field(4, 6, 164, 32, TextAlignment.Left, 16, fonts.TextMedium, Rgb565.Text, Rgb565.Background);
                layout.TitleText = "Live visitors";
                layout.Rows = 4;
                layout.MetaWithCountryCode = false;
                layout.ActionsWord = string.Empty;
                layout.ActionWord = string.Empty;
                TextCells cells = layout.Cells = new TextCells(fonts.TextSmall, Rgb565.Background, 4 * 3, 4 * (24 + 6 + 16));
                for (int row = 0; row < 4; row++)
                {
                    int top = 46 + row * 22;
                    cells.Add(6, top, 98, 22, TextAlignment.Left, 24);
                    cells.Add(104, top, 46, 22, TextAlignment.Right, 6);
                    cells.Add(156, top, 82, 22, TextAlignment.Left, 16);
                }

                layout.SetCue(0, 3, 46, 22);
            }

            return layout;
        }

        /// <summary>Marks every cell blank: the screen was just filled with the background.</summary>
        public void InvalidateAll()
        {
            Title.MarkBlank();
            Cells.MarkBlank();
        }

        /// <summary>Adds the title's, the cue bar's and every cell's box to <paramref name="boxes"/> (they paint whole after <see cref="Invalidate"/>).</summary>
        public void AddBoxes(BoxList boxes)
        {
            boxes.Add(Title);
            boxes.Add(CueLeft, CueTop, CueWidth, CueHeight);
            Cells.AddBoxes(boxes);
        }

        /// <summary>Forgets what every cell shows: the next draw paints each whole box.</summary>
        public void Invalidate()
        {
            Title.Invalidate();
            Cells.Invalidate();
        }

        // Five rows of two lines between left and right from firstTop: the place (19 px) with the meta (metaWidth) on its
        // right; the activity (activityWidth, secondLine px) with the device in the rest of the width on its right.
        private void TwoLineRows(DisplayFonts fonts, int left, int right, int firstTop, int secondLine, int metaWidth, int activityWidth)
        {
            const int FirstLine = 19;
            Rows = 5;
            HasDevices = true;
            TextCells cells = Cells = new TextCells(fonts.TextSmall, Rgb565.Background, 5 * 4, 5 * (32 + 10 + 28 + 24));
            for (int row = 0; row < 5; row++)
            {
                int top = firstTop + row * (FirstLine + secondLine);
                int second = top + FirstLine;
                int device = left + activityWidth + 2;
                cells.Add(left, top, right - metaWidth - left, FirstLine, TextAlignment.Left, 32);
                cells.Add(right - metaWidth, top, metaWidth, FirstLine, TextAlignment.Right, 10);
                cells.Add(left, second, activityWidth, secondLine, TextAlignment.Left, 28);
                cells.Add(device, second, right - device, secondLine, TextAlignment.Right, 24);
            }
        }

        private void SetCue(int left, int width, int top, int height)
        {
            CueLeft = left;
            CueWidth = width;
            CueTop = top;
            CueHeight = height;
        }

        private static TextField SmallTitle(int x, int y, int width, int height, TextAlignment alignment, int capacity, DisplayFonts fonts, ushort foreground) =>
            DashboardLayout.Field(x, y, width, height, alignment, capacity, fonts.TextSmall, foreground, Rgb565.Background);
    }
}
