namespace DeskStats.Display.Commands
{
    /// <summary>
    /// MADCTL (36h) parameter: scan direction and colour order (ILI9341 8.2.29, ST7789V 9.1.28).
    /// The bit layout is the same on both controllers: MY (bit 7) row order, MX (bit 6) column order,
    /// MV (bit 5) row/column exchange, ML (bit 4) vertical refresh, BGR (bit 3), MH (bit 2) horizontal refresh.
    /// </summary>
    public static class MemoryAccessControl
    {
        /// <summary>MY: row address order, bottom to top.</summary>
        public const byte RowOrder = 0x80;
        /// <summary>MX: column address order, right to left.</summary>
        public const byte ColumnOrder = 0x40;
        /// <summary>MV: row/column exchange (landscape).</summary>
        public const byte RowColumnExchange = 0x20;
        /// <summary>ML: LCD vertical refresh bottom to top (does not change the picture).</summary>
        public const byte VerticalRefreshOrder = 0x10;
        /// <summary>BGR: the panel's colour filter is blue-green-red.</summary>
        public const byte BgrOrder = 0x08;
        /// <summary>MH: LCD horizontal refresh right to left (does not change the picture).</summary>
        public const byte HorizontalRefreshOrder = 0x04;

        /// <summary>
        /// The MADCTL byte for a board: its rotation (0, 90, 180 or 270 degrees clockwise) and colour order.
        /// The ILI9341 modules these boards carry are wired mirrored in X (glass flipped against the gate
        /// scan), so their upright picture needs MX at 0 degrees; ST7789 modules are upright with no bits set.
        /// The same table as the widely used TFT_eSPI and Adafruit drivers for these parts.
        /// </summary>
        public static byte Compute(DisplayController controller, int rotationDegrees, ColorOrder colorOrder)
        {
            int value;
            int quarter = NormalizeQuarterTurns(rotationDegrees);
            if (controller == DisplayController.Ili9341)
            {
                value = quarter == 0 ? ColumnOrder
                    : quarter == 1 ? RowColumnExchange
                    : quarter == 2 ? RowOrder
                    : RowOrder | ColumnOrder | RowColumnExchange;
            }
            else
            {
                value = quarter == 0 ? 0
                    : quarter == 1 ? ColumnOrder | RowColumnExchange
                    : quarter == 2 ? ColumnOrder | RowOrder
                    : RowOrder | RowColumnExchange;
            }

            if (colorOrder == ColorOrder.Bgr)
            {
                value |= BgrOrder;
            }

            return (byte)value;
        }

        /// <summary>0, 1, 2 or 3 quarter turns for 0, 90, 180 or 270 degrees; other values round down to a quarter.</summary>
        public static int NormalizeQuarterTurns(int rotationDegrees)
        {
            int degrees = rotationDegrees % 360;
            if (degrees < 0)
            {
                degrees += 360;
            }

            return degrees / 90;
        }
    }
}
