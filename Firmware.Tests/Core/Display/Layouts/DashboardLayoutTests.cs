using System.Collections.Generic;
using DeskStats.Display;
using DeskStats.Display.Layouts;
using DeskStats.Display.Rendering;

namespace DeskStats.Tests.Core.Display.Layouts
{
    /// <summary>The fixed words of each layout fit their boxes in the real fonts, and no label sits on a rule.</summary>
    public class DashboardLayoutTests
    {
        public static IEnumerable<object[]> Boards()
        {
            foreach (BoardProfile profile in BoardProfiles.All)
            {
                yield return new object[] { profile.Id };
            }
        }

        [Theory]
        [MemberData(nameof(Boards))]
        public void Every_label_fits_its_box_and_clears_the_rules(string board)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            DashboardLayout layout = DashboardLayout.For(profile.Width, profile.Height, DisplayScenes.Fonts());
            var labels = new List<(TextField Field, string Text)>();
            if (layout.CountLabel != null) labels.Add((layout.CountLabel, layout.CountLabelText));
            for (int day = 0; day < DashboardLayout.Days; day++)
            {
                labels.Add((layout.DayLabels[day], layout.DayLabelTexts[day]));
            }

            foreach (var (field, text) in labels)
            {
                int width = field.Font.MeasureWidth(text);
                Assert.True(width <= field.Width, "\"" + text + "\" is " + width + " px in a " + field.Width + " px box");
                for (int index = 0; index + 3 < layout.Rules.Length; index += 4)
                {
                    bool overlaps = layout.Rules[index] < field.X + field.Width && field.X < layout.Rules[index] + layout.Rules[index + 2]
                        && layout.Rules[index + 1] < field.Y + field.Height && field.Y < layout.Rules[index + 1] + layout.Rules[index + 3];
                    Assert.False(overlaps, "\"" + text + "\" overlaps the rule at (" + layout.Rules[index] + ", " + layout.Rules[index + 1] + ")");
                }
            }
        }
    }
}
