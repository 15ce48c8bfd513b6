using System;
using DeskStats.Display;
using DeskStats.Display.Rendering;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Stage
{
    /// <summary>What the render part needs from its runtime: fonts, and a second bus to compare pictures on (host only).</summary>
    public interface IStageScreens
    {
        /// <summary>The four display faces (nanoCLR: read from the app's resources through the ResourceManager).</summary>
        DisplayFonts Fonts { get; }

        /// <summary>A bus that receives the same bytes as the hash (host: the decoding bus), or null.</summary>
        IDisplayBus CreateInnerBus(BoardProfile profile);

        /// <summary>Called at each golden scene with the inner bus (host: compares its picture with the golden PNG).</summary>
        void Checkpoint(string scene, IDisplayBus innerBus);

        /// <summary>
        /// Called at each checkpoint of the soak with the inner bus and the state the loop drew (host: compares the panel
        /// with a fresh renderer's drawing of <paramref name="model"/>, <paramref name="status"/> and <paramref name="page"/>,
        /// unless the new-visitor cue is up, which a fresh drawing would not show).
        /// </summary>
        void LoopCheckpoint(string name, IDisplayBus innerBus, DashboardModel model, ScreenStatus status, ScreenPage page, bool cueActive);

        /// <summary>A new land mask of the map <paramref name="width"/> pixels wide (nanoCLR: read from the resources).</summary>
        DeskStats.Display.Maps.LandMask Map(int width);
    }

    /// <summary>
    /// The dashboard renderer over every golden scene of every board (the scenes of DashboardRendererGoldenTests), plus
    /// the same scenes on the boards without golden images: at each scene, the hash and count of every byte sent to the
    /// controller since power-on. The host proves its bytes draw the golden PNG; nanoCLR must send the same bytes.
    /// </summary>
    public static class RenderPart
    {
        private static readonly ScreenKind[] StateKinds =
        {
            ScreenKind.Starting, ScreenKind.SetupNeeded, ScreenKind.JoiningWifi, ScreenKind.ConnectingRelay,
            ScreenKind.Rejected, ScreenKind.TlsFailed, ScreenKind.Unreachable, ScreenKind.Dropped, ScreenKind.Online,
        };

        private static readonly string[] StateNames =
        {
            "starting", "setupneeded", "joiningwifi", "connectingrelay", "rejected", "tlsfailed", "unreachable", "dropped", "online",
        };

        // How a dropped link broke, each with its own explanation on screen (the reset is the plain "dropped" state).
        private static readonly LinkFailure[] DropReasons = { LinkFailure.ProtocolError, LinkFailure.ClosedByRelay, LinkFailure.UpgradeRefused };

        private static readonly int[] DropCloseCodes = { 0, 1011, 0 };

        private static readonly string[] DropNames = { "protocol-error", "closed-1011", "upgrade-refused" };

        /// <summary>Renders every scene on every board of <see cref="BoardProfiles.All"/>.</summary>
        public static void Run(IStageScreens screens, IStageLog log, StageHeapMeter heap)
        {
            // One renderer at a time, as on the device: nanoCLR keeps every local of a method alive to its end, so one
            // reused local (cleared before the next scene is built) keeps the heap to one renderer's worth.
            Scene scene = null;
            BoardProfile[] boards = BoardProfiles.All;
            for (int boardIndex = 0; boardIndex < boards.Length; boardIndex++)
            {
                BoardProfile board = boards[boardIndex];
                for (int kindIndex = 0; kindIndex < StateKinds.Length; kindIndex++)
                {
                    scene = null;
                    scene = Scene.Create(board, screens);
                    scene.Renderer.Render(new DashboardModel(), ChangedFields.None, GoldenScenes.Status(StateKinds[kindIndex]));
                    scene.Check("state-" + StateNames[kindIndex], log);
                }

                scene = null;
                scene = Scene.Create(board, screens);
                ScreenStatus wifiStatus = GoldenScenes.Status(ScreenKind.SetupNeeded);
                wifiStatus.SetupSetting = "wifi";
                wifiStatus.SetupProblem = "no network stored";
                scene.Renderer.Render(new DashboardModel(), ChangedFields.None, wifiStatus);
                scene.Check("state-setupneeded-wifi", log);

                for (int reasonIndex = 0; reasonIndex < DropReasons.Length; reasonIndex++)
                {
                    scene = null;
                    scene = Scene.Create(board, screens);
                    scene.Renderer.Render(new DashboardModel(), ChangedFields.None, GoldenScenes.Dropped(DropReasons[reasonIndex], DropCloseCodes[reasonIndex]));
                    scene.Check("state-dropped-" + DropNames[reasonIndex], log);
                }

                scene = null;
                scene = Scene.Create(board, screens);
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.All, GoldenScenes.Online());
                scene.Check("data", log);
                heap.Sample();

                scene = null;
                scene = Scene.Create(board, screens);
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.All, GoldenScenes.Online());
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.None, GoldenScenes.OfflineSince(ScreenKind.Unreachable, 9, 4));
                scene.Check("data-offline", log);

                scene = null;
                scene = Scene.Create(board, screens);
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.All, GoldenScenes.Online());
                scene.Renderer.Render(GoldenScenes.Model(1235, "São Paulo", "br", "Brazil", 9, 4), ChangedFields.TodayVisits | ChangedFields.LatestVisit, GoldenScenes.Online());
                scene.Check("data-new-visitor", log);
                scene.Renderer.Tick(DashboardRenderer.CueMilliseconds);
                scene.Check("data-new-visitor-cue-over", log);

                scene = null;
                scene = Scene.Create(board, screens);
                ScreenStatus warningStatus = GoldenScenes.Online();
                warningStatus.InsecureLink = true;
                warningStatus.RejectedMessages = 3;
                DashboardModel warningModel = GoldenScenes.Model(1234567, "Llanfairpwllgwyngyll-gogerychwyrndrobwll", "gb", "United Kingdom", 9, 3);
                scene.Renderer.Render(warningModel, ChangedFields.All, warningStatus);
                scene.Check("data-warnings", log);
                scene.Renderer.Tick(DashboardRenderer.CueMilliseconds);
                GoldenScenes.SetLatest(warningModel, "Москва", "ru", "Russia", 9, 4);
                scene.Renderer.Render(warningModel, ChangedFields.LatestVisit, warningStatus);
                scene.Renderer.Tick(DashboardRenderer.CueMilliseconds);
                scene.Check("data-undrawable-city", log);

                scene = null;
                scene = Scene.Create(board, screens);
                ScreenStatus insecureStatus = GoldenScenes.OfflineSince(ScreenKind.Rejected, 9, 4);
                insecureStatus.InsecureLink = true;
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.All, insecureStatus);
                scene.Check("data-offline-insecure", log);

                scene = null;
                scene = Scene.Create(board, screens);
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.All, GoldenScenes.Online());
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.None, GoldenScenes.OfflineSince(ScreenKind.Dropped, 9, 4));
                scene.Check("data-offline-dropped", log);

                // Today's count going up one by one: the update the gadget makes most.
                scene = null;
                scene = Scene.Create(board, screens);
                scene.Renderer.Render(GoldenScenes.Model(1234, "Kraków", "pl", "Poland", 9, 3), ChangedFields.All, GoldenScenes.Online());
                long before = scene.Bus.DataBytes;
                for (int step = 1; step <= 10; step++)
                {
                    scene.Renderer.Render(GoldenScenes.Model(1234 + step, "Kraków", "pl", "Poland", 9, 3), ChangedFields.TodayVisits, GoldenScenes.Online());
                }

                scene.Check("data-count-plus-ten", log);
                log.Line(board.Id + " count+1 average-bytes=" + ((scene.Bus.DataBytes - before) / 10));
                heap.Sample();

                // The map page through the renderer, with the dashboard's status strip.
                scene = null;
                scene = Scene.Create(board, screens);
                scene.Renderer.UseMap(screens.Map(DashboardRenderer.MapWidthFor(board.Width, board.Height)));
                scene.Renderer.Page = ScreenPage.Map;
                scene.Renderer.Render(MapPart.Model(1234, 0), ChangedFields.All, GoldenScenes.Online());
                scene.Check("page-map", log);

                // The visitors page through the renderer: five visits, a new one (the list shifts, the cue bar), none, offline.
                scene = null;
                scene = VisitorsScene(board, screens);
                scene.Renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.All, GoldenScenes.Online());
                scene.Check("page-visitors", log);
                before = scene.Bus.DataBytes;
                scene.Renderer.Render(GoldenScenes.Visitors(1235, 1), ChangedFields.TodayVisits | ChangedFields.LatestVisit | ChangedFields.RecentVisits, GoldenScenes.Online());
                log.Line(board.Id + " visitors new-visit bytes=" + (scene.Bus.DataBytes - before));
                scene.Check("page-visitors-new-visit", log);

                scene = null;
                scene = VisitorsScene(board, screens);
                DashboardModel empty = GoldenScenes.Visitors(1234, 0);
                empty.RecentVisitCount = 0;
                scene.Renderer.Render(empty, ChangedFields.All, GoldenScenes.Online());
                scene.Check("page-visitors-empty", log);

                scene = null;
                scene = VisitorsScene(board, screens);
                ScreenStatus offline = GoldenScenes.OfflineSince(ScreenKind.Unreachable, 9, 4);
                offline.RejectedMessages = 2;
                scene.Renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.All, GoldenScenes.Online());
                scene.Renderer.Render(GoldenScenes.Visitors(1234, 0), ChangedFields.None, offline);
                scene.Check("page-visitors-offline", log);
                heap.Sample();
            }

            heap.Report("render", log);
        }

        private static Scene VisitorsScene(BoardProfile board, IStageScreens screens)
        {
            Scene scene = Scene.Create(board, screens);
            scene.Renderer.UseVisitors();
            scene.Renderer.Page = ScreenPage.Visitors;
            return scene;
        }

        private sealed class Scene
        {
            private IStageScreens _screens;
            private IDisplayBus _inner;
            private string _boardId;

            public DashboardRenderer Renderer;
            public HashingDisplayBus Bus;

            public static Scene Create(BoardProfile board, IStageScreens screens)
            {
                var scene = new Scene();
                scene._screens = screens;
                scene._boardId = board.Id;
                scene._inner = screens.CreateInnerBus(board);
                scene.Bus = new HashingDisplayBus(scene._inner);
                scene.Renderer = new DashboardRenderer(board, scene.Bus, screens.Fonts);
                scene.Renderer.Initialize();
                scene.Renderer.SetBrightness(100);
                return scene;
            }

            public void Check(string name, IStageLog log)
            {
                string scene = _boardId + "-" + name;
                log.Line("scene " + scene + " bytes=" + Bus.Hash.Count + " hash=" + Bus.Hash.Hex());
                _screens.Checkpoint(scene, _inner);
            }
        }
    }
}
