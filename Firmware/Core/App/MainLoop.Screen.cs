using System;
using DeskStats.Display;
using DeskStats.Model;

namespace DeskStats.App
{
    public sealed partial class MainLoop
    {
        // What the screen was last drawn with: a redraw is due when a message changed a field or any of these moved.
        private int _drawnKind;
        private int _drawnRetry;
        private bool _drawnOffline;
        private int _drawnRejected;
        private int _drawnReconnects;
        private int _drawnFailure;
        private int _drawnCloseCode;
        private bool _drawnAwaitingData;
        private bool _drawnClockValid;
        private int _drawnMinute;
        private int _brightness;
        private int _renderCount;
        private int _drawFaultCount;
        // What a drawing that threw did not finish, and when to try again (a fault that repeats, such as memory running
        // short, is retried once a second instead of on every pass).
        private ChangedFields _undrawnChanges;
        private long _drawRetryAt;

        /// <summary>Wait after a drawing that threw before the screen is drawn again, milliseconds.</summary>
        public const int DrawRetryMilliseconds = 1000;

        /// <summary>Times the screen was brought up to date since start (a pass with nothing new draws nothing).</summary>
        public int RenderCount => _renderCount;

        /// <summary>Drawings that threw since start (each logged and carried on from: after <see cref="DrawRetryMilliseconds"/> the screen is drawn again with what the failed drawing did not finish).</summary>
        public int DrawFaultCount => _drawFaultCount;

        /// <summary>The backlight last set, 0 to 100 percent, or -1 before the first pass.</summary>
        public int Brightness => _brightness;

        private void ResetDrawn()
        {
            _drawnKind = -1;
            _drawnRetry = -2;
            _drawnOffline = false;
            _drawnRejected = -1;
            _drawnReconnects = -1;
            _drawnFailure = -1;
            _drawnCloseCode = -1;
            _drawnAwaitingData = false;
            _drawnClockValid = false;
            _drawnMinute = -1;
            _brightness = -1;
        }

        private void Draw(ChangedFields changes, int elapsedMilliseconds, long now)
        {
            if (_screen == null)
            {
                return;
            }

            // After a fault: what the failed drawing had to draw is drawn again with whatever came since (the status it did
            // not show is redrawn too: its drawn marks were not set), once the wait is over.
            changes |= _undrawnChanges;
            if (now < _drawRetryAt)
            {
                _undrawnChanges = changes;
                return;
            }

            try
            {
                FollowNightDimming();
                DateTime local = _status.LocalNow;
                int minute = local.Hour * 60 + local.Minute;
                bool pageTurned = _pages != null && _pages.Step(now);
                if (pageTurned)
                {
                    _screen.Page = _screen.PageAt(_pages.Page);
                }

                bool statusChanged = pageTurned || (int)_status.Kind != _drawnKind || _status.RetryInSeconds != _drawnRetry || _status.Offline != _drawnOffline
                    || _status.RejectedMessages != _drawnRejected || _status.Reconnects != _drawnReconnects || (int)_status.LastFailure != _drawnFailure
                    || _status.LastCloseCode != _drawnCloseCode || _status.AwaitingFirstMessage != _drawnAwaitingData
                    || _status.ClockValid != _drawnClockValid || minute != _drawnMinute;
                if (changes != ChangedFields.None || statusChanged)
                {
                    _screen.Render(_model, changes, _status);
                    _renderCount++;
                    _drawnKind = (int)_status.Kind;
                    _drawnRetry = _status.RetryInSeconds;
                    _drawnOffline = _status.Offline;
                    _drawnRejected = _status.RejectedMessages;
                    _drawnReconnects = _status.Reconnects;
                    _drawnFailure = (int)_status.LastFailure;
                    _drawnCloseCode = _status.LastCloseCode;
                    _drawnAwaitingData = _status.AwaitingFirstMessage;
                    _drawnClockValid = _status.ClockValid;
                    _drawnMinute = minute;
                }

                _screen.Tick(elapsedMilliseconds);
                _undrawnChanges = ChangedFields.None;
            }
            catch (Exception exception)
            {
                // A drawing fault must not stop the link: the same changes are drawn again a second later.
                _drawFaultCount++;
                _undrawnChanges = changes;
                _drawRetryAt = now + DrawRetryMilliseconds;
                Log("display: " + exception.GetType().Name);
            }
        }

        private void FollowNightDimming()
        {
            int percent = _settings.Brightness;
            if (_status.ClockValid)
            {
                DateTime local = _status.LocalNow;
                percent = _settings.BrightnessAt(local.Hour * 60 + local.Minute);
            }

            if (percent != _brightness)
            {
                _brightness = percent;
                _screen.SetBrightness(percent);
            }
        }
    }
}
