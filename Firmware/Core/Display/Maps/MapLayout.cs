using DeskStats.Display.Layouts;
using DeskStats.Display.Rendering;

namespace DeskStats.Display.Maps
{
    /// <summary>
    /// Where the map page's own parts sit on one display class; the status strip (link state, clock, "updated")
    /// is the dashboard layout's and stays where it is there. Designed per class like the dashboard:
    /// 320x240: "VISITORS TODAY" and the count (digits-medium) top left, the newest place (text-medium) with its
    /// country code and time top right, the 320x119 map, the strip. 240x240: "TODAY", the count (digits-medium), the
    /// 240x89 map, the newest place and its time on one line under it (text-small), the strip. 240x135: the count
    /// (text-medium) and newest place top left beside the clock and link state ("off map" after the place when it has no
    /// coordinates), the 240x89 map filling the bottom.
    /// </summary>
    public sealed class MapLayout
    {
        /// <summary>Screen width in pixels.</summary>
        public int Width;
        /// <summary>Screen height in pixels.</summary>
        public int Height;
        /// <summary>Width of the land mask this layout needs (320 or 240): the map spans the screen.</summary>
        public int MapWidth;
        /// <summary>Left edge of the map on screen.</summary>
        public int MapLeft;
        /// <summary>Top edge of the map on screen.</summary>
        public int MapTop;
        /// <summary>Radius of an older visit's dot, pixels.</summary>
        public int DotRadius = 2;
        /// <summary>Outer radius of the newest visit's ring, pixels.</summary>
        public int MarkerRadius;

        /// <summary>Static label by the count; null where the layout has none.</summary>
        public TextField CountLabel;
        /// <summary>Text of <see cref="CountLabel"/>.</summary>
        public string CountLabelText;
        /// <summary>Today's visits.</summary>
        public TextField Count;
        /// <summary>The newest visit's city (or country), in the marker's colour.</summary>
        public TextField Place;
        /// <summary>
        /// The newest visit's country code and time (time only where <see cref="MetaWithCountryCode"/> is false, nothing
        /// but the note where <see cref="MetaWithTime"/> is false), or "off map" in place of the time when the relay sent
        /// no coordinates for it.
        /// </summary>
        public TextField PlaceMeta;
        /// <summary>True when <see cref="PlaceMeta"/> starts with the country code.</summary>
        public bool MetaWithCountryCode;
        /// <summary>True when <see cref="PlaceMeta"/> shows the visit's time; false on 240x135, where it shows only "off map".</summary>
        public bool MetaWithTime = true;

        /// <summary>The map page layout of a <paramref name="width"/> x <paramref name="height"/> screen (the classes of <see cref="DashboardLayout.For"/>).</summary>
        public static MapLayout For(int width, int height, DisplayFonts fonts)
        {
            const ushort back = Rgb565.Background;
            var layout = new MapLayout { Width = width, Height = height };
            if (width >= 320)
            {
                // Status: "updated" at (152, 2) and the strip from y 214, as on the dashboard.
                layout.MapWidth = 320;
                layout.MapTop = 86;
                layout.MarkerRadius = 6;
                layout.CountLabel = DashboardLayout.Field(12, 2, 140, 24, TextAlignment.Left, 24, fonts.TextSmall, Rgb565.Muted, back);
                layout.CountLabelText = "VISITORS TODAY";
                layout.Count = DashboardLayout.Field(8, 28, 150, 44, TextAlignment.Left, 16, fonts.DigitsMedium, Rgb565.Count, back);
                layout.Count.FallbackFont = fonts.TextMedium;
                // 140 px: a new place as wide as the box still keeps a new visit within a tenth of a frame.
                layout.Place = DashboardLayout.Field(168, 30, 140, 30, TextAlignment.Right, 40, fonts.TextMedium, Rgb565.Accent, back);
                layout.PlaceMeta = DashboardLayout.Field(158, 60, 150, 20, TextAlignment.Right, 32, fonts.TextSmall, Rgb565.Muted, back);
                layout.MetaWithCountryCode = true;
            }
            else if (height >= 200)
            {
                // Status: "updated" at (70, 2) and the strip from y 218, as on the dashboard.
                layout.MapWidth = 240;
                layout.MapTop = 76;
                layout.MarkerRadius = 5;
                layout.CountLabel = DashboardLayout.Field(10, 2, 60, 22, TextAlignment.Left, 24, fonts.TextSmall, Rgb565.Muted, back);
                layout.CountLabelText = "TODAY";
                layout.Count = DashboardLayout.Field(6, 24, 228, 44, TextAlignment.Left, 16, fonts.DigitsMedium, Rgb565.Count, back);
                layout.Count.FallbackFont = fonts.TextMedium;
                // One line under the map: the place (text-small, 156 px) and the visit time (tabular digits: a new
                // time redraws only its changed digits), so even a place as wide as its box keeps a new visit within
                // a tenth of a frame. 64 px for the time leaves room for "off map" (63 px) in its place.
                layout.Place = DashboardLayout.Field(10, 176, 156, 24, TextAlignment.Left, 40, fonts.TextSmall, Rgb565.Accent, back);
                layout.PlaceMeta = DashboardLayout.Field(166, 176, 64, 24, TextAlignment.Right, 32, fonts.TextSmall, Rgb565.Muted, back);
            }
            else
            {
                // Status: clock and one-symbol state at x 170, y 2 and 22, as on the dashboard.
                layout.MapWidth = 240;
                layout.MapTop = 46;
                layout.MarkerRadius = 5;
                layout.Count = DashboardLayout.Field(4, 0, 164, 26, TextAlignment.Left, 16, fonts.TextMedium, Rgb565.Count, back);
                layout.Count.FallbackFont = fonts.TextSmall;
                // 100 px: the place and the dots a new visit moves stay within a tenth of this small frame.
                layout.Place = DashboardLayout.Field(4, 26, 100, 20, TextAlignment.Left, 40, fonts.TextSmall, Rgb565.Accent, back);
                // No room for the time; between the place and the clock only the "off map" note, blank otherwise.
                layout.PlaceMeta = DashboardLayout.Field(104, 26, 64, 20, TextAlignment.Left, 16, fonts.TextSmall, Rgb565.Muted, back);
                layout.MetaWithTime = false;
            }

            return layout;
        }

        /// <summary>Marks every text field blank: the screen was just filled with the background.</summary>
        public void InvalidateAll()
        {
            if (CountLabel != null) CountLabel.MarkBlank();
            Count.MarkBlank();
            Place.MarkBlank();
            if (PlaceMeta != null) PlaceMeta.MarkBlank();
        }
    }
}
