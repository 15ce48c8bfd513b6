using System;
using DeskStats.Display.Controllers;
using DeskStats.Display.Fonts;
using DeskStats.Display.Layouts;
using DeskStats.Display.Rendering;
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
    public sealed class DashboardRenderer : IDashboardScreen
    {
        /// <summary>How long the new-visitor cue stays up, in milliseconds.</summary>
        public const int CueMilliseconds = 2000;

        private const int NoScreen = -1;
        private const int DashboardScreen = 100;
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

        /// <summary>Creates the renderer for <paramref name="profile"/>'s panel on <paramref name="bus"/>, drawing with <paramref name="fonts"/>.</summary>
        public DashboardRenderer(BoardProfile profile, IDisplayBus bus, DisplayFonts fonts)
        {
            if (profile == null || bus == null || fonts == null) throw new ArgumentNullException();
            _panel = new DisplayPanel(profile, bus);
            _target = new RenderTarget(_panel, fonts.MaxBitmapLength, RenderTarget.DefaultBandBytes);
            _layout = DashboardLayout.For(profile.Width, profile.Height, fonts);
        }

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
            }
        }

        private static int ChooseScreen(DashboardModel model, ScreenStatus status)
        {
            if (status.Kind == ScreenKind.SetupNeeded) return (int)ScreenKind.SetupNeeded;
            if (model.HasData) return DashboardScreen;
            return status.Kind == ScreenKind.Online ? WaitingScreen : (int)status.Kind;
        }

        private void ClearFor(int screen)
        {
            _layout.InvalidateAll();
            _accentDrawn = 0;
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
                int[] rules = _layout.Rules;
                for (int index = 0; index + 3 < rules.Length; index += 4)
                {
                    _target.FillRectangle(rules[index], rules[index + 1], rules[index + 2], rules[index + 3], Rgb565.Rule);
                }
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

        private void DrawStatus(ScreenStatus status)
        {
            DashboardLayout layout = _layout;
            CharBuffer text = _text;
            ushort color;
            bool online = status.Kind == ScreenKind.Online && !status.Offline;

            if (layout.Compact)
            {
                text.Clear();
                // One symbol and a time: ● live (time of the last change), ⚠ insecure link, ✗ offline since.
                if (online)
                {
                    color = status.InsecureLink ? Rgb565.Warning : Rgb565.Good;
                    text.Append(status.InsecureLink ? "\u26A0 " : "\u25CF ");
                    if (status.HasLastChange) text.AppendClock(status.LastChangeLocal.Hour, status.LastChangeLocal.Minute);
                    else text.Append(status.InsecureLink ? "ws://" : "live");
                }
                else if (status.Kind == ScreenKind.Rejected)
                {
                    color = Rgb565.Error;
                    text.Append("\u2717 token");
                }
                else if (status.Kind == ScreenKind.TlsFailed)
                {
                    color = Rgb565.Error;
                    text.Append("\u2717 TLS");
                }
                else
                {
                    color = Rgb565.Warning;
                    text.Append("\u2717 ");
                    text.AppendClock(status.OfflineSinceLocal.Hour, status.OfflineSinceLocal.Minute);
                }

                Fit(layout.State, text);
                layout.State.Draw(_target, text.Chars, text.Length, color);

                // ⚠ before the clock: rejected relay messages, or an insecure link (always marked).
                bool warn = status.RejectedMessages > 0 || status.InsecureLink;
                text.Clear();
                if (warn) text.Append("\u26A0");
                if (status.ClockValid) text.AppendClock(status.LocalNow.Hour, status.LocalNow.Minute);
                layout.Clock.Draw(_target, text.Chars, text.Length, warn ? Rgb565.Warning : Rgb565.Text);
                return;
            }

            // Top right: how fresh the numbers are.
            text.Clear();
            color = Rgb565.Muted;
            if (!online && status.Offline)
            {
                color = Rgb565.Warning;
                text.Append("offline since ").AppendClock(status.OfflineSinceLocal.Hour, status.OfflineSinceLocal.Minute);
            }
            else if (status.HasLastChange)
            {
                text.Append("updated ").AppendClock(status.LastChangeLocal.Hour, status.LastChangeLocal.Minute);
            }

            Fit(layout.Updated, text);
            layout.Updated.Draw(_target, text.Chars, text.Length, color);

            // Bottom left: the link, in the longest words that fit whole.
            if (online)
            {
                color = status.InsecureLink ? Rgb565.Warning : Rgb565.Good;
                text.Clear().Append(status.InsecureLink ? "\u25CF Online, insecure ws://" : "\u25CF Online");
                if (status.InsecureLink && TooWide(layout.State, text)) text.Clear().Append("\u25CF Online, ws://");
                _insecureMarkedByWarning = false;
            }
            else
            {
                // The insecure link stays marked while offline too: as "ws://" in the strip, or where even the
                // briefest words leave no room for it, as the ⚠ beside the clock.
                _insecureMarkedByWarning = false;
                for (int wording = ProblemFull; wording <= ProblemBriefest; wording++)
                {
                    text.Clear().Append("\u25CF ");
                    if (status.InsecureLink) text.Append("ws:// ");
                    AppendProblem(text, status, wording, out color);
                    if (!TooWide(layout.State, text)) break;
                }

                if (status.InsecureLink && TooWide(layout.State, text) && layout.Rejected != null)
                {
                    text.Clear().Append("\u25CF ");
                    AppendProblem(text, status, ProblemBriefest, out color);
                    _insecureMarkedByWarning = true;
                }
            }

            Fit(layout.State, text);
            layout.State.Draw(_target, text.Chars, text.Length, color);
            DrawRejectedAndClock(status);
        }

        private static bool TooWide(TextField field, CharBuffer text) => field.Font.MeasureWidth(text.Chars, 0, text.Length) > field.Width;

        private void DrawRejectedAndClock(ScreenStatus status)
        {
            CharBuffer text = _text;
            if (_layout.Rejected != null)
            {
                text.Clear();
                if (status.RejectedMessages > 0)
                {
                    text.Append("\u26A0").AppendNumber(status.RejectedMessages > 99 ? 99 : status.RejectedMessages);
                }
                else if (_insecureMarkedByWarning && status.InsecureLink)
                {
                    text.Append('\u26A0');
                }

                _layout.Rejected.Draw(_target, text.Chars, text.Length);
            }

            text.Clear();
            if (status.ClockValid) text.AppendClock(status.LocalNow.Hour, status.LocalNow.Minute);
            TextField clock = _screen == DashboardScreen ? _layout.Clock : _layout.ScreenClock;
            clock.Draw(_target, text.Chars, text.Length);
        }

        // Wordings of the link problem in the status strip, longest first.
        private const int ProblemFull = 0;
        private const int ProblemBrief = 1;
        private const int ProblemBriefest = 2;

        private static void AppendProblem(CharBuffer text, ScreenStatus status, int wording, out ushort color)
        {
            color = Rgb565.Warning;
            switch (status.Kind)
            {
                case ScreenKind.Rejected:
                    color = Rgb565.Error;
                    text.Append(wording == ProblemFull ? "Relay rejected the token" : wording == ProblemBrief ? "Token rejected" : "Bad token");
                    return;
                case ScreenKind.TlsFailed:
                    color = Rgb565.Error;
                    text.Append(wording == ProblemFull ? "TLS failed: check CA, clock" : wording == ProblemBrief ? "TLS: check CA, clock" : "TLS failed");
                    return;
                case ScreenKind.JoiningWifi:
                    text.Append(wording == ProblemFull ? "Offline: joining Wi-Fi" : "Joining Wi-Fi");
                    return;
                case ScreenKind.ConnectingRelay:
                    text.Append(wording == ProblemFull ? "Offline: connecting" : "Connecting");
                    return;
                case ScreenKind.Unreachable:
                    if (status.RetryInSeconds < 0)
                    {
                        text.Append(wording == ProblemBriefest ? "Unreachable" : "Relay unreachable");
                        return;
                    }

                    text.Append(wording == ProblemFull ? "Unreachable, retry in " : "Retry in ").AppendNumber(status.RetryInSeconds).Append(" s");
                    return;
                default:
                    text.Append("Offline");
                    return;
            }
        }

        private void DrawFullScreen(ScreenStatus status)
        {
            DashboardLayout layout = _layout;
            CharBuffer text = _text;
            ushort accent = ScreenMessages.Accent(status.Kind, _screen == WaitingScreen);
            if (accent != _accentDrawn)
            {
                _target.FillRectangle(0, 0, layout.Width, layout.AccentBarHeight, accent);
                _accentDrawn = accent;
            }

            // The title is read from across the room: shorter words before a smaller face, never cut unless nothing fits.
            TextField title = layout.Title;
            text.Clear();
            ScreenMessages.AppendFittingTitle(text, status, _screen == WaitingScreen, title);
            text.Length = TextFitter.FitWithEllipsis(title.FallbackFont ?? title.Font, text.Chars, text.Length, title.Width);
            title.Draw(_target, text.Chars, text.Length, accent == Rgb565.Muted ? Rgb565.Text : accent);

            text.Clear();
            ScreenMessages.AppendBody(text, status, _screen == WaitingScreen, layout.Compact);
            layout.Body.Draw(_target, text.Chars, text.Length, Rgb565.Text);

            text.Clear();
            ScreenMessages.AppendDetail(text, status);
            Fit(layout.Detail, text);
            layout.Detail.Draw(_target, text.Chars, text.Length);

            if (!layout.Compact)
            {
                text.Clear().Append("DeskStats");
                if (status.InsecureLink) text.Append(" \u00B7 ws:// not encrypted");
                if (status.InsecureLink && TooWide(layout.State, text)) text.Clear().Append("Insecure ws://");
                Fit(layout.State, text);
                layout.State.Draw(_target, text.Chars, text.Length, status.InsecureLink ? Rgb565.Warning : Rgb565.Muted);
            }

            _insecureMarkedByWarning = false;
            DrawRejectedAndClock(status);
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
