using System;
using DeskStats.Display.Rendering;
using DeskStats.Model;

namespace DeskStats.Display.Maps
{
    /// <summary>
    /// The world map of the map page with a dot at each recent visit, the newest marked by a ring in the accent
    /// colour. No frame buffer: the map is composed band by band from the land mask's rows, the dots drawn over it.
    /// It remembers the dots it shows; an update marks the cells of the grid (<see cref="DirtyCells"/>) that a dot
    /// which appeared, vanished or changed its mark touches, and recomposes only those cells (map and dots, in order).
    /// </summary>
    public sealed class MapField
    {
        /// <summary>Most dots: one per visit of <see cref="DashboardModel.MaxRecentVisits"/>.</summary>
        public const int MaxDots = DashboardModel.MaxRecentVisits;

        private const int NoDot = -1;

        private readonly LandMask _mask;
        private readonly byte[] _runs;
        private readonly DirtyCells _dirty;
        private readonly int[] _shownX = new int[MaxDots];
        private readonly int[] _shownY = new int[MaxDots];
        private readonly int[] _nextX = new int[MaxDots];
        private readonly int[] _nextY = new int[MaxDots];
        private bool _drawn;

        /// <summary>A map of <paramref name="mask"/>'s size with its top-left corner at screen (<paramref name="left"/>, <paramref name="top"/>).</summary>
        public MapField(LandMask mask, int left, int top, int dotRadius, int markerRadius)
        {
            if (mask == null) throw new ArgumentNullException("mask");
            _mask = mask;
            _runs = new byte[mask.LongestRowBytes];
            Left = left;
            Top = top;
            DotRadius = dotRadius;
            MarkerRadius = markerRadius;
            _dirty = new DirtyCells(mask.Width, mask.Height, DirtyCells.CellSizeFor(mask.Width));
            for (int index = 0; index < MaxDots; index++)
            {
                _shownX[index] = NoDot;
                _nextX[index] = NoDot;
            }
        }

        /// <summary>Left edge on screen, pixels.</summary>
        public int Left { get; }

        /// <summary>Top edge on screen.</summary>
        public int Top { get; }

        /// <summary>Map width in pixels (the mask's).</summary>
        public int Width => _mask.Width;

        /// <summary>Map height in pixels.</summary>
        public int Height => _mask.Height;

        /// <summary>Radius of an older visit's dot, pixels.</summary>
        public int DotRadius { get; }

        /// <summary>Outer radius of the newest visit's ring, pixels: a 2-pixel ring, a 1-pixel gap, and a dot of radius MarkerRadius - 3 in the middle.</summary>
        public int MarkerRadius { get; }

        /// <summary>The land mask drawn.</summary>
        public LandMask Mask => _mask;

        /// <summary>The dirty-cell grid (empty between updates).</summary>
        public DirtyCells Cells => _dirty;

        /// <summary>Screen column of dot <paramref name="index"/> (0 = newest) as shown, or -1 when that visit has no dot.</summary>
        public int ShownX(int index) => _shownX[index] < 0 ? NoDot : Left + _shownX[index];

        /// <summary>Screen row of dot <paramref name="index"/> as shown (meaningful when <see cref="ShownX"/> is not -1).</summary>
        public int ShownY(int index) => Top + _shownY[index];

        /// <summary>The screen under the map was cleared: the next <see cref="Update"/> draws the whole map.</summary>
        public void Invalidate()
        {
            _drawn = false;
            _dirty.Clear();
        }

