using DeskStats.Display.Rendering;

namespace DeskStats.Display.Layouts
{
    /// <summary>
    /// 240x135 (T-Display): the count top-left with the clock and a one-word link state beside it, the
    /// latest visitor on one line, then the three days as rows (name, visits, time spent). No room for a
    /// status strip: the state word carries "offline since" and the time of the last change.
    /// </summary>
    public static class Wide240x135Layout
    {
        /// <summary>A new layout with its own fields.</summary>
        public static DashboardLayout Create(DisplayFonts fonts)
        {
            const ushort back = Rgb565.Background;
            var layout = new DashboardLayout { Width = 240, Height = 135, Compact = true };
            layout.Count = DashboardLayout.Field(2, 0, 168, 44, TextAlignment.Left, 16, fonts.DigitsMedium, Rgb565.Count, back);
            layout.Count.FallbackFont = fonts.TextMedium;
            layout.Clock = DashboardLayout.Field(170, 2, 66, 20, TextAlignment.Right, 12, fonts.TextSmall, Rgb565.Text, back);
            layout.State = DashboardLayout.Field(170, 22, 66, 20, TextAlignment.Right, 16, fonts.TextSmall, Rgb565.Good, back);
            layout.City = DashboardLayout.Field(4, 46, 152, 26, TextAlignment.Left, 40, fonts.TextMedium, Rgb565.Text, back);
            layout.VisitMeta = DashboardLayout.Field(156, 46, 80, 26, TextAlignment.Right, 16, fonts.TextSmall, Rgb565.Muted, back);
            string[] names = { "Today", "Yesterday", "Day before" };
            for (int day = 0; day < DashboardLayout.Days; day++)
            {
                int top = 72 + day * 21;
                layout.DayLabelTexts[day] = names[day];
                layout.DayLabels[day] = DashboardLayout.Field(4, top, 90, 21, TextAlignment.Left, 16, fonts.TextSmall, Rgb565.Muted, back);
                layout.DayVisits[day] = DashboardLayout.Field(94, top, 64, 21, TextAlignment.Right, 16, fonts.TextSmall, Rgb565.Text, back);
                layout.DayTimes[day] = DashboardLayout.Field(158, top, 78, 21, TextAlignment.Right, 16, fonts.TextSmall, Rgb565.Muted, back);
            }

            layout.Rules = new int[0];

            layout.Title = DashboardLayout.Field(8, 4, 224, 28, TextAlignment.Left, 40, fonts.TextMedium, Rgb565.Text, back);
            layout.Title.FallbackFont = fonts.TextSmall;
            layout.Body = new ParagraphField(8, 32, 224, 84, fonts.TextSmall, 240);
            layout.Detail = DashboardLayout.Field(8, 116, 160, 19, TextAlignment.Left, 40, fonts.TextSmall, Rgb565.Warning, back);
            layout.ScreenClock = DashboardLayout.Field(168, 116, 68, 19, TextAlignment.Right, 12, fonts.TextSmall, Rgb565.Text, back);
            return layout;
        }
    }
}
