using System;
using DeskStats.Display.Fonts;
using DeskStats.Display.Rendering;
using DeskStats.Model;

namespace DeskStats.Display.Maps
{
    /// <summary>
    /// The map page's own parts: the world map with the recent visits' dots (<see cref="MapField"/>), today's count
    /// in a corner, and the newest visit's place in the marker's colour. The status strip is drawn by the page's
    /// owner exactly as on the dashboard. Redraws only what changed: the count's changed digits, the place's text
    /// extent, the map cells the dots touched.
    /// </summary>
    public sealed class MapPage
    {
        private readonly MapLayout _layout;
        private readonly MapField _map;
        private readonly CharBuffer _text = new CharBuffer(64);
        // The page's five boxes, when no owner passes a list of its own.
        private readonly BoxList _boxes = new BoxList(5);

        /// <summary>The map page of <paramref name="layout"/> over <paramref name="mask"/> (its width must be the layout's <see cref="MapLayout.MapWidth"/>).</summary>
        public MapPage(MapLayout layout, LandMask mask)
        {
            if (layout == null || mask == null) throw new ArgumentNullException();
            if (mask.Width != layout.MapWidth) throw new ArgumentException("the layout needs a map " + layout.MapWidth + " pixels wide");
            _layout = layout;
            _map = new MapField(mask, layout.MapLeft, layout.MapTop, layout.DotRadius, layout.MarkerRadius);
        }

        /// <summary>The layout.</summary>
        public MapLayout Layout => _layout;

        /// <summary>The map with its dots.</summary>
        public MapField Map => _map;

        /// <summary>Map cells recomposed by the last <see cref="Draw"/> (all of them for a whole map).</summary>
        public int LastMapCells { get; private set; }

        /// <summary>The screen was just filled with the background: the next <see cref="Draw"/> draws every part.</summary>
        public void Invalidate()
        {
            _layout.InvalidateAll();
            _map.Invalidate();
        }

        /// <summary>
        /// Coming to this page over another: fills the screen rows above <paramref name="bottom"/> (the status
        /// strip's top, or the screen height) with the background except the map and the text boxes, and makes the
        /// next <see cref="Draw"/> paint those whole (map and boxes with their background). Each pixel above
        /// <paramref name="bottom"/> is written once.
        /// </summary>
        public void ClearAround(RenderTarget target, int bottom)
        {
            _boxes.Clear();
            ClearAround(target, bottom, _boxes);
        }

        /// <summary>
        /// As <see cref="ClearAround(RenderTarget, int)"/>, and also leaves alone the boxes already in
        /// <paramref name="boxes"/> (its owner's fields, which it repaints whole); the page adds its own boxes to the list.
        /// </summary>
        public void ClearAround(RenderTarget target, int bottom, BoxList boxes)
        {
            boxes.Add(_map.Left, _map.Top, _map.Width, _map.Height);
            boxes.Add(_layout.CountLabel);
            boxes.Add(_layout.Count);
            boxes.Add(_layout.Place);
            boxes.Add(_layout.PlaceMeta);
            boxes.FillAround(target, _layout.Width, bottom, Rgb565.Background);

            _layout.InvalidateAll();
            if (_layout.CountLabel != null) _layout.CountLabel.Invalidate();
            _layout.Count.Invalidate();
            _layout.Place.Invalidate();
            if (_layout.PlaceMeta != null) _layout.PlaceMeta.Invalidate();
            _map.Invalidate();
        }

        /// <summary>Draws what <paramref name="changes"/> names (everything after <see cref="Invalidate"/>).</summary>
        public void Draw(RenderTarget target, DashboardModel model, ChangedFields changes)
        {
            MapLayout layout = _layout;
            CharBuffer text = _text;
            if (layout.CountLabel != null)
            {
                text.Clear().Append(layout.CountLabelText);
                layout.CountLabel.Draw(target, text.Chars, text.Length);
            }

            if ((changes & ChangedFields.TodayVisits) != 0)
            {
                text.Clear();
                if (model.Today.HasValue) text.AppendCount(model.Today.Visits);
                else text.Append('-');
                TextField count = layout.Count;
                if ((count.FallbackFont ?? count.Font).MeasureWidth(text.Chars, 0, text.Length) > count.Width)
                {
                    text.Clear().AppendAbbreviatedCount(model.Today.Visits);
                }

                count.Draw(target, text.Chars, text.Length);
            }

            if ((changes & ChangedFields.LatestVisit) != 0)
            {
                DrawPlace(target, model.LatestVisit);
            }

            LastMapCells = 0;
            if ((changes & (ChangedFields.RecentVisits | ChangedFields.LatestVisit)) != 0)
            {
                LastMapCells = _map.Update(target, model);
            }
        }

        private void DrawPlace(RenderTarget target, VisitEntry visit)
        {
            MapLayout layout = _layout;
            CharBuffer text = _text;
            TextField place = layout.Place;
            if (visit == null)
            {
                text.Clear().Append("No visitors yet");
                text.Length = TextFitter.FitWithEllipsis(place.Font, text.Chars, text.Length, place.Width);
                place.Draw(target, text.Chars, text.Length, Rgb565.Muted);
                if (layout.PlaceMeta != null) layout.PlaceMeta.Draw(target, text.Chars, 0);
                return;
            }

            // City; a city the font cannot show (Москва, 東京) gives way to the country, then to the country code.
            int length = Fit(place, visit.City);
            if (length <= 0) length = Fit(place, visit.Country);
            if (length <= 0) length = Fit(place, visit.CountryCode);
            if (length <= 0)
            {
                text.Clear().Append("Unknown place");
                length = text.Length;
            }

            place.Draw(target, text.Chars, length);
            if (layout.PlaceMeta == null) return;
            text.Clear();
            for (int index = 0; layout.MetaWithCountryCode && index < visit.CountryCode.Length; index++)
            {
                char character = visit.CountryCode[index];
                text.Append(character >= 'a' && character <= 'z' ? (char)(character - 32) : character);
            }

            if (!visit.HasLocation)
            {
                // Said, not hidden: the place is known but the relay sent no coordinates for it (instead of the time).
                if (text.Length > 0) text.Append(" \u00B7 ");
                text.Append("off map");
            }
            else if (visit.VisitHour >= 0 && layout.MetaWithTime)
            {
                if (text.Length > 0) text.Append(' ');
                text.AppendClock(visit.VisitHour, visit.VisitMinute);
            }

            text.Length = TextFitter.FitWithEllipsis(layout.PlaceMeta.Font, text.Chars, text.Length, layout.PlaceMeta.Width);
            layout.PlaceMeta.Draw(target, text.Chars, text.Length);
        }

        private int Fit(TextField field, string name)
        {
            if (name == null || name.Length == 0) return 0;
            int length = TextFitter.PrepareAndFit(field.Font, name, _text.Chars, field.Width);
            _text.Length = length < 0 ? 0 : length;
            return length;
        }
    }
}