        /// <summary>
        /// Brings the map up to <paramref name="model"/>'s recent visits. The first call after <see cref="Invalidate"/>
        /// draws the whole map; later calls recompose only the cells touched by dots that changed. Returns how many
        /// cells were recomposed (the whole map counts as all of them).
        /// </summary>
        public int Update(RenderTarget target, DashboardModel model)
        {
            int count = model.RecentVisitCount;
            for (int index = 0; index < MaxDots; index++)
            {
                VisitEntry visit = index < count ? model.GetRecentVisit(index) : null;
                if (visit == null || !visit.HasLocation)
                {
                    _nextX[index] = NoDot;
                    _nextY[index] = 0;
                    continue;
                }

                _nextX[index] = _mask.ToX(visit.LongitudeCentidegrees);
                _nextY[index] = _mask.ToY(visit.LatitudeCentidegrees);
            }

            int cells;
            if (!_drawn)
            {
                _dirty.Clear();
                CopyNextToShown();
                Compose(target, 0, 0, _mask.Width, _mask.Height);
                _drawn = true;
                return _dirty.Columns * _dirty.Rows;
            }

            // A dot that is in both lists with the same mark (the list shifted by one) stays; the others dirty their cells.
            for (int index = 0; index < MaxDots; index++)
            {
                if (_shownX[index] != NoDot && !Contains(_nextX, _nextY, _shownX[index], _shownY[index], index == 0))
                {
                    MarkDot(_shownX[index], _shownY[index], index == 0);
                }

                if (_nextX[index] != NoDot && !Contains(_shownX, _shownY, _nextX[index], _nextY[index], index == 0))
                {
                    MarkDot(_nextX[index], _nextY[index], index == 0);
                }
            }

            CopyNextToShown();
            cells = _dirty.Count;
            int x, y, width, height;
            while (_dirty.TakeRectangle(out x, out y, out width, out height))
            {
                Compose(target, x, y, width, height);
            }

            return cells;
        }

        private static bool Contains(int[] xs, int[] ys, int x, int y, bool marker)
        {
            if (marker) return xs[0] == x && ys[0] == y;
            for (int index = 1; index < MaxDots; index++)
            {
                if (xs[index] == x && ys[index] == y) return true;
            }

            return false;
        }

        private void MarkDot(int x, int y, bool marker)
        {
            int radius = marker ? MarkerRadius : DotRadius;
            _dirty.Mark(x - radius, y - radius, radius * 2 + 1, radius * 2 + 1);
        }

        private void CopyNextToShown()
        {
            for (int index = 0; index < MaxDots; index++)
            {
                _shownX[index] = _nextX[index];
                _shownY[index] = _nextY[index];
            }
        }

        // Map rectangle (x, y, width, height): the sea, the land runs of each row, then the dots oldest first, band by band.
        private void Compose(RenderTarget target, int x, int y, int width, int height)
        {
            BandCanvas canvas = target.Canvas;
            int rows = canvas.MaxRows(width);
            for (int bandTop = y; bandTop < y + height; bandTop += rows)
            {
                int bandHeight = y + height - bandTop < rows ? y + height - bandTop : rows;
                canvas.Begin(Left + x, Top + bandTop, width, bandHeight, Rgb565.Background);
                for (int row = bandTop; row < bandTop + bandHeight; row++)
                {
                    DrawLandRow(canvas, row, x, x + width);
                }

                for (int index = MaxDots - 1; index >= 0; index--)
                {
                    if (_shownX[index] == NoDot) continue;
                    int centerX = Left + _shownX[index];
                    int centerY = Top + _shownY[index];
                    if (index == 0)
                    {
                        canvas.FillRing(centerX, centerY, MarkerRadius - 2, MarkerRadius, Rgb565.Accent);
                        canvas.FillRing(centerX, centerY, -1, MarkerRadius - 3, Rgb565.Accent);
                    }
                    else
                    {
                        canvas.FillRing(centerX, centerY, -1, DotRadius, Rgb565.Count);
                    }
                }

                canvas.Flush(target.Panel);
            }
        }

        // Land runs of map row `row` between map columns `from` (inclusive) and `to` (exclusive), one fill per run.
        private void DrawLandRow(BandCanvas canvas, int row, int from, int to)
        {
            int count = _mask.ReadRow(row, _runs);
            int column = 0;
            for (int index = 0; index < count && column < to; index++)
            {
                int end = column + _runs[index];
                if ((index & 1) == 1 && end > from)
                {
                    int start = column > from ? column : from;
                    int stop = end < to ? end : to;
                    canvas.FillRectangle(Left + start, Top + row, stop - start, 1, Rgb565.Land);
                }

                column = end;
            }
        }
    }
}
