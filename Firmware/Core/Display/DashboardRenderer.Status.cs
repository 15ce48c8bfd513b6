using DeskStats.Display.Fonts;
using DeskStats.Display.Layouts;
using DeskStats.Display.Rendering;
using DeskStats.Link;

namespace DeskStats.Display
{
    /// <summary>The renderer's status parts: the status strip (or the compact corner) and the full-screen link states.</summary>
    public sealed partial class DashboardRenderer
    {
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
                case ScreenKind.Dropped:
                    if (status.RetryInSeconds < 0 || wording == ProblemBriefest)
                    {
                        text.Append(wording == ProblemFull ? "Relay link dropped" : wording == ProblemBrief ? "Link dropped" : "Dropped");
                        return;
                    }

                    text.Append(wording == ProblemFull ? "Link dropped, retry in " : "Dropped, retry in ").AppendNumber(status.RetryInSeconds).Append(" s");
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
    }
}
