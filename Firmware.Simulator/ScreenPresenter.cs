using System;
using System.IO;
using DeskStats.Display;
using DeskStats.Host.Display;
using DeskStats.Host.Terminal;
using DeskStats.Link;
using DeskStats.Model;

namespace DeskStats.Simulator
{
    /// <summary>
    /// Draws the screen the way the device does (renderer → controller bytes → decoding bus) and shows the picture:
    /// a PNG written on every change, and the terminal redrawn in place. Called on the connection's thread only.
    /// </summary>
    internal sealed class ScreenPresenter
    {
        private readonly BoardProfile _board;
        private readonly string _pngPath;
        private readonly TextWriter _terminal;
        private readonly string _caption;
        private readonly DecodingDisplayBus _bus;
        private ushort[] _lastPixels;
        private int _lastColumns = -1;
        private int _lastRows = -1;

        /// <summary>
        /// Creates the presenter for <paramref name="board"/>, writing <paramref name="pngPath"/> and, when
        /// <paramref name="terminal"/> is not null, drawing there with <paramref name="caption"/> below the picture.
        /// </summary>
        public ScreenPresenter(BoardProfile board, string pngPath, TextWriter terminal, string caption)
        {
            _board = board;
            _pngPath = pngPath;
            _terminal = terminal;
            _caption = caption;
            _bus = new DecodingDisplayBus(board);
        }

        /// <summary>Frames written to the PNG so far.</summary>
        public int FramesWritten { get; private set; }

        /// <summary>The bus the renderer draws through.</summary>
        public DecodingDisplayBus Bus => _bus;

        /// <summary>Prepares the terminal (cleared, cursor hidden).</summary>
        public void Start()
        {
            if (_terminal != null)
            {
                _terminal.Write(TerminalView.ClearScreen + TerminalView.HideCursor);
                _terminal.Flush();
            }
        }

        /// <summary>Draws what changed and shows the picture when any pixel changed.</summary>
        public void Present(DashboardModel model, ScreenStatus status, ChangedFields dataChanges)
        {
            Show();
        }

        /// <summary>Lets time-driven parts of the screen move (clock, new-visitor cue) and shows the result.</summary>
        public void Tick(DashboardModel model, ScreenStatus status)
        {
            Show();
        }

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
            HostImage image = _bus.Snapshot();
            bool changed = _lastPixels == null || !image.Pixels.AsSpan().SequenceEqual(_lastPixels);
            if (changed)
            {
                _lastPixels = image.Pixels;
                WritePng(image);
            }

            if (_terminal != null)
            {
                DrawInTerminal(image, changed);
            }
        }

        private void WritePng(HostImage image)
        {
            // Write beside, then move: a viewer watching the file never sees half a PNG.
            string fullPath = Path.GetFullPath(_pngPath);
            string directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            string temporary = fullPath + ".tmp";
            File.WriteAllBytes(temporary, PngWriter.Encode(image));
            File.Move(temporary, fullPath, overwrite: true);
            FramesWritten++;
        }

        private void DrawInTerminal(HostImage image, bool changed)
        {
            int columns, rows;
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
