using System.Collections.Generic;
using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Tests.Core.Display
{
    /// <summary>Every layout in every screen state, compared with the committed golden PNG files.</summary>
    public class DashboardRendererGoldenTests
    {
        public static IEnumerable<object[]> LayoutsAndKinds()
        {
            foreach (string board in DisplayScenes.LayoutBoards)
            {
                foreach (ScreenKind kind in new[] { ScreenKind.Starting, ScreenKind.SetupNeeded, ScreenKind.JoiningWifi, ScreenKind.ConnectingRelay, ScreenKind.Rejected, ScreenKind.TlsFailed, ScreenKind.Unreachable, ScreenKind.Dropped, ScreenKind.Online })
                {
                    yield return new object[] { board, kind };
                }
            }
        }

        public static IEnumerable<object[]> Layouts()
        {
            foreach (string board in DisplayScenes.LayoutBoards)
            {
                yield return new object[] { board };
            }
        }

        [Theory]
        [MemberData(nameof(LayoutsAndKinds))]
        public void A_full_screen_state_without_data_matches_its_golden_image(string board, ScreenKind kind)
        {
            var (renderer, bus) = DisplayScenes.Create(board);

            renderer.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Status(kind));

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-state-" + kind.ToString().ToLowerInvariant());
        }

        public static IEnumerable<object[]> LayoutsAndDropReasons()
        {
            foreach (string board in DisplayScenes.LayoutBoards)
            {
                yield return new object[] { board, LinkFailure.ProtocolError, 0, "protocol-error" };
                yield return new object[] { board, LinkFailure.ClosedByRelay, 1011, "closed-1011" };
                yield return new object[] { board, LinkFailure.UpgradeRefused, 0, "upgrade-refused" };
            }
        }

        [Theory]
        [MemberData(nameof(LayoutsAndDropReasons))]
        public void A_dropped_link_says_how_it_broke(string board, LinkFailure reason, int closeCode, string name)
        {
            var (renderer, bus) = DisplayScenes.Create(board);

            renderer.Render(new DashboardModel(), ChangedFields.None, DisplayScenes.Dropped(reason, closeCode));

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-state-dropped-" + name);
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void The_dashboard_keeps_the_data_while_the_link_keeps_dropping(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            renderer.Render(DisplayScenes.Model(), ChangedFields.All, DisplayScenes.Online());

            renderer.Render(DisplayScenes.Model(), ChangedFields.None, DisplayScenes.OfflineSince(ScreenKind.Dropped, 9, 4));

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data-offline-dropped");
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Wifi_setup_needed_names_the_tool_to_use(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            ScreenStatus status = DisplayScenes.Status(ScreenKind.SetupNeeded);
            status.SetupSetting = "wifi";
            status.SetupProblem = "no network stored";

            renderer.Render(new DashboardModel(), ChangedFields.None, status);

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-state-setupneeded-wifi");
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void The_dashboard_with_data_matches_its_golden_image(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);

            renderer.Render(DisplayScenes.Model(), ChangedFields.All, DisplayScenes.Online());

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data");
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void The_dashboard_offline_keeps_the_data_and_says_since_when(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            renderer.Render(DisplayScenes.Model(), ChangedFields.All, DisplayScenes.Online());

            renderer.Render(DisplayScenes.Model(), ChangedFields.None, DisplayScenes.OfflineSince(ScreenKind.Unreachable, 9, 4));

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data-offline");
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void A_new_visitor_shows_the_cue_until_it_times_out(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            renderer.Render(DisplayScenes.Model(), ChangedFields.All, DisplayScenes.Online());
            DashboardModel next = DisplayScenes.Model(today: 1235, city: "São Paulo", code: "br", country: "Brazil", hour: 9, minute: 4);

            renderer.Render(next, ChangedFields.TodayVisits | ChangedFields.LatestVisit, DisplayScenes.Online());

            Assert.True(renderer.CueActive);
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data-new-visitor");
            renderer.Tick(DashboardRenderer.CueMilliseconds);
            Assert.False(renderer.CueActive);
            Assert.Equal(FreshPicture(board, next, DisplayScenes.Online()).Pixels, bus.Snapshot().Pixels);
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Warnings_insecure_link_rejected_messages_long_and_undrawable_cities(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            ScreenStatus status = DisplayScenes.Online();
            status.InsecureLink = true;
            status.RejectedMessages = 3;
            DashboardModel model = DisplayScenes.Model(today: 1234567, city: "Llanfairpwllgwyngyll-gogerychwyrndrobwll", code: "gb", country: "United Kingdom");
            renderer.Render(model, ChangedFields.All, status);
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data-warnings");

            renderer.Tick(DashboardRenderer.CueMilliseconds);
            DisplayScenes.SetLatest(model, "Москва", "ru", "Russia", 9, 4);
            renderer.Render(model, ChangedFields.LatestVisit, status);
            renderer.Tick(DashboardRenderer.CueMilliseconds);
            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data-undrawable-city");
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void An_insecure_link_stays_marked_while_offline(string board)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            ScreenStatus status = DisplayScenes.OfflineSince(ScreenKind.Rejected, 9, 4);
            status.InsecureLink = true;

            renderer.Render(DisplayScenes.Model(), ChangedFields.All, status);

            GoldenImages.AssertMatches(bus.Snapshot(), board + "-data-offline-insecure");
        }

        internal static HostImage FreshPicture(string board, DashboardModel model, ScreenStatus status)
        {
            var (renderer, bus) = DisplayScenes.Create(board);
            renderer.Render(model, ChangedFields.All, status);
            return bus.Snapshot();
        }
    }
}
