using DeskStats.Display.Rendering;

namespace DeskStats.Display.Layouts
{
    /// <summary>
    /// 320x240 landscape (CYD): label and "updated" on top, the count in digits-large (about 49 px tall), the latest visitor,
    /// three columns of daily totals, a status strip at the bottom.
    /// </summary>
    public static class Landscape320x240Layout
    {
        /// <summary>A new layout with its own fields.</summary>
        public static DashboardLayout Create(DisplayFonts fonts)
        {
            const ushort back = Rgb565.Background;
            var layout = new DashboardLayout { Width = 320, Height = 240 };
            layout.CountLabel = DashboardLayout.Field(12, 2, 140, 24, TextAlignment.Left, 24, fonts.TextSmall, Rgb565.Muted, back);
            layout.CountLabelText = "VISITORS TODAY";
            layout.Updated = DashboardLayout.Field(152, 2, 156, 24, TextAlignment.Right, 24, fonts.TextSmall, Rgb565.Muted, back);
            layout.Count = DashboardLayout.Field(8, 26, 304, 66, TextAlignment.Center, 16, fonts.DigitsLarge, Rgb565.Count, back);
            layout.Count.FallbackFont = fonts.DigitsMedium;
            layout.Count.LastResortFont = fonts.TextMedium;
            layout.City = DashboardLayout.Field(12, 100, 214, 32, TextAlignment.Left, 40, fonts.TextMedium, Rgb565.Text, back);
            layout.VisitMeta = DashboardLayout.Field(226, 100, 82, 32, TextAlignment.Right, 16, fonts.TextSmall, Rgb565.Muted, back);
            string[] names = { "Today", "Yesterday", "Day before" };
            for (int day = 0; day < DashboardLayout.Days; day++)
            {
                int left = day * 320 / 3;
                int width = (day + 1) * 320 / 3 - left;
                layout.DayLabelTexts[day] = names[day];
                layout.DayLabels[day] = DashboardLayout.Field(left + 2, 142, width - 4, 20, TextAlignment.Center, 16, fonts.TextSmall, Rgb565.Muted, back);
                layout.DayVisits[day] = DashboardLayout.Field(left + 2, 162, width - 4, 28, TextAlignment.Center, 16, fonts.TextMedium, Rgb565.Text, back);
                layout.DayVisits[day].FallbackFont = fonts.TextSmall;
                layout.DayTimes[day] = DashboardLayout.Field(left + 2, 190, width - 4, 20, TextAlignment.Center, 16, fonts.TextSmall, Rgb565.Muted, back);
            }

            layout.Strip = new[] { 0, 214, 320, 26 };
            layout.State = DashboardLayout.Field(8, 216, 226, 22, TextAlignment.Left, 48, fonts.TextSmall, Rgb565.Good, Rgb565.Strip);
            layout.Rejected = DashboardLayout.Field(234, 216, 30, 22, TextAlignment.Right, 8, fonts.TextSmall, Rgb565.Warning, Rgb565.Strip);
            layout.Clock = DashboardLayout.Field(264, 216, 48, 22, TextAlignment.Right, 8, fonts.TextSmall, Rgb565.Text, Rgb565.Strip);
            layout.Rules = new[] { 12, 96, 296, 1, 12, 137, 296, 1, 106, 146, 1, 60, 213, 146, 1, 60 };

            layout.Title = DashboardLayout.Field(20, 24, 280, 34, TextAlignment.Left, 40, fonts.TextMedium, Rgb565.Text, back);
            layout.Title.FallbackFont = fonts.TextSmall;
            layout.Body = new ParagraphField(20, 66, 280, 120, fonts.TextSmall, 240);
            layout.Detail = DashboardLayout.Field(20, 188, 280, 22, TextAlignment.Left, 40, fonts.TextSmall, Rgb565.Warning, back);
            layout.ScreenClock = layout.Clock;
            return layout;
        }
    }
}
