using System;
using DeskStats.Display.Fonts;
using DeskStats.Display.Rendering;
using DeskStats.Model;

namespace DeskStats.Display.Visitors
{
    /// <summary>
    /// The visitors page's own parts: the latest visits as rows, newest on top (place, country code and time, actions
    /// and source, browser and system), and a bar in the accent colour beside the newest row while a visit has just
    /// arrived. The status strip is drawn by the page's owner exactly as on the dashboard. Each field is its own cell (of
    /// the layout's <see cref="TextCells"/>) that remembers its text, so a change redraws only the cells whose text
    /// changed (a new visit shifts the list: every row's cells that differ from the row above them).
    /// </summary>
    public sealed class VisitorsPage
    {
        private const ChangedFields RowChanges = ChangedFields.LatestVisit | ChangedFields.RecentVisits | ChangedFields.VisitDetails;

        // Cue bar states: unknown (paint it whichever it is), background, accent.
        private const int CueUnknown = 0;
        private const int CueOff = 1;
        private const int CueOn = 2;

        private readonly VisitorsLayout _layout;
        private readonly CharBuffer _text;
        private readonly char[] _part = new char[24];
        private int _cueDrawn = CueUnknown;
        private bool _rowsShown;

        /// <summary>
        /// The visitors page of <paramref name="layout"/>, composing its texts in <paramref name="scratch"/> (at least
        /// <see cref="MinimumScratch"/> characters; its owner's, used only while the page draws).
        /// </summary>
        public VisitorsPage(VisitorsLayout layout, CharBuffer scratch)
        {
            if (layout == null || scratch == null) throw new ArgumentNullException();
            if (scratch.Capacity < MinimumScratch) throw new ArgumentOutOfRangeException();
            _layout = layout;
            _text = scratch;
        }

        /// <summary>Fewest characters of the scratch buffer the page composes its texts in.</summary>
        public const int MinimumScratch = 64;

        /// <summary>Boxes <see cref="ClearAround"/> adds to its list: the title, the cue bar and each row's cells.</summary>
        public int BoxCount => 2 + _layout.Cells.Count;

        /// <summary>The layout.</summary>
        public VisitorsLayout Layout => _layout;

        /// <summary>The screen was just filled with the background: the next <see cref="Draw"/> draws every cell.</summary>
        public void Invalidate()
        {
            _layout.InvalidateAll();
            _cueDrawn = CueOff;
            _rowsShown = false;
        }

        /// <summary>
        /// Coming to this page over another: fills the screen rows above <paramref name="bottom"/> (the status strip's
        /// top, or the screen height) with the background except the cells, the cue bar and the boxes already in
        /// <paramref name="boxes"/> (its owner's fields, which it repaints whole), and makes the next <see cref="Draw"/>
        /// and <see cref="DrawCue"/> paint those whole. Each pixel above <paramref name="bottom"/> is written once. The
        /// page adds its <see cref="BoxCount"/> boxes to the list.
        /// </summary>
        public void ClearAround(RenderTarget target, int bottom, BoxList boxes)
        {
            _layout.AddBoxes(boxes);
            boxes.FillAround(target, _layout.Width, bottom, Rgb565.Background);
            _layout.Invalidate();
            _cueDrawn = CueUnknown;
            _rowsShown = false;
        }

        /// <summary>
        /// Draws what <paramref name="changes"/> names (everything after <see cref="Invalidate"/>): the rows react to
        /// <see cref="ChangedFields.LatestVisit"/>, <see cref="ChangedFields.RecentVisits"/> and
        /// <see cref="ChangedFields.VisitDetails"/>. Returns true when the top row now shows another visit than it did
        /// (a visit arrived: the owner starts the cue); false on the first draw after a clear.
        /// </summary>
        public bool Draw(RenderTarget target, DashboardModel model, ChangedFields changes)
        {
            VisitorsLayout layout = _layout;
            CharBuffer text = _text.Clear().Append(layout.TitleText);
            layout.Title.Draw(target, text.Chars, text.Length);
            if ((changes & RowChanges) == 0 && _rowsShown)
            {
                return false;
            }

            bool arrived = false;
            int count = model.RecentVisitCount;
            for (int row = 0; row < layout.Rows; row++)
            {
                if (row < count)
                {
                    VisitEntry visit = model.GetRecentVisit(row);
                    if (row == 0)
                    {
                        // The place and time identify the visit: a new one changes at least one of them.
                        PlaceText(visit);
                        bool samePlace = Fit(layout.Place(0));
                        MetaText(visit);
                        arrived = _rowsShown && (!samePlace || !Fit(layout.Meta(0)));
                    }

                    DrawRow(target, row, visit);
                }
                else if (row == 0)
                {
                    text.Clear().Append("No visits yet");
                    DrawCell(target, layout.Place(0), Rgb565.Muted);
                    ClearRowDetails(target, 0);
                }
                else
                {
                    text.Clear();
                    DrawCell(target, layout.Place(row), Rgb565.Text);
                    ClearRowDetails(target, row);
                }
            }

            _rowsShown = true;
            return arrived;
        }

        /// <summary>Shows the new-visit bar beside the top row in the accent colour (<paramref name="active"/>) or hides it; sends nothing when it already is so.</summary>
        public void DrawCue(RenderTarget target, bool active)
        {
            int wanted = active ? CueOn : CueOff;
            if (wanted == _cueDrawn) return;
            target.FillRectangle(_layout.CueLeft, _layout.CueTop, _layout.CueWidth, _layout.CueHeight, active ? Rgb565.Accent : Rgb565.Background);
            _cueDrawn = wanted;
        }

