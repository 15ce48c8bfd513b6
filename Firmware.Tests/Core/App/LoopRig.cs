using System;
using System.Collections.Generic;
using System.Text;
using DeskStats.App;
using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Maps;
using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Settings;
using DeskStats.Tests.Core.Display;

namespace DeskStats.Tests.Core.App
{
    /// <summary>A clock the test moves by hand: monotonic milliseconds and a UTC time that moves with them.</summary>
    internal sealed class FakeClock : IClock
    {
        public FakeClock(DateTime utcAtZero)
        {
            UtcAtZero = utcAtZero;
        }

        public DateTime UtcAtZero { get; }

        public long NowMilliseconds { get; set; }

        public DateTime UtcNow => UtcAtZero.AddMilliseconds(NowMilliseconds);
    }

    /// <summary>
    /// The relay link as a script (a test double of our own interface): records what the loop asks, and lets the
    /// test report into the inbox what a real link would, for the attempt the loop opened.
    /// </summary>
    internal sealed class ScriptedLink : IRelayLink
    {
        private readonly LinkInbox _inbox;

        public ScriptedLink(LinkInbox inbox)
        {
            _inbox = inbox;
        }

        public List<string> Calls { get; } = new List<string>();

        public List<long> OpenTimes { get; } = new List<long>();

        public FakeClock Clock { get; set; }

        public int Attempt { get; private set; }

        public bool ThrowOnOpen { get; set; }

        /// <summary>Answers every open at once with this (null: the test answers by hand).</summary>
        public Action<ScriptedLink> OnOpen { get; set; }

        public int Count(string call) => Calls.FindAll(entry => entry == call).Count;

        public void Open(int attempt)
        {
            if (ThrowOnOpen)
            {
                throw new InvalidOperationException("scripted fault");
            }

            Attempt = attempt;
            Calls.Add("Open");
            OpenTimes.Add(Clock == null ? 0 : Clock.NowMilliseconds);
            OnOpen?.Invoke(this);
        }

        public void Close() => Calls.Add("Close");

        public void CheckAlive() => Calls.Add("CheckAlive");

        public void Opened() => _inbox.Opened(Attempt);

        public void Fail(ConnectFailure failure) => _inbox.ConnectFailed(Attempt, failure, "scripted");

        public void Closed(int code) => _inbox.Closed(Attempt, ConnectionSupervisor.DropReasonOf(code), code, "scripted");

        public void ClosedCodeUnknown() => _inbox.Closed(Attempt, LinkFailure.LinkClosed, 0, "scripted");

        /// <summary>The link broke for <paramref name="reason"/> (ProtocolError, ConnectionReset, PingTimeout) without a close frame.</summary>
        public void Broke(LinkFailure reason) => _inbox.Closed(Attempt, reason, 0, "scripted");

        public void Send(byte[] message) => _inbox.Message(Attempt, message, message.Length);

        public void Alive() => _inbox.Alive(Attempt);
    }

    /// <summary>Wi-Fi and SNTP that answer at once (as the host's OS does), or not at all when told.</summary>
    internal sealed class ScriptedNetwork : INetwork
    {
        private readonly LinkInbox _inbox;

        public ScriptedNetwork(LinkInbox inbox)
        {
            _inbox = inbox;
        }

        public bool Answer { get; set; } = true;

        public int Joins { get; private set; }

        public void JoinWifi()
        {
            Joins++;
            if (Answer) _inbox.WifiJoined();
        }

        public void SyncClock()
        {
            if (Answer) _inbox.ClockSet();
        }
    }

    internal sealed class CountingPower : IPowerControl
    {
        public int Reboots { get; private set; }

        public void Reboot() => Reboots++;
    }

    internal sealed class ListLog : IDebugLog
    {
        public List<string> Lines { get; } = new List<string>();

        public void Line(string text) => Lines.Add(text);
    }

    internal sealed class FixedHealth : IHealthProbe
    {
        public int Free { get; set; } = 54321;

        public int Measurements { get; private set; }

        public int WifiSignalDbm { get; set; } = -61;

