using System.Collections.Generic;
using DeskStats.Display;
using DeskStats.Display.Fonts;
using DeskStats.Display.Layouts;
using DeskStats.Display.Rendering;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Tests.Core.Display.Layouts
{
    /// <summary>The words of the full-screen states: every title fits its layout whole, in the title face, with the real fonts.</summary>
    public class ScreenMessagesTests
    {
        private static readonly ScreenKind[] FullScreenKinds =
        {
            ScreenKind.Starting, ScreenKind.SetupNeeded, ScreenKind.JoiningWifi, ScreenKind.ConnectingRelay,
            ScreenKind.Rejected, ScreenKind.TlsFailed, ScreenKind.Unreachable, ScreenKind.Dropped,
        };

        /// <summary>Every board profile (not only one per layout) with every full-screen state, and "Waiting for data".</summary>
        public static IEnumerable<object[]> BoardsAndTitles()
        {
            foreach (BoardProfile profile in BoardProfiles.All)
            {
                foreach (ScreenKind kind in FullScreenKinds)
                {
                    yield return new object[] { profile.Id, kind, false };
                }

                yield return new object[] { profile.Id, ScreenKind.Online, true };
            }
        }

        [Theory]
        [MemberData(nameof(BoardsAndTitles))]
        public void Every_title_fits_its_layout_in_the_title_face_without_an_ellipsis(string board, ScreenKind kind, bool waitingForData)
        {
            DashboardLayout layout = LayoutOf(board);
            var text = new CharBuffer(64);

            ScreenMessages.AppendFittingTitle(text, DisplayScenes.Status(kind), waitingForData, layout.Title);

            Assert.Contains(Words(text), new[] { Title(kind, waitingForData, false), Title(kind, waitingForData, true) });
            Assert.InRange(layout.Title.Font.MeasureWidth(text.Chars, 0, text.Length), 1, layout.Title.Width);
            Assert.Equal(text.Length, TextFitter.FitWithEllipsis(layout.Title.Font, text.Chars, text.Length, layout.Title.Width));
        }

        [Theory]
        [MemberData(nameof(BoardsAndTitles))]
        public void The_renderer_draws_the_whole_fitting_title(string board, ScreenKind kind, bool waitingForData)
        {
            var (renderer, _) = DisplayScenes.Create(board);
            ScreenStatus status = DisplayScenes.Status(kind);
            var expected = new CharBuffer(64);
            ScreenMessages.AppendFittingTitle(expected, status, waitingForData, renderer.Layout.Title);

            renderer.Render(new DashboardModel(), ChangedFields.None, status);

            Assert.True(renderer.Layout.Title.Shows(expected.Chars, expected.Length), "title drawn as \"" + Words(expected) + "\" expected whole");
        }

        [Theory]
        [InlineData(ScreenKind.Rejected, "Device not accepted", "Not accepted")]
        [InlineData(ScreenKind.Unreachable, "Relay unreachable", "Unreachable")]
        [InlineData(ScreenKind.Starting, "DeskStats starting\u2026", "Starting\u2026")]
        [InlineData(ScreenKind.TlsFailed, "Secure link failed", "TLS failed")]
        [InlineData(ScreenKind.Dropped, "Relay link dropped", "Link dropped")]
        public void A_title_too_wide_for_the_field_gives_way_to_its_short_form(ScreenKind kind, string full, string brief)
        {
            BitmapFont font = DisplayScenes.Fonts().TextMedium;
            var wide = new TextField(0, 0, font.MeasureWidth(full), 30, TextAlignment.Left, 40) { Font = font };
            var narrow = new TextField(0, 0, font.MeasureWidth(full) - 1, 30, TextAlignment.Left, 40) { Font = font };
            var text = new CharBuffer(64);

            ScreenMessages.AppendFittingTitle(text, DisplayScenes.Status(kind), false, wide);
            Assert.Equal(full, Words(text));

            ScreenMessages.AppendFittingTitle(text.Clear(), DisplayScenes.Status(kind), false, narrow);
            Assert.Equal(brief, Words(text));
        }

        [Fact]
        public void A_title_that_fits_in_no_words_is_drawn_whole_in_the_smaller_face_not_cut()
        {
            DisplayFonts fonts = DisplayScenes.Fonts();
            var (renderer, _) = DisplayScenes.Create("esp32-st7789-240");
            TextField title = renderer.Layout.Title;
            const string brief = "Not accepted";
            const int width = 150;
            Assert.True(fonts.TextMedium.MeasureWidth(brief) > width && fonts.TextSmall.MeasureWidth(brief) <= width);
            renderer.Layout.Title = new TextField(title.X, title.Y, width, title.Height, TextAlignment.Left, 40)
            {
                Font = fonts.TextMedium,
                FallbackFont = fonts.TextSmall,
            };

            renderer.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Status(ScreenKind.Rejected));

            Assert.True(renderer.Layout.Title.Shows(brief.ToCharArray(), brief.Length));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Setup_needed_names_the_setting_its_problem_and_the_provisioning_tool(bool compact)
        {
            ScreenStatus status = DisplayScenes.Status(ScreenKind.SetupNeeded);
            var text = new CharBuffer(240);

            ScreenMessages.AppendBody(text, status, false, compact);

            string body = Words(text);
            Assert.Contains("\"relayUrl\"", body);
            Assert.Contains(status.SetupProblem, body);
            Assert.Contains("provisioning tool", body);
            Assert.DoesNotContain("deskstats.json", body);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Wifi_setup_needed_points_to_the_provisioning_tool_not_nanoff(bool compact)
        {
            ScreenStatus status = DisplayScenes.Status(ScreenKind.SetupNeeded);
            status.SetupSetting = "wifi";
            status.SetupProblem = "no network stored";
            var text = new CharBuffer(240);

            ScreenMessages.AppendBody(text, status, false, compact);

            Assert.Contains("provisioning tool", Words(text));
            Assert.DoesNotContain("nanoff", Words(text));
        }

        /// <summary>Every board with every full-screen state, "Waiting for data", and a dropped link for each reason.</summary>
        public static IEnumerable<object[]> BoardsAndBodies()
        {
            foreach (BoardProfile profile in BoardProfiles.All)
            {
                foreach (ScreenKind kind in FullScreenKinds)
                {
                    yield return new object[] { profile.Id, kind, false, LinkFailure.None, 0 };
                }

                yield return new object[] { profile.Id, ScreenKind.Online, true, LinkFailure.None, 0 };
                foreach (LinkFailure reason in new[] { LinkFailure.ProtocolError, LinkFailure.ConnectionReset, LinkFailure.UpgradeRefused, LinkFailure.PingTimeout, LinkFailure.LinkClosed })
                {
                    yield return new object[] { profile.Id, ScreenKind.Dropped, false, reason, 0 };
                }

                yield return new object[] { profile.Id, ScreenKind.Dropped, false, LinkFailure.ClosedByRelay, 4999 };
            }
        }

        [Theory]
        [MemberData(nameof(BoardsAndBodies))]
        public void Every_body_fits_its_box_whole(string board, ScreenKind kind, bool waitingForData, LinkFailure reason, int closeCode)
        {
            DashboardLayout layout = LayoutOf(board);
            ScreenStatus status = kind == ScreenKind.Dropped && reason != LinkFailure.None ? DisplayScenes.Dropped(reason, closeCode) : DisplayScenes.Status(kind);
            var text = new CharBuffer(240);

            ScreenMessages.AppendBody(text, status, waitingForData, layout.Compact);

            Assert.InRange(text.Length, 1, 239);
            Assert.InRange(layout.Body.CountLines(text.Chars, text.Length), 1, layout.Body.VisibleLines);
        }

        [Theory]
        [InlineData(LinkFailure.ProtocolError, 0, "protocol error")]
        [InlineData(LinkFailure.ConnectionReset, 0, "connection reset")]
        [InlineData(LinkFailure.ClosedByRelay, 1011, "closed, code 1011")]
        [InlineData(LinkFailure.UpgradeRefused, 0, "not as a WebSocket relay")]
        [InlineData(LinkFailure.PingTimeout, 0, "no answer to pings")]
        [InlineData(LinkFailure.LinkClosed, 0, "the link broke: closed.")]
        public void A_dropped_link_names_how_it_broke_on_every_layout(LinkFailure reason, int closeCode, string words)
        {
            var full = new CharBuffer(240);
            var compact = new CharBuffer(240);

            ScreenMessages.AppendBody(full, DisplayScenes.Dropped(reason, closeCode), false, false);
            ScreenMessages.AppendBody(compact, DisplayScenes.Dropped(reason, closeCode), false, true);

            Assert.Contains(words, Words(full));
            Assert.DoesNotContain("No answer", Words(full));
            Assert.Contains(words.TrimEnd('.'), Words(compact));
        }

        private static DashboardLayout LayoutOf(string board)
        {
            BoardProfile profile = BoardProfiles.Find(board);
            return DashboardLayout.For(profile.Width, profile.Height, DisplayScenes.Fonts());
        }

        private static string Words(CharBuffer text) => new string(text.Chars, 0, text.Length);

        private static string Title(ScreenKind kind, bool waitingForData, bool brief)
        {
            var text = new CharBuffer(64);
            ScreenMessages.AppendTitle(text, DisplayScenes.Status(kind), waitingForData, brief);
            return Words(text);
        }
    }
}
