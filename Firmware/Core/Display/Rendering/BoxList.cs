namespace DeskStats.Display.Rendering
{
    /// <summary>
    /// Rectangles a screen's parts paint whole (a text field's box, the map) and a fill of everything else: coming to a
    /// screen over another, the background goes only where no part will paint, so each pixel is written once. The list
    /// is allocated once with a fixed capacity; adding allocates nothing.
    /// </summary>
    public sealed class BoxList
    {
        private readonly int[] _boxes;
        private int _count;

        /// <summary>A list of at most <paramref name="capacity"/> rectangles.</summary>
        public BoxList(int capacity)
        {
            _boxes = new int[capacity * 4];
        }

        /// <summary>Rectangles in the list.</summary>
        public int Count => _count;

        /// <summary>Empties the list.</summary>
        public void Clear() => _count = 0;

        /// <summary>Adds the rectangle at (<paramref name="x"/>, <paramref name="y"/>), in pixels; ignored when the list is full.</summary>
        public void Add(int x, int y, int width, int height)
        {
            if (_count * 4 >= _boxes.Length || width <= 0 || height <= 0)
            {
                return;
            }

            _boxes[_count * 4] = x;
            _boxes[_count * 4 + 1] = y;
            _boxes[_count * 4 + 2] = width;
            _boxes[_count * 4 + 3] = height;
            _count++;
        }

        /// <summary>Adds <paramref name="field"/>'s box (nothing for null).</summary>
        public void Add(TextField field)
        {
            if (field != null)
            {
                Add(field.X, field.Y, field.Width, field.Height);
            }
        }

        /// <summary>
        /// Fills rows 0 to <paramref name="bottom"/> - 1 and columns 0 to <paramref name="width"/> - 1 with
        /// <paramref name="color"/> except the rectangles in the list: horizontal slabs between the rectangles' top and
        /// bottom edges, and in each slab the gaps between the rectangles it crosses.
        /// </summary>
        public void FillAround(RenderTarget target, int width, int bottom, ushort color)
        {
            int[] boxes = _boxes;
            int count = _count;
            int slabTop = 0;
            while (slabTop < bottom)
            {
                int slabBottom = bottom;
                for (int index = 0; index < count; index++)
                {
                    int top = boxes[index * 4 + 1], end = top + boxes[index * 4 + 3];
                    if (top > slabTop && top < slabBottom) slabBottom = top;
                    if (end > slabTop && end < slabBottom) slabBottom = end;
                }

                int x = 0;
                while (x < width)
                {
                    int next = width;
                    int skipTo = x;
                    for (int index = 0; index < count; index++)
                    {
                        int left = boxes[index * 4], top = boxes[index * 4 + 1];
                        if (top > slabTop || top + boxes[index * 4 + 3] <= slabTop) continue;
                        if (left <= x && left + boxes[index * 4 + 2] > skipTo) skipTo = left + boxes[index * 4 + 2];
                        else if (left > x && left < next) next = left;
                    }

                    if (skipTo > x)
                    {
                        x = skipTo;
                        continue;
                    }

                    target.FillRectangle(x, slabTop, next - x, slabBottom - slabTop, color);
                    x = next;
                }

                slabTop = slabBottom;
            }
        }
    }
}
