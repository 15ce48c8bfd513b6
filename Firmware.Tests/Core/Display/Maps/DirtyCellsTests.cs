using System;
using DeskStats.Display.Maps;

namespace DeskStats.Tests.Core.Display.Maps
{
    public class DirtyCellsTests
    {
        [Fact]
        public void Cells_keep_every_map_within_32_columns()
        {
            Assert.Equal(10, DirtyCells.CellSizeFor(320));
            Assert.Equal(8, DirtyCells.CellSizeFor(240));
            var cells = new DirtyCells(320, 119, 10);
            Assert.Equal(32, cells.Columns);
            Assert.Equal(12, cells.Rows);
            Assert.Throws<ArgumentOutOfRangeException>(() => new DirtyCells(330, 10, 10));
        }

        [Fact]
        public void A_rectangle_marks_exactly_the_cells_it_touches()
        {
            var cells = new DirtyCells(320, 119, 10);
            cells.Mark(19, 5, 13, 13);                     // x 19..31, y 5..17: columns 1..3, rows 0..1
            Assert.Equal(6, cells.Count);
            Assert.True(cells.IsDirty(1, 0));
            Assert.True(cells.IsDirty(3, 1));
            Assert.False(cells.IsDirty(0, 0));
            Assert.False(cells.IsDirty(4, 1));
            Assert.False(cells.IsDirty(1, 2));
        }

        [Fact]
        public void Marks_outside_the_map_are_clipped_or_ignored()
        {
            var cells = new DirtyCells(320, 119, 10);
            cells.Mark(-6, -6, 13, 13);
            Assert.Equal(1, cells.Count);
            cells.Mark(314, 113, 13, 13);
            Assert.Equal(2, cells.Count);
            Assert.True(cells.IsDirty(31, 11));
            cells.Mark(400, 10, 5, 5);
            cells.Mark(10, -20, 5, 5);
            Assert.Equal(2, cells.Count);
        }

        [Fact]
        public void Rectangles_come_back_as_runs_extended_down_and_clipped_to_the_map()
        {
            var cells = new DirtyCells(320, 119, 10);
            cells.Mark(19, 5, 13, 13);       // columns 1..3, rows 0..1: one rectangle
            cells.Mark(310, 112, 10, 7);     // last column, last (9-pixel) row
            Assert.True(cells.TakeRectangle(out int x, out int y, out int width, out int height));
            Assert.Equal((10, 0, 30, 20), (x, y, width, height));
            Assert.True(cells.TakeRectangle(out x, out y, out width, out height));
            Assert.Equal((310, 110, 10, 9), (x, y, width, height));
            Assert.False(cells.TakeRectangle(out _, out _, out _, out _));
            Assert.Equal(0, cells.Count);
        }

        [Fact]
        public void Two_touching_marks_of_different_widths_split_into_separate_rectangles()
        {
            var cells = new DirtyCells(240, 89, 8);
            cells.Mark(0, 0, 16, 8);         // columns 0..1, row 0
            cells.Mark(0, 8, 24, 8);         // columns 0..2, row 1
            Assert.True(cells.TakeRectangle(out int x, out int y, out int width, out int height));
            Assert.Equal((0, 0, 16, 16), (x, y, width, height));   // the run of row 0 goes on into row 1
            Assert.True(cells.TakeRectangle(out x, out y, out width, out height));
            Assert.Equal((16, 8, 8, 8), (x, y, width, height));
            Assert.False(cells.TakeRectangle(out _, out _, out _, out _));
        }

        [Fact]
        public void All_32_columns_at_once_are_one_rectangle()
        {
            var cells = new DirtyCells(320, 119, 10);
            cells.Mark(0, 0, 320, 119);
            Assert.Equal(32 * 12, cells.Count);
            Assert.True(cells.TakeRectangle(out int x, out int y, out int width, out int height));
            Assert.Equal((0, 0, 320, 119), (x, y, width, height));
            Assert.False(cells.TakeRectangle(out _, out _, out _, out _));
        }
    }
}