        public bool Throw { get; set; }

        public int FreeMemoryBytes()
        {
            if (Throw) throw new InvalidOperationException("scripted health fault");
            Measurements++;
            return Free;
        }
    }

    /// <summary>The real renderer on the decoding bus, with every call the loop makes recorded.</summary>
    internal sealed class WatchedScreen : IDashboardScreen
    {
        private readonly DashboardRenderer _renderer;

        public WatchedScreen(string board = "cyd")
        {
            Board = board;
            (DashboardRenderer renderer, DecodingDisplayBus bus) = DisplayScenes.Create(board);
            renderer.UseMap(MapFiles.ForWidth(DashboardRenderer.MapWidthFor(renderer.Layout.Width, renderer.Layout.Height)));
            _renderer = renderer;
            Bus = bus;
        }

        public string Board { get; }

        public DecodingDisplayBus Bus { get; }

        public List<ChangedFields> Renders { get; } = new List<ChangedFields>();

        public List<int> Brightness { get; } = new List<int>();

        public List<bool> RenderedOffline { get; } = new List<bool>();

        public List<int> RenderedMinutes { get; } = new List<int>();

        public long TickedMilliseconds { get; private set; }

        public bool ThrowOnRender { get; set; }

        public void Render(DashboardModel model, ChangedFields changes, ScreenStatus status)
        {
            if (ThrowOnRender) throw new InvalidOperationException("scripted display fault");
            Renders.Add(changes);
            RenderedOffline.Add(status.Offline);
            RenderedMinutes.Add(status.LocalNow.Hour * 60 + status.LocalNow.Minute);
            _renderer.Render(model, changes, status);
        }

        /// <summary>The pages the loop turned to, in order.</summary>
        public List<ScreenPage> PagesShown { get; } = new List<ScreenPage>();

        public ScreenPage Page
        {
            get => _renderer.Page;
            set
            {
                PagesShown.Add(value);
                _renderer.Page = value;
            }
        }

        public ScreenPage PageAt(int index) => _renderer.PageAt(index);

        public void Tick(int elapsedMilliseconds)
        {
            TickedMilliseconds += elapsedMilliseconds;
            _renderer.Tick(elapsedMilliseconds);
        }

        public void SetBrightness(int percent)
        {
            Brightness.Add(percent);
            _renderer.SetBrightness(percent);
        }

        /// <summary>True when what the loop left on the panel equals a fresh renderer's drawing of the same model and status in one go.</summary>
        public bool ShowsFreshDrawingOf(DashboardModel model, ScreenStatus status)
        {
            (DashboardRenderer fresh, DecodingDisplayBus freshBus) = DisplayScenes.Create(Board);
            fresh.UseMap(MapFiles.ForWidth(DashboardRenderer.MapWidthFor(fresh.Layout.Width, fresh.Layout.Height)));
            fresh.Page = _renderer.Page;
            fresh.Render(model, ChangedFields.All, status);
            return Bus.Snapshot().Pixels.AsSpan().SequenceEqual(freshBus.Snapshot().Pixels);
        }
    }

    /// <summary>The main loop wired to scripted adapters and a fake clock; passes run by hand, no threads, no sleeps.</summary>
    internal sealed class LoopRig
    {
        /// <summary>Noon UTC; with the rig's offset of 60 minutes the local time at zero is 13:00.</summary>
        public static readonly DateTime Noon = new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

        public LoopRig(RelaySettings settings = null, DateTime? utcAtZero = null, bool withScreen = true, LinkTimings timings = null, bool withLink = true, PageTurner pages = null)
        {
            Pages = pages;
            Settings = settings ?? DefaultSettings();
            Clock = new FakeClock(utcAtZero ?? Noon);
            Inbox = new LinkInbox();
            Link = new ScriptedLink(Inbox) { Clock = Clock };
            Network = new ScriptedNetwork(Inbox);
            Screen = withScreen ? new WatchedScreen() : null;
            Timings = timings ?? new LinkTimings { JitterPercent = 0 };
            Loop = new MainLoop(new MainLoopParts
            {
                Settings = Settings,
                Model = Model,
                Status = Status,
                Inbox = Inbox,
                Link = withLink ? Link : null,
                Network = Network,
                Clock = Clock,
                Health = Health,
                Screen = Screen,
                Pages = pages,
                Power = Power,
                Log = Log,
                Timings = Timings,
                RandomSeed = 7
            });
        }

