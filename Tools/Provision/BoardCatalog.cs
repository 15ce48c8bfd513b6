namespace DeskStats.Tools.Provision
{
    /// <summary>The boards the firmware supports, as the provisioning tool needs them: id, name and firmware image.</summary>
    internal static class BoardCatalog
    {
        /// <summary>Board used when --board is not given.</summary>
        public const string DefaultBoardId = "cyd";

        /// <summary>One supported board.</summary>
        internal sealed class Board
        {
            public Board(string id, string displayName, string firmwareTarget)
            {
                Id = id;
                DisplayName = displayName;
                FirmwareTarget = firmwareTarget;
            }

            /// <summary>Profile id as in the settings file.</summary>
            public string Id { get; }
            /// <summary>Human name.</summary>
            public string DisplayName { get; }
            /// <summary>nanoff --target of the runtime image.</summary>
            public string FirmwareTarget { get; }
        }

        private static readonly Board[] Boards =
        {
            new Board("cyd", "ESP32-2432S028R Cheap Yellow Display (ILI9341 320x240)", "ESP32_REV3"),
            new Board("cyd-st7789", "ESP32-2432S028R Cheap Yellow Display, ST7789 variant (320x240)", "ESP32_REV3"),
            new Board("esp32-st7789-240", "ESP32 DevKit with a 240x240 ST7789 module", "ESP32_REV0"),
            new Board("t-display", "LILYGO T-Display ESP32 (ST7789 135x240)", "ESP32_REV0"),
        };

        /// <summary>All supported boards in documentation order.</summary>
        public static Board[] All => (Board[])Boards.Clone();

        /// <summary>The board with <paramref name="id"/> (exact, lower case), or null.</summary>
        public static Board Find(string id)
        {
            foreach (Board board in Boards)
            {
                if (board.Id == id)
                {
                    return board;
                }
            }

            return null;
        }

        /// <summary>The ids joined for messages, e.g. "cyd, cyd-st7789, ...".</summary>
        public static string IdList()
        {
            var ids = new string[Boards.Length];
            for (int index = 0; index < Boards.Length; index++)
            {
                ids[index] = Boards[index].Id;
            }

            return string.Join(", ", ids);
        }
    }
}
