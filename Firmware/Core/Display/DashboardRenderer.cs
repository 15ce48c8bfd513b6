using System;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;
using DeskStats.Display.Layouts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Display.Visitors;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Display
{
    /// <summary>
    /// Draws the dashboard and the full-screen link states on one board's panel, sending only what changed:
    /// the fields <see cref="ChangedFields"/> names, the status texts that differ from what is on screen, and
    /// inside a number only the digit cells that changed. No frame buffer: everything goes out in bands of at
    /// most <see cref="RenderTarget.DefaultBandBytes"/> bytes.
    /// </summary>
    public sealed partial class DashboardRenderer : IDashboardScreen
    {
        /// <summary>How long the new-visitor cue stays up, in milliseconds.</summary>
        public const int CueMilliseconds = 2000;

        private const int NoScreen = -1;
        private const int DashboardScreen = 100;
        private const int MapScreen = 101;
        private const int VisitorsScreen = 102;
        private const int WaitingScreen = 50;

        private readonly DisplayPanel _panel;
        private readonly RenderTarget _target;
        private readonly DashboardLayout _layout;
        private readonly CharBuffer _text = new CharBuffer(240);
        private readonly CharBuffer _meta = new CharBuffer(24);
        private int _screen = NoScreen;
        private bool _screenBlank;
        private ushort _accentDrawn;
        private int _cueRemainingMilliseconds;
        private bool _insecureMarkedByWarning;
        private DashboardModel _model;
        private readonly DisplayFonts _fonts;
        private MapPage _mapPage;
        private VisitorsPage _visitorsPage;
        // Boxes left out of the background fill when a page follows another (the new page's fields, the status fields).
        private readonly BoxList _keptBoxes = new BoxList(36);

        /// <summary>Creates the renderer for <paramref name="profile"/>'s panel on <paramref name="bus"/>, drawing with <paramref name="fonts"/>.</summary>
        public DashboardRenderer(BoardProfile profile, IDisplayBus bus, DisplayFonts fonts)
        {
            if (profile == null || bus == null || fonts == null) throw new ArgumentNullException();
            _panel = new DisplayPanel(profile, bus);
            _target = new RenderTarget(_panel, fonts.MaxBitmapLength, RenderTarget.DefaultBandBytes);
            _layout = DashboardLayout.For(profile.Width, profile.Height, fonts);
            _fonts = fonts;
        }

        /// <summary>
        /// The page shown while there is data (link states and setup-needed always take the whole screen). A change
        /// takes effect at the next <see cref="Render"/>, which then redraws the screen once.
        /// </summary>
        public ScreenPage Page { get; set; }

        /// <summary>The layout in use.</summary>
        public DashboardLayout Layout => _layout;

        /// <summary>The panel driver.</summary>
        public DisplayPanel Panel => _panel;

        /// <summary>True while the new-visitor cue is shown.</summary>
        public bool CueActive => _cueRemainingMilliseconds > 0;

        /// <summary>Resets and initialises the controller, then clears the screen; the next <see cref="Render"/> draws everything.</summary>
        public void Initialize()
        {
            _panel.Initialize();
            _target.FillRectangle(0, 0, _panel.Width, _panel.Height, Rgb565.Background);
            _screen = NoScreen;
            _screenBlank = true;
        }

        /// <summary>Sets the backlight, 0 (off) to 100 percent.</summary>
        public void SetBrightness(int percent) => _panel.SetBrightness(percent);

        /// <summary>
        /// Brings the screen up to date: <paramref name="changes"/> names the model fields that changed since the
        /// last call; differences in <paramref name="status"/> are found by comparing with what is on screen.
        /// The first call (and any switch between the dashboard and a full-screen state) draws everything.
        /// </summary>
        public void Render(DashboardModel model, ChangedFields changes, ScreenStatus status)
        {
            if (model == null || status == null) throw new ArgumentNullException();
            _model = model;
            int screen = ChooseScreen(model, status);
            bool whole = screen != _screen;
            if (whole)
            {
                ClearFor(screen);
                _screen = screen;
                changes = ChangedFields.All;
            }

            if (screen == DashboardScreen)
            {
                DrawDashboard(model, changes, status, !whole);
            }
            else if (screen == MapScreen)
            {
                _mapPage.Draw(_target, model, changes);
                DrawStatus(status);
            }
            else if (screen == VisitorsScreen)
            {
                if (_visitorsPage.Draw(_target, model, changes) && !whole)
                {
                    _cueRemainingMilliseconds = CueMilliseconds;
                }

                _visitorsPage.DrawCue(_target, _cueRemainingMilliseconds > 0);
                DrawStatus(status);
            }
            else
            {
                DrawFullScreen(status);
            }
        }

        /// <summary>Advances the renderer's own animation (the new-visitor cue) by <paramref name="elapsedMilliseconds"/>.</summary>
        public void Tick(int elapsedMilliseconds)
        {
            if (_cueRemainingMilliseconds <= 0) return;
            _cueRemainingMilliseconds -= elapsedMilliseconds;
            if (_cueRemainingMilliseconds <= 0)
            {
                _cueRemainingMilliseconds = 0;
                if (_screen == DashboardScreen && _model != null)
                {
                    DrawLatestVisit(_model, false);
                }
                else if (_screen == VisitorsScreen)
                {
                    _visitorsPage.DrawCue(_target, false);
                }
            }
        }

        private int ChooseScreen(DashboardModel model, ScreenStatus status)
        {
            if (status.Kind == ScreenKind.SetupNeeded) return (int)ScreenKind.SetupNeeded;
            if (model.HasData)
            {
                if (Page == ScreenPage.Map && _mapPage != null) return MapScreen;
                return Page == ScreenPage.Visitors && _visitorsPage != null ? VisitorsScreen : DashboardScreen;
            }

            return status.Kind == ScreenKind.Online ? WaitingScreen : (int)status.Kind;
        }

        private void ClearFor(int screen)
        {
            _layout.InvalidateAll();
            _accentDrawn = 0;
            if (screen == MapScreen || screen == VisitorsScreen)
            {
                ClearForPage(screen);
                return;
            }

            if (screen == DashboardScreen && (_screen == MapScreen || _screen == VisitorsScreen))
            {
                ClearForDashboardAfterPage();
                DrawRules();
                return;
            }

            if (!_screenBlank)
            {
                _target.FillRectangle(0, 0, _layout.Width, _layout.Height, Rgb565.Background);
            }

            _screenBlank = false;
            if (_layout.Strip != null)
            {
                _target.FillRectangle(_layout.Strip[0], _layout.Strip[1], _layout.Strip[2], _layout.Strip[3], Rgb565.Strip);
            }

            if (screen == DashboardScreen)
            {
                DrawRules();
            }
        }

        private void DrawRules()
        {
            int[] rules = _layout.Rules;
            for (int index = 0; index + 3 < rules.Length; index += 4)
            {
                _target.FillRectangle(rules[index], rules[index + 1], rules[index + 2], rules[index + 3], Rgb565.Rule);
            }
        }

        private void DrawDashboard(DashboardModel model, ChangedFields changes, ScreenStatus status, bool allowCue)
        {
            DashboardLayout layout = _layout;
            if (layout.CountLabel != null)
            {
                DrawText(layout.CountLabel, layout.CountLabelText);
            }

            for (int day = 0; day < DashboardLayout.Days; day++)
            {
                DrawText(layout.DayLabels[day], layout.DayLabelTexts[day]);
            }

            if ((changes & ChangedFields.TodayVisits) != 0)
            {
                DrawVisits(layout.Count, model.Today);
                DrawVisits(layout.DayVisits[0], model.Today);
            }

            if ((changes & ChangedFields.TodayTimeSpent) != 0) DrawTimeSpent(layout.DayTimes[0], model.Today);
            if ((changes & ChangedFields.YesterdayVisits) != 0) DrawVisits(layout.DayVisits[1], model.Yesterday);
            if ((changes & ChangedFields.YesterdayTimeSpent) != 0) DrawTimeSpent(layout.DayTimes[1], model.Yesterday);
            if ((changes & ChangedFields.DayBeforeVisits) != 0) DrawVisits(layout.DayVisits[2], model.DayBefore);
            if ((changes & ChangedFields.DayBeforeTimeSpent) != 0) DrawTimeSpent(layout.DayTimes[2], model.DayBefore);
            if ((changes & ChangedFields.LatestVisit) != 0) DrawLatestVisit(model, allowCue);
            DrawStatus(status);
        }

        private void DrawVisits(TextField field, DayTotals totals)
        {
            CharBuffer text = _text.Clear();
            if (totals.HasValue) text.AppendCount(totals.Visits);
            else text.Append('-');
            BitmapFont narrowest = field.LastResortFont ?? field.FallbackFont ?? field.Font;
            if (narrowest.MeasureWidth(text.Chars, 0, text.Length) > field.Width)
            {
                // Even the smallest face is too wide (millions in a narrow column): "1.2M", "235k".
                text.Clear().AppendAbbreviatedCount(totals.Visits);
            }

            field.Draw(_target, text.Chars, text.Length);
        }

        private void DrawTimeSpent(TextField field, DayTotals totals)
        {
            CharBuffer text = _text.Clear();
            if (totals.HasValue) text.AppendTimeSpent(totals.TimeSpentSeconds);
            else text.Append('-');
            Fit(field, text);
            field.Draw(_target, text.Chars, text.Length);
        }

        private void DrawLatestVisit(DashboardModel model, bool allowCue)
        {
            DashboardLayout layout = _layout;
            VisitEntry visit = model.LatestVisit;
            CharBuffer text = _text;
            if (visit == null)
            {
                text.Clear().Append("No visitors yet");
                Fit(layout.City, text);
                layout.City.Draw(_target, text.Chars, text.Length, Rgb565.Muted);
                layout.VisitMeta.Draw(_target, text.Chars, 0);
                return;
            }

            // City; a city the font cannot show (Москва, 東京) gives way to the country, then to plain words.
            int length = PlaceName(layout.City, visit.City);
            if (length <= 0) length = PlaceName(layout.City, visit.Country);
            if (length <= 0)
            {
                text.Clear().Append("Unknown place");
                length = text.Length;
            }

            CharBuffer meta = _meta.Clear();
            AppendUpper(meta, visit.CountryCode);
            if (visit.VisitHour >= 0)
            {
                if (meta.Length > 0) meta.Append(' ');
                meta.AppendClock(visit.VisitHour, visit.VisitMinute);
            }

            Fit(layout.VisitMeta, meta);

            // A visitor that differs from the one on screen gets the cue.
            if (allowCue && (!layout.City.Shows(text.Chars, length) || !layout.VisitMeta.Shows(meta.Chars, meta.Length)))
            {
                _cueRemainingMilliseconds = CueMilliseconds;
            }

            bool cue = _cueRemainingMilliseconds > 0;
            layout.City.Draw(_target, text.Chars, length, cue ? Rgb565.Accent : Rgb565.Text);
            layout.VisitMeta.Draw(_target, meta.Chars, meta.Length, cue ? Rgb565.Accent : Rgb565.Muted);
        }

        private int PlaceName(TextField field, string name)
        {
            if (name == null || name.Length == 0) return 0;
            int length = TextFitter.PrepareAndFit(field.Font, name, _text.Chars, field.Width);
            _text.Length = length < 0 ? 0 : length;
            return length;
        }

        private static void AppendUpper(CharBuffer text, string code)
        {
            for (int index = 0; index < code.Length; index++)
            {
                char character = code[index];
                text.Append(character >= 'a' && character <= 'z' ? (char)(character - 32) : character);
            }
        }

        private void DrawText(TextField field, string value)
        {
            CharBuffer text = _text.Clear().Append(value);
            field.Draw(_target, text.Chars, text.Length);
        }

        private static void Fit(TextField field, CharBuffer text)
        {
            text.Length = TextFitter.FitWithEllipsis(field.Font, text.Chars, text.Length, field.Width);
        }
    }
}