        private void DrawRow(RenderTarget target, int row, VisitEntry visit)
        {
            VisitorsLayout layout = _layout;
            PlaceText(visit);
            DrawCell(target, layout.Place(row), Rgb565.Text);
            MetaText(visit);
            DrawCell(target, layout.Meta(row), Rgb565.Muted);
            ActivityText(visit);
            DrawCell(target, layout.Activity(row), Rgb565.Muted);
            if (!layout.HasDevices) return;
            DeviceText(visit);
            DrawCell(target, layout.Device(row), Rgb565.Muted);
        }

        private void ClearRowDetails(RenderTarget target, int row)
        {
            VisitorsLayout layout = _layout;
            _text.Clear();
            DrawCell(target, layout.Meta(row), Rgb565.Muted);
            DrawCell(target, layout.Activity(row), Rgb565.Muted);
            if (layout.HasDevices) DrawCell(target, layout.Device(row), Rgb565.Muted);
        }

        // City; a city the font cannot show (Москва, 東京) gives way to the country, then to the country code.
        private void PlaceText(VisitEntry visit)
        {
            if (Prepared(visit.City, false) > 0) return;
            if (Prepared(visit.Country, false) > 0) return;
            _text.Clear();
            AppendUpper(_text, visit.CountryCode);
            if (_text.Length == 0) _text.Append("Unknown place");
        }

        private void MetaText(VisitEntry visit)
        {
            CharBuffer text = _text.Clear();
            if (_layout.MetaWithCountryCode) AppendUpper(text, visit.CountryCode);
            if (visit.VisitHour >= 0)
            {
                if (text.Length > 0) text.Append(' ');
                text.AppendClock(visit.VisitHour, visit.VisitMinute);
            }
        }

        // "12 actions · Google" ("1 action"; the layout's shorter word, or the bare count, where the cell is narrow): the
        // source alone when the actions are unknown, the actions alone without a source. The source is what gets cut.
        private void ActivityText(VisitEntry visit)
        {
            CharBuffer text = _text;
            int source = Prepared(visit.Source, true);
            if (visit.Actions < 0) return;
            string word = visit.Actions == 1 ? _layout.ActionWord : _layout.ActionsWord;
            // Room for the actions in front: shift the prepared source right, then write the actions before it.
            int prefix = DigitCount(visit.Actions) + word.Length + (source > 0 ? 3 : 0);
            if (source + prefix > text.Capacity) source = text.Capacity - prefix;
            for (int index = source - 1; index >= 0; index--)
            {
                text.Chars[index + prefix] = text.Chars[index];
            }

            text.Clear().AppendNumber(visit.Actions).Append(word);
            if (source > 0) text.Append(" \u00B7 ");
            text.Length += source;
        }

        private static int DigitCount(int value)
        {
            int digits = 1;
            while (value >= 10)
            {
                value /= 10;
                digits++;
            }

            return digits;
        }

        // "Chrome · Android": either alone when the other is unknown or undrawable.
        private void DeviceText(VisitEntry visit)
        {
            int browser = Prepared(visit.BrowserName, true);
            int system = Transliterator.PrepareDrawable(_layout.Cells.Font, visit.OperatingSystem, _part);
            if (system <= 0) return;
            CharBuffer text = _text;
            if (browser > 0) text.Append(" \u00B7 ");
            for (int index = 0; index < system; index++)
            {
                text.Append(_part[index]);
            }
        }

        // The text prepared for the font into the page's buffer; its length. A place is all or nothing (part of a city's
        // name would name another place); free text (source, browser, system) keeps what the font can draw.
        private int Prepared(string value, bool freeText)
        {
            CharBuffer text = _text.Clear();
            if (value == null || value.Length == 0) return 0;
            int length = freeText ? Transliterator.PrepareDrawable(_layout.Cells.Font, value, text.Chars) : Transliterator.Prepare(_layout.Cells.Font, value, text.Chars);
            text.Length = length < 0 ? 0 : length > text.Capacity ? text.Capacity : length;
            return text.Length;
        }

        // Fits the buffer's text to the cell (width and capacity, with an ellipsis) and draws it.
        private void DrawCell(RenderTarget target, int cell, ushort color)
        {
            Fit(cell);
            _layout.Cells.Draw(target, cell, _text.Chars, _text.Length, color);
        }

        // Fits the buffer's text to the cell's width and capacity (with an ellipsis); true when the cell shows it already.
        private bool Fit(int cell)
        {
            CharBuffer text = _text;
            TextCells cells = _layout.Cells;
            int capacity = cells.Capacity(cell);
            if (text.Length > capacity)
            {
                text.Length = capacity - 1;
                text.Append(TextFitter.Ellipsis);
            }

            text.Length = TextFitter.FitWithEllipsis(cells.Font, text.Chars, text.Length, cells.Width(cell));
            return cells.Shows(cell, text.Chars, text.Length);
        }

        private static void AppendUpper(CharBuffer text, string code)
        {
            for (int index = 0; index < code.Length; index++)
            {
                char character = code[index];
                text.Append(character >= 'a' && character <= 'z' ? (char)(character - 32) : character);
            }
        }
    }
}
