using DeskStats.Display.Layouts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Display.Visitors;

namespace DeskStats.Display
{
    /// <summary>The renderer's pages besides the dashboard (visitors, map), and the clears between pages.</summary>
    public sealed partial class DashboardRenderer
    {
        /// <summary>
        /// The pages this renderer can show, 1 to 3: the dashboard, the visitors page once <see cref="UseVisitors"/>
        /// enabled it, and the map once <see cref="UseMap"/> gave it a land mask, in that order (<see cref="PageAt"/>).
        /// </summary>
        public int PageCount => 1 + (_visitorsPage == null ? 0 : 1) + (_mapPage == null ? 0 : 1);

        /// <summary>
        /// The page at <paramref name="index"/> (0 to <see cref="PageCount"/> - 1) of the pages this renderer shows, in
        /// the order Dashboard, Visitors, Map: what a <see cref="PageTurner"/>'s page number means here. Out of range: the dashboard.
        /// </summary>
        public ScreenPage PageAt(int index)
        {
            if (index == 1 && _visitorsPage != null) return ScreenPage.Visitors;
            if (_mapPage != null && index == PageCount - 1 && index > 0) return ScreenPage.Map;
            return ScreenPage.Dashboard;
        }

        /// <summary>
        /// Enables the map page over <paramref name="mask"/>, which must be <see cref="MapLayout.MapWidth"/> pixels wide
        /// for this panel (<see cref="MapWidthFor"/>). The page shares the renderer's band and fonts.
        /// </summary>
        public void UseMap(LandMask mask)
        {
            _mapPage = new MapPage(MapLayout.For(_panel.Width, _panel.Height, _fonts), mask);
        }

        /// <summary>Enables the visitors page (the latest visits as rows). The page shares the renderer's band and fonts.</summary>
        public void UseVisitors()
        {
            _visitorsPage = new VisitorsPage(VisitorsLayout.For(_panel.Width, _panel.Height, _fonts), _text);
        }

        /// <summary>The land-mask width in pixels the map page needs on a <paramref name="width"/> x <paramref name="height"/> panel.</summary>
        public static int MapWidthFor(int width, int height) => width >= 320 ? 320 : 240;

        /// <summary>The map page, or null before <see cref="UseMap"/>.</summary>
        public MapPage MapPage => _mapPage;

        /// <summary>The visitors page, or null before <see cref="UseVisitors"/>.</summary>
        public VisitorsPage VisitorsPage => _visitorsPage;

        // Back from another page: the background goes only around the dashboard's fields that always paint their whole
        // box, and around its rules; those fields repaint whole and the strip stays, so each pixel is written once.
        private void ClearForDashboardAfterPage()
        {
            DashboardLayout layout = _layout;
            BoxList boxes = _keptBoxes;
            boxes.Clear();
            KeepWhole(boxes, layout.CountLabel);
            KeepWhole(boxes, layout.Count);
            KeepWhole(boxes, layout.City);
            KeepWhole(boxes, layout.VisitMeta);
            for (int day = 0; day < DashboardLayout.Days; day++)
            {
                KeepWhole(boxes, layout.DayLabels[day]);
                KeepWhole(boxes, layout.DayVisits[day]);
                KeepWhole(boxes, layout.DayTimes[day]);
            }

            int[] rules = layout.Rules;
            for (int index = 0; index + 3 < rules.Length; index += 4)
            {
                boxes.Add(rules[index], rules[index + 1], rules[index + 2], rules[index + 3]);
            }

            int[] strip = layout.Strip;
            int bottom = strip != null ? strip[1] : layout.Height;
            KeepStatusFields(boxes, bottom);
            boxes.FillAround(_target, layout.Width, bottom, Rgb565.Background);
            _screenBlank = false;
        }

        // The status fields are drawn on every screen with data. Above the strip they stay out of the background fill;
        // in the strip (left as it was) they still show the previous screen's words. Either way they repaint whole.
        private void KeepStatusFields(BoxList boxes, int stripTop)
        {
            KeepStatusField(boxes, _layout.Updated, stripTop);
            KeepStatusField(boxes, _layout.State, stripTop);
            KeepStatusField(boxes, _layout.Rejected, stripTop);
            KeepStatusField(boxes, _layout.Clock, stripTop);
        }

        private static void KeepStatusField(BoxList boxes, TextField field, int stripTop)
        {
            if (field == null) return;
            field.Invalidate();
            if (field.Y < stripTop) boxes.Add(field);
        }

        // A field that repaints its whole box: kept out of the background fill.
        private static void KeepWhole(BoxList boxes, TextField field)
        {
            if (field == null) return;
            field.Invalidate();
            boxes.Add(field);
        }

        // The map and visitors pages paint their own boxes whole, so coming to one writes each pixel above the strip
        // once (ClearAround) instead of a full clear followed by the page.
        private void ClearForPage(int screen)
        {
            // Every screen keeps the strip where it is: it is painted only on a blank screen.
            int[] strip = _layout.Strip;
            if (_screenBlank)
            {
                if (screen == MapScreen) _mapPage.Invalidate();
                else _visitorsPage.Invalidate();
                if (strip != null)
                {
                    _target.FillRectangle(strip[0], strip[1], strip[2], strip[3], Rgb565.Strip);
                }
            }
            else
            {
                int bottom = strip != null ? strip[1] : _layout.Height;
                BoxList boxes = _keptBoxes;
                boxes.Clear();
                KeepStatusFields(boxes, bottom);
                if (screen == MapScreen) _mapPage.ClearAround(_target, bottom, boxes);
                else _visitorsPage.ClearAround(_target, bottom, boxes);
            }

            _screenBlank = false;
        }
    }
}