        public RelaySettings Settings { get; }
        public FakeClock Clock { get; }
        public LinkInbox Inbox { get; }
        public ScriptedLink Link { get; }
        public ScriptedNetwork Network { get; }
        public WatchedScreen Screen { get; }
        public PageTurner Pages { get; }
        public LinkTimings Timings { get; }
        public DashboardModel Model { get; } = new DashboardModel();
        public ScreenStatus Status { get; } = new ScreenStatus();
        public FixedHealth Health { get; } = new FixedHealth();
        public CountingPower Power { get; } = new CountingPower();
        public ListLog Log { get; } = new ListLog();
        public MainLoop Loop { get; }

        public static RelaySettings DefaultSettings(string extra = "")
        {
            byte[] data = Encoding.UTF8.GetBytes("{\"version\":1,\"relayUrl\":\"wss://relay.example/\",\"token\":\"t0k3n-value\",\"utcOffsetMinutes\":60,\"brightness\":80" + extra + "}");
            var settings = new RelaySettings();
            SettingsProblem problem = RelaySettingsParser.Parse(data, data.Length, settings);
            Assert.True(problem.IsNone, problem.Kind + " " + problem.Setting);
            return settings;
        }

        /// <summary>Starts the loop and runs its first pass.</summary>
        public LoopRig Start(string setupSetting = "", string setupProblem = "")
        {
            Loop.Start(setupSetting, setupProblem);
            Pass();
            return this;
        }

        /// <summary>Starts, lets the link open and runs a pass: online, no data yet.</summary>
        public LoopRig StartOnline()
        {
            Start();
            Link.Opened();
            Pass();
            Assert.Equal(ScreenKind.Online, Status.Kind);
            return this;
        }

        public bool Pass() => Loop.RunOnce();

        /// <summary>Moves the clock on in passes of 100 ms (the device's loop period), running each.</summary>
        public void Advance(long milliseconds, int stepMilliseconds = 100)
        {
            long end = Clock.NowMilliseconds + milliseconds;
            while (Clock.NowMilliseconds < end)
            {
                Clock.NowMilliseconds = Math.Min(end, Clock.NowMilliseconds + stepMilliseconds);
                Pass();
            }
        }

        /// <summary>A press of the page button held <paramref name="heldMilliseconds"/>, released now (the pass that follows sees it).</summary>
        public void PressButton(int heldMilliseconds = 100)
        {
            Pages.OnButton(true, Clock.NowMilliseconds - heldMilliseconds);
            Pages.OnButton(false, Clock.NowMilliseconds);
        }

        /// <summary>Sends one message and runs a pass.</summary>
        public void Deliver(byte[] message)
        {
            Link.Send(message);
            Pass();
        }

        /// <summary>A relay message: the three daily totals and one latest visit.</summary>
        public static byte[] Message(int today, int yesterday = 987, int dayBefore = 1002, string city = "Tokyo", string visitTime = "2026-11-22 09:03:14")
        {
            string json = "{\"visits_live\":[{\"latitude\":35.6895,\"longitude\":139.6917,\"city\":\"" + city + "\",\"countryCode\":\"jp\",\"country\":\"Japan\","
                + "\"actions\":\"3\",\"lastActionDateTime\":\"" + visitTime + "\"}],\"summary\":{\"today\":{\"visits\":" + today
                + ",\"time_spent\":\"01:02:03\"},\"yesterday\":{\"visits\":" + yesterday + ",\"time_spent\":\"08:00:01\"},\"day_before\":{\"visits\":" + dayBefore
                + ",\"time_spent\":\"09:10:11\"}}}";
            return Encoding.UTF8.GetBytes(json);
        }
    }
}
