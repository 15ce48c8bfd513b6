using DeskStats.Display.Rendering;

namespace DeskStats.Display.Layouts
{
    /// <summary>
    /// 240x240: the count as big as its digits allow (digits-large up to 4 digits, digits-medium beyond), the
    /// city on its own line with country code and time under it, three narrow total columns, a status strip.
    /// </summary>
    public static class Square240Layout
    {
        /// <summary>A new layout with its own fields.</summary>
        public static DashboardLayout Create(DisplayFonts fonts)
        {
            const ushort back = Rgb565.Background;
            var layout = new DashboardLayout { Width = 240, Height = 240 };
            layout.CountLabel = DashboardLayout.Field(10, 2, 60, 22, TextAlignment.Left, 24, fonts.TextSmall, Rgb565.Muted, back);
            layout.CountLabelText = "TODAY";
            layout.Updated = DashboardLayout.Field(70, 2, 160, 22, TextAlignment.Right, 24, fonts.TextSmall, Rgb565.Muted, back);
            layout.Count = DashboardLayout.Field(4, 24, 232, 66, TextAlignment.Center, 16, fonts.DigitsLarge, Rgb565.Count, back);
            layout.Count.FallbackFont = fonts.DigitsMedium;
            layout.Count.LastResortFont = fonts.TextMedium;
            layout.City = DashboardLayout.Field(10, 96, 220, 30, TextAlignment.Left, 40, fonts.TextMedium, Rgb565.Text, back);
            layout.VisitMeta = DashboardLayout.Field(10, 126, 220, 20, TextAlignment.Left, 16, fonts.TextSmall, Rgb565.Muted, back);
            string[] names = { "Today", "Yesterday", "Before" };
            for (int day = 0; day < DashboardLayout.Days; day++)
            {
                int left = day * 80;
                layout.DayLabelTexts[day] = names[day];
                // The labels span their whole column ("Yesterday" needs all 80 px); the rules start below them.
                layout.DayLabels[day] = DashboardLayout.Field(left, 154, 80, 20, TextAlignment.Center, 16, fonts.TextSmall, Rgb565.Muted, back);
                layout.DayVisits[day] = DashboardLayout.Field(left + 1, 174, 78, 24, TextAlignment.Center, 16, fonts.TextMedium, Rgb565.Text, back);
                layout.DayVisits[day].FallbackFont = fonts.TextSmall;
                layout.DayTimes[day] = DashboardLayout.Field(left + 1, 198, 78, 18, TextAlignment.Center, 16, fonts.TextSmall, Rgb565.Muted, back);
            }

            layout.Strip = new[] { 0, 218, 240, 22 };
            layout.State = DashboardLayout.Field(6, 219, 146, 20, TextAlignment.Left, 48, fonts.TextSmall, Rgb565.Good, Rgb565.Strip);
            layout.Rejected = DashboardLayout.Field(152, 219, 34, 20, TextAlignment.Right, 8, fonts.TextSmall, Rgb565.Warning, Rgb565.Strip);
            layout.Clock = DashboardLayout.Field(188, 219, 48, 20, TextAlignment.Right, 8, fonts.TextSmall, Rgb565.Text, Rgb565.Strip);
            layout.Rules = new[] { 10, 93, 220, 1, 10, 150, 220, 1, 80, 176, 1, 38, 160, 176, 1, 38 };

            layout.Title = DashboardLayout.Field(14, 20, 212, 34, TextAlignment.Left, 40, fonts.TextMedium, Rgb565.Text, back);
            layout.Title.FallbackFont = fonts.TextSmall;
            layout.Body = new ParagraphField(14, 60, 212, 126, fonts.TextSmall, 240);
            layout.Detail = DashboardLayout.Field(14, 190, 212, 22, TextAlignment.Left, 40, fonts.TextSmall, Rgb565.Warning, back);
            layout.ScreenClock = layout.Clock;
            return layout;
        }
    }
}
