using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Display
{
    /// <summary>
    /// The screen as the main loop drives it: <see cref="DashboardRenderer"/> on the device; a presenter that also
    /// writes a picture in the simulator. Called on the loop's thread only.
    /// </summary>
    public interface IDashboardScreen
    {
        /// <summary>
        /// Brings the screen up to date: <paramref name="changes"/> names the model fields that changed since the
        /// last call; differences in <paramref name="status"/> are found by comparing with what is on screen.
        /// </summary>
        void Render(DashboardModel model, ChangedFields changes, ScreenStatus status);

        /// <summary>Advances time-driven parts of the screen (the new-visitor cue) by <paramref name="elapsedMilliseconds"/> (0 or more).</summary>
        void Tick(int elapsedMilliseconds);

        /// <summary>The page drawn from the next <see cref="Render"/> on (the dashboard until set).</summary>
        ScreenPage Page { get; set; }

        /// <summary>The page a <see cref="PageTurner"/>'s page number <paramref name="index"/> means on this screen (0 is the dashboard).</summary>
        ScreenPage PageAt(int index);

        /// <summary>Sets the backlight, 0 (off) to 100 percent.</summary>
        void SetBrightness(int percent);
    }
}
