using System;
using System.IO;
using DeskStats.Display;
using DeskStats.Display.Fonts;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;
using DeskStats.Host.Display.Maps;
using DeskStats.Host.Terminal;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Simulator
{
    /// <summary>
    /// Draws the screen the way the device does (renderer → controller bytes → decoding bus) and shows the picture:
    /// a PNG written on every change, and the terminal redrawn in place. Called on the main loop's thread only.
    /// </summary>
    internal sealed class ScreenPresenter
    {
        private readonly BoardProfile _board;
        private readonly string _pngPath;
        private readonly TextWriter _terminal;
        private readonly string _caption;
        private readonly DecodingDisplayBus _bus;
        private readonly DashboardRenderer _renderer;
        private bool _firstFrameDrawn;
        private readonly TextWriter _errors;
        private bool _pngFailureReported;
        private HostImage _lastImage;
        private long _lastBusBytes = -1;
        private int _lastColumns = -1;
        private int _lastRows = -1;

        /// <summary>
        /// Creates the presenter for <paramref name="board"/>, writing <paramref name="pngPath"/> and, when
        /// <paramref name="terminal"/> is not null, drawing there with <paramref name="caption"/> below the picture.
        /// </summary>
        public ScreenPresenter(BoardProfile board, string pngPath, TextWriter terminal, string caption, TextWriter errors = null)
        {
            _errors = errors;
            _board = board;
            _pngPath = pngPath;
            _terminal = terminal;
            _caption = caption;
            _bus = new DecodingDisplayBus(board);
            _renderer = new DashboardRenderer(board, _bus, Fonts());
            _renderer.UseVisitors();
            _renderer.UseMap(MapFiles.ForWidth(DashboardRenderer.MapWidthFor(board.Width, board.Height)));
        }

        /// <summary>The pages the renderer offers (the dashboard, the visitors page and the map).</summary>
        public int PageCount => _renderer.PageCount;

        /// <summary>The page at <paramref name="index"/> of <see cref="PageCount"/>, in turning order.</summary>
        public ScreenPage PageAt(int index) => _renderer.PageAt(index);

        /// <summary>The page the next <see cref="Present"/> draws (the dashboard until set).</summary>
        public ScreenPage Page
        {
            get => _renderer.Page;
            set => _renderer.Page = value;
        }

        /// <summary>The device's four fonts, read from the font files as the device reads its resources.</summary>
        public static DisplayFonts Fonts() =>
            new DisplayFonts(FontFiles.TextSmall, FontFiles.TextMedium, FontFiles.DigitsMedium, FontFiles.DigitsLarge);

        /// <summary>Frames written to the PNG so far.</summary>
        public int FramesWritten { get; private set; }

        /// <summary>The bus the renderer draws through.</summary>
        public DecodingDisplayBus Bus => _bus;

        /// <summary>Initialises the panel as the device does, and prepares the terminal (cleared, cursor hidden).</summary>
        public void Start()
        {
            _renderer.Initialize();
            _renderer.SetBrightness(100);
            if (_terminal != null)
            {
                _terminal.Write(TerminalView.ClearScreen + TerminalView.HideCursor);
                _terminal.Flush();
            }
        }

        /// <summary>Draws what changed and shows the picture when any pixel changed.</summary>
        public void Present(DashboardModel model, ScreenStatus status, ChangedFields dataChanges)
        {
            _currentStatus = status;
            _renderer.Render(model, _firstFrameDrawn ? dataChanges : ChangedFields.All, status);
            _firstFrameDrawn = true;
            Show();
        }

        /// <summary>Lets time-driven parts of the screen move (the new-visitor cue) by <paramref name="elapsedMilliseconds"/> and shows the result.</summary>
        public void Tick(int elapsedMilliseconds)
        {
            _renderer.Tick(elapsedMilliseconds);
            if (!_firstFrameDrawn) return;
            Show();
        }

        /// <summary>Sets the backlight, 0 to 100 percent (the picture shows the pixels as sent, at any brightness).</summary>
        public void SetBrightness(int percent) => _renderer.SetBrightness(percent);

        /// <summary>Restores the terminal.</summary>
        public void Finish()
        {
            if (_terminal != null)
            {
                _terminal.Write(TerminalView.ResetAttributes + TerminalView.ShowCursor + "\n");
                _terminal.Flush();
            }
        }

        private void Show()
        {
            // Nothing sent to the panel and the terminal not resized: the picture is the same.
            bool busIdle = _bus.TotalBytes == _lastBusBytes && _lastImage != null;
            if (busIdle && (_terminal == null || !TerminalResized()))
            {
                return;
            }

            _lastBusBytes = _bus.TotalBytes;
            HostImage image = busIdle ? _lastImage : _bus.Snapshot();
            bool changed = _lastImage == null || !image.Pixels.AsSpan().SequenceEqual(_lastImage.Pixels);
            if (changed)
            {
                _lastImage = image;
                LastImageStatus = CopyOf(_currentStatus);
                WritePng(image);
            }

            if (_terminal != null)
            {
                DrawInTerminal(image, changed);
            }
        }

        /// <summary>
        /// The text in the latest-visit box: the city as the fonts can draw it (transliterated, clipped with an
        /// ellipsis), else the country, else "Unknown place", measured with the layout's own field and font.
        /// </summary>
        public string PlaceShown(DashboardModel model)
        {
            VisitEntry visit = model.LatestVisit;
            if (visit == null) return string.Empty;
            TextField field = _renderer.Layout.City;
            string shown = Fit(field, visit.City) ?? Fit(field, visit.Country);
            return shown ?? "Unknown place";
        }

        private static string Fit(TextField field, string name)
        {
            if (string.IsNullOrEmpty(name)) return null;
            var buffer = new char[Math.Max(field.Capacity, name.Length * 4 + 4)];
            int length = TextFitter.PrepareAndFit(field.Font, name, buffer, field.Width);
            return length <= 0 ? null : new string(buffer, 0, length);
        }

        /// <summary>The picture last shown (null before the first frame).</summary>
        public HostImage LastImage => _lastImage;

        /// <summary>A copy of the status as it was when <see cref="LastImage"/> was drawn.</summary>
        public ScreenStatus LastImageStatus { get; private set; }

        private ScreenStatus _currentStatus;

        private static ScreenStatus CopyOf(ScreenStatus status)
        {
            var copy = new ScreenStatus();
            if (status == null) return copy;
            foreach (System.Reflection.PropertyInfo property in typeof(ScreenStatus).GetProperties())
            {
                if (property.CanRead && property.CanWrite) property.SetValue(copy, property.GetValue(status));
            }

            return copy;
        }

        private bool TerminalResized()
        {
            TerminalSize(out int columns, out int rows);
            return columns != _lastColumns || rows != _lastRows;
        }

        private static void TerminalSize(out int columns, out int rows)
        {
            try
            {
                columns = Math.Max(8, Console.WindowWidth);
                rows = Math.Max(4, Console.WindowHeight - 2);
            }
            catch (IOException)
            {
                columns = 80;
                rows = 22;
            }
        }

        private void WritePng(HostImage image)
        {
            // Write beside, then move: a viewer watching the file never sees half a PNG.
            string fullPath = Path.GetFullPath(_pngPath);
            try
            {
                string directory = Path.GetDirectoryName(fullPath);
                if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                string temporary = fullPath + ".tmp";
                File.WriteAllBytes(temporary, PngWriter.Encode(image));
                File.Move(temporary, fullPath, overwrite: true);
                FramesWritten++;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // The screen goes on without its PNG; say so once.
                if (!_pngFailureReported)
                {
                    _pngFailureReported = true;
                    _errors?.WriteLine("deskstats-simulator: cannot write " + fullPath + ": " + exception.Message);
                }
            }
        }

        private void DrawInTerminal(HostImage image, bool changed)
        {
            TerminalSize(out int columns, out int rows);

            bool resized = columns != _lastColumns || rows != _lastRows;
            if (!changed && !resized) return;
            _lastColumns = columns;
            _lastRows = rows;
            string picture = TerminalView.Render(image, columns, rows);
            string caption = _caption.Length > columns ? _caption.Substring(0, columns) : _caption;
            _terminal.Write((resized ? TerminalView.ClearScreen : string.Empty) + picture + caption + "\u001b[K");
            _terminal.Flush();
        }
    }
}
