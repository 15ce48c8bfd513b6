using DeskStats.Display.Boards;

namespace DeskStats.Display
{
    /// <summary>
    /// The supported boards. Adding one: a file under Boards/ with a <c>Create()</c> like the others, one line
    /// in <see cref="All"/>, a row in the README's board table.
    /// </summary>
    public static class BoardProfiles
    {
        /// <summary>The board used when the settings name none.</summary>
        public const string DefaultId = CheapYellowDisplay.Id;

        /// <summary>A new array of every supported board's profile, default first.</summary>
        public static BoardProfile[] All => new BoardProfile[]
        {
            CheapYellowDisplay.Create(),
            CheapYellowDisplaySt7789.Create(),
            GenericSt7789Square.Create(),
            LilygoTDisplay.Create(),
        };

        /// <summary>The ids of every supported board, in the order of <see cref="All"/>.</summary>
        public static string[] Ids
        {
            get
            {
                BoardProfile[] all = All;
                string[] ids = new string[all.Length];
                for (int index = 0; index < all.Length; index++)
                {
                    ids[index] = all[index].Id;
                }

                return ids;
            }
        }

        /// <summary>The profile with <paramref name="id"/> (exact, lower case), or null when unknown.</summary>
        public static BoardProfile Find(string id)
        {
            if (id == null)
            {
                return null;
            }

            BoardProfile[] all = All;
            for (int index = 0; index < all.Length; index++)
            {
                if (all[index].Id == id)
                {
                    return all[index];
                }
            }

            return null;
        }
    }
}
