using DeskStats.Display;

namespace DeskStats.Touch
{
    /// <summary>
    /// Turns the contact samples of the touch panel's polls into taps. A touch starts with the first sample in contact
    /// and ends once contact has been missing for <see cref="ReleaseMilliseconds"/> (a resistive panel loses contact for
    /// a moment while a finger rolls); the touch is a tap when its length, first contact to the first sample without it,
    /// passes <see cref="PageTurner.IsShortPress"/>: the BOOT button's rule, so bounce and long presses are ignored the
    /// same way. Times are a monotonic millisecond clock (tests use a fake one). Used from one thread.
    /// </summary>
    public sealed class TouchTapDetector
    {
        /// <summary>Contact missing this long ends a touch, in milliseconds (two polls).</summary>
        public const int ReleaseMilliseconds = 2 * PollMilliseconds;

        /// <summary>
        /// How often the device polls the panel while a touch is under way, in milliseconds. A tap then needs contact
        /// in at least two polls to last <see cref="PageTurner.DebounceMilliseconds"/>; a finger tap lasts about 100 ms.
        /// </summary>
        public const int PollMilliseconds = 20;

        private bool _touching;
        private long _touchedAt;
        private bool _contactLost;
        private long _contactLostAt;

        /// <summary>True from the first sample in contact until the touch ends: the device keeps polling meanwhile.</summary>
        public bool Touching => _touching;

        /// <summary>
        /// Takes one poll's result (<paramref name="contact"/> true = a finger on the panel) at
        /// <paramref name="nowMilliseconds"/>. Returns true when this sample ends a touch that was a tap.
        /// </summary>
        public bool Sample(bool contact, long nowMilliseconds)
        {
            if (contact)
            {
                if (!_touching)
                {
                    _touching = true;
                    _touchedAt = nowMilliseconds;
                }

                _contactLost = false;
                return false;
            }

            if (!_touching)
            {
                return false;
            }

            if (!_contactLost)
            {
                _contactLost = true;
                _contactLostAt = nowMilliseconds;
            }

            if (nowMilliseconds - _contactLostAt < ReleaseMilliseconds)
            {
                return false;
            }

            _touching = false;
            _contactLost = false;
            return PageTurner.IsShortPress(_contactLostAt - _touchedAt);
        }
    }
}
