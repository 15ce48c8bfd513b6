namespace DeskStats.Display
{
    /// <summary>
    /// Which page is up, from button presses and the clock: a short press (at least <see cref="DebounceMilliseconds"/>,
    /// less than <see cref="LongPressMilliseconds"/>) turns to the next page; a long press and contact bounce are ignored.
    /// With <c>pageSeconds</c> above 0 the pages also turn by themselves. After a page change by hand, a minute without
    /// presses brings the dashboard back. The device feeds it from the BOOT button's edge events (no polling) and, with
    /// the <c>touch</c> setting, from the touch panel's taps (<see cref="OnTap"/>, judged by the same
    /// <see cref="IsShortPress"/>); all times are a monotonic millisecond clock, so tests drive it with a fake one.
    /// </summary>
    public sealed class PageTurner
    {
        /// <summary>A press shorter than this is contact bounce, in milliseconds.</summary>
        public const int DebounceMilliseconds = 30;

        /// <summary>A press this long or longer is ignored (held by accident, or meant for something else), in milliseconds.</summary>
        public const int LongPressMilliseconds = 1000;

        /// <summary>After a page change by hand, the dashboard comes back after this long without presses, in milliseconds.</summary>
        public const int ReturnToDashboardMilliseconds = 60000;

        private readonly object _lock = new object();
        private readonly int _pageCount;
        private readonly long _autoTurnMilliseconds;
        private int _page;
        private bool _pressed;
        private long _pressedAt;
        private bool _turnedByHand;
        private long _lastManualTurnAt;
        private long _pageShownAt;
        private bool _changed;

        /// <summary>
        /// Turns through <paramref name="pageCount"/> pages (1 or more); <paramref name="pageSeconds"/> 0 turns only by
        /// hand, above 0 turns every that many seconds.
        /// </summary>
        public PageTurner(int pageCount, int pageSeconds)
        {
            _pageCount = pageCount < 1 ? 1 : pageCount;
            _autoTurnMilliseconds = pageSeconds > 0 ? pageSeconds * 1000L : 0;
        }

        /// <summary>The page up now, 0 (the dashboard) to the page count - 1.</summary>
        public int Page
        {
            get
            {
                lock (_lock)
                {
                    return _page;
                }
            }
        }

        /// <summary>Reports the button's state after an edge (true = pressed); safe to call from an interrupt thread.</summary>
        public void OnButton(bool pressed, long nowMilliseconds)
        {
            lock (_lock)
            {
                if (pressed)
                {
                    _pressed = true;
                    _pressedAt = nowMilliseconds;
                    return;
                }

                if (!_pressed)
                {
                    return;
                }

                _pressed = false;
                if (IsShortPress(nowMilliseconds - _pressedAt))
                {
                    TurnByHand(nowMilliseconds);
                }
            }
        }

        /// <summary>
        /// True when a press held for <paramref name="heldMilliseconds"/> turns the page: at least
        /// <see cref="DebounceMilliseconds"/> and less than <see cref="LongPressMilliseconds"/>. The one rule for every
        /// input that turns pages (the BOOT button here, the touch panel's tap detector).
        /// </summary>
        public static bool IsShortPress(long heldMilliseconds)
        {
            return heldMilliseconds >= DebounceMilliseconds && heldMilliseconds < LongPressMilliseconds;
        }

        /// <summary>
        /// Turns to the next page as a short press does, for an input that judged the press itself with
        /// <see cref="IsShortPress"/> (a tap on the touch panel); safe to call from another thread.
        /// </summary>
        public void OnTap(long nowMilliseconds)
        {
            lock (_lock)
            {
                TurnByHand(nowMilliseconds);
            }
        }

        /// <summary>Shows <paramref name="page"/> as if the pages had turned to it by themselves (a start-up choice, not a press).</summary>
        public void Select(int page, long nowMilliseconds)
        {
            lock (_lock)
            {
                Show(page < 0 || page >= _pageCount ? 0 : page, nowMilliseconds);
                _turnedByHand = false;
            }
        }

        /// <summary>
        /// Advances the clock: the automatic turn and the return to the dashboard. Returns true when the page changed
        /// since the last call (by a press or by time): the caller then redraws.
        /// </summary>
        public bool Step(long nowMilliseconds)
        {
            lock (_lock)
            {
                if (_turnedByHand)
                {
                    if (nowMilliseconds - _lastManualTurnAt >= ReturnToDashboardMilliseconds)
                    {
                        _turnedByHand = false;
                        if (_page != 0)
                        {
                            Show(0, nowMilliseconds);
                        }
                        else
                        {
                            _pageShownAt = nowMilliseconds;
                        }
                    }
                }
                else if (_autoTurnMilliseconds > 0 && _pageCount > 1 && nowMilliseconds - _pageShownAt >= _autoTurnMilliseconds)
                {
                    Show((_page + 1) % _pageCount, nowMilliseconds);
                }

                bool changed = _changed;
                _changed = false;
                return changed;
            }
        }

        private void TurnByHand(long nowMilliseconds)
        {
            if (_pageCount < 2)
            {
                return;
            }

            Show((_page + 1) % _pageCount, nowMilliseconds);
            _turnedByHand = true;
            _lastManualTurnAt = nowMilliseconds;
        }

        private void Show(int page, long nowMilliseconds)
        {
            _changed |= page != _page;
            _page = page;
            _pageShownAt = nowMilliseconds;
        }
    }
}
