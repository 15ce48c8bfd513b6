using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Layouts;
using DeskStats.Display.Maps;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Maps;
using DeskStats.Model;

namespace DeskStats.Tests.Core.Display.Maps
{
    /// <summary>Map pages on the decoding bus and models with located visits, for the map tests.</summary>
    internal sealed class MapScenes
    {
        // (city, country code, country, latitude, longitude in hundredths of a degree), newest first.
        public static readonly object[][] Visits =
        {
            new object[] { "São Paulo", "br", "Brazil", -2355, -4663 },
            new object[] { "Tokyo", "jp", "Japan", 3569, 13969 },
            new object[] { "London", "gb", "United Kingdom", 5151, -13 },
            new object[] { "Sydney", "au", "Australia", -3387, 15121 },
            new object[] { "New York", "us", "United States", 4071, -7401 },
        };

        public static readonly object[] NewVisit = { "Kraków", "pl", "Poland", 5006, 1994 };

        public DecodingDisplayBus Bus;
        public RenderTarget Target;
        public MapPage Page;
        public DashboardLayout Dashboard;

        /// <summary>A cleared panel of <paramref name="boardId"/> with its map page, nothing drawn yet.</summary>
        public static MapScenes Create(string boardId)
        {
            BoardProfile profile = BoardProfiles.Find(boardId);
            var scene = new MapScenes { Bus = new DecodingDisplayBus(profile) };
            var panel = new DisplayPanel(profile, scene.Bus);
            panel.Initialize();
            DisplayFonts fonts = DisplayScenes.Fonts();
            scene.Target = new RenderTarget(panel, fonts.MaxBitmapLength, RenderTarget.DefaultBandBytes);
            scene.Target.FillRectangle(0, 0, profile.Width, profile.Height, Rgb565.Background);
            MapLayout layout = MapLayout.For(profile.Width, profile.Height, fonts);
            scene.Page = new MapPage(layout, MapFiles.ForWidth(layout.MapWidth));
            scene.Page.Invalidate();
            scene.Dashboard = DashboardLayout.For(profile.Width, profile.Height, fonts);
            return scene;
        }

        /// <summary>The demo model with the five <see cref="Visits"/>.</summary>
        public static DashboardModel Model(int today = 1234)
        {
            DashboardModel model = DisplayScenes.Model(today);
            model.RecentVisitCount = Visits.Length;
            for (int index = 0; index < Visits.Length; index++)
            {
                SetVisit(model.GetRecentVisit(index), Visits[index], 9, 3 - index);
            }

            return model;
        }

        /// <summary>The model after <see cref="NewVisit"/> arrived: the list shifts, New York drops off, the count grows.</summary>
        public static DashboardModel ModelAfterNewVisit()
        {
            DashboardModel model = Model(1235);
            for (int index = Visits.Length - 1; index > 0; index--)
            {
                SetVisit(model.GetRecentVisit(index), Visits[index - 1], 9, 4 - index);
            }

            SetVisit(model.GetRecentVisit(0), NewVisit, 9, 4);
            return model;
        }

        public static void SetVisit(VisitEntry visit, object[] place, int hour, int minute)
        {
            visit.City = (string)place[0];
            visit.CountryCode = (string)place[1];
            visit.Country = (string)place[2];
            visit.HasLocation = true;
            visit.LatitudeCentidegrees = (int)place[3];
            visit.LongitudeCentidegrees = (int)place[4];
            visit.VisitHour = hour;
            visit.VisitMinute = minute;
            visit.LastActionDateTime = "2026-11-22 " + hour.ToString("00") + ":" + minute.ToString("00") + ":00";
        }

        /// <summary>Draws everything.</summary>
        public void DrawAll(DashboardModel model) => Page.Draw(Target, model, ChangedFields.All);
    }
}
