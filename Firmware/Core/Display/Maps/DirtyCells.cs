using System;

namespace DeskStats.Display.Maps
{
    /// <summary>
    /// Which square cells of a map need redrawing: a grid of at most 32 columns (one bit each in an int per cell
    /// row). Marking a rectangle sets every cell it touches; <see cref="TakeRectangle"/> hands the dirty cells back
    /// as rectangles (a run of cells in a row, extended down while the rows below hold the same run) and clears them.
    /// </summary>
    public sealed class DirtyCells
    {
        /// <summary>Most columns of cells.</summary>
        public const int MaxColumns = 32;

        private readonly int[] _rows;

        /// <summary>A grid of <paramref name="cellSize"/>-pixel cells over a <paramref name="width"/> x <paramref name="height"/> map (width / cellSize at most 32).</summary>
        public DirtyCells(int width, int height, int cellSize)
        {
            if (width < 1 || height < 1 || cellSize < 1 || (width + cellSize - 1) / cellSize > MaxColumns)
            {
                throw new ArgumentOutOfRangeException();
            }

            Width = width;
            Height = height;
            CellSize = cellSize;
            Columns = (width + cellSize - 1) / cellSize;
            _rows = new int[(height + cellSize - 1) / cellSize];
        }

        /// <summary>The smallest cell size that keeps a <paramref name="width"/>-pixel map within 32 columns.</summary>
        public static int CellSizeFor(int width) => (width + MaxColumns - 1) / MaxColumns;

        /// <summary>Map width in pixels.</summary>
        public int Width { get; }

        /// <summary>Map height in pixels.</summary>
        public int Height { get; }

        /// <summary>Cell edge in pixels.</summary>
        public int CellSize { get; }

        /// <summary>Cells across.</summary>
        public int Columns { get; }

        /// <summary>Cells down.</summary>
        public int Rows => _rows.Length;

        /// <summary>How many cells are dirty.</summary>
        public int Count
        {
            get
            {
                int count = 0;
                for (int row = 0; row < _rows.Length; row++)
                {
                    for (int bits = _rows[row]; bits != 0; bits &= bits - 1) count++;
                }

                return count;
            }
        }

        /// <summary>True when cell (<paramref name="column"/>, <paramref name="row"/>) is dirty.</summary>
        public bool IsDirty(int column, int row) => (_rows[row] & (1 << column)) != 0;

        /// <summary>Marks every cell that map rectangle (<paramref name="x"/>, <paramref name="y"/>, <paramref name="width"/>, <paramref name="height"/>) touches; the part outside the map is ignored.</summary>
        public void Mark(int x, int y, int width, int height)
        {
            int left = x < 0 ? 0 : x;
            int top = y < 0 ? 0 : y;
            int right = x + width > Width ? Width : x + width;
            int bottom = y + height > Height ? Height : y + height;
            if (right <= left || bottom <= top) return;
            int firstColumn = left / CellSize;
            int lastColumn = (right - 1) / CellSize;
            int bits = (int)((uint)0xFFFFFFFF >> (MaxColumns - 1 - lastColumn + firstColumn)) << firstColumn;
            for (int row = top / CellSize; row <= (bottom - 1) / CellSize; row++)
            {
                _rows[row] |= bits;
            }
        }

        /// <summary>Forgets every dirty cell.</summary>
        public void Clear()
        {
            for (int row = 0; row < _rows.Length; row++) _rows[row] = 0;
        }

        /// <summary>
        /// Takes the next dirty rectangle (map pixels, clipped to the map) and clears its cells; false when none is left.
        /// Top to bottom, left to right: the first run of dirty cells in the first dirty row, as tall as the rows
        /// below repeat it.
        /// </summary>
        public bool TakeRectangle(out int x, out int y, out int width, out int height)
        {
            for (int row = 0; row < _rows.Length; row++)
            {
                int bits = _rows[row];
                if (bits == 0) continue;
                int first = 0;
                while ((bits & (1 << first)) == 0) first++;
                int end = first;
                while (end < MaxColumns && (bits & (1 << end)) != 0) end++;
                int run = (int)((uint)0xFFFFFFFF >> (MaxColumns - end + first)) << first;
                int last = row;
                while (last + 1 < _rows.Length && (_rows[last + 1] & run) == run) last++;
                for (int taken = row; taken <= last; taken++) _rows[taken] &= ~run;
                x = first * CellSize;
                y = row * CellSize;
                width = (end * CellSize > Width ? Width : end * CellSize) - x;
                height = ((last + 1) * CellSize > Height ? Height : (last + 1) * CellSize) - y;
                return true;
            }

            x = y = width = height = 0;
            return false;
        }
    }
}
