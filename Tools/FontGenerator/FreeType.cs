using System;
using System.Runtime.InteropServices;

namespace DeskStats.Tools.FontGenerator
{
    /// <summary>
    /// The few FreeType 2 calls the generator needs, through P/Invoke into the system's libfreetype.so.6.
    /// Struct fields are read at their offsets for 64-bit Linux (LP64), checked against FreeType 2.12's headers
    /// with offsetof: FT_FaceRec.glyph 152, .size 160; FT_GlyphSlotRec.advance 128, .bitmap 152, .bitmap_left 192,
    /// .bitmap_top 196; FT_Bitmap rows 0, width 4, pitch 8, buffer 16, pixel_mode 26; FT_SizeRec.metrics 24.
    /// </summary>
    internal sealed class FreeType : IDisposable
    {
        private const string Library = "libfreetype.so.6";

        /// <summary>FT_LOAD_RENDER: render an anti-aliased 8-bit coverage bitmap.</summary>
        public const int LoadRender = 4;

        /// <summary>FT_LOAD_TARGET_LIGHT: light hinting (vertical only), keeps glyph shapes and gives integer advances.</summary>
        public const int LoadTargetLight = 0x10000;

        private const int PixelModeGray = 2;

        private IntPtr _library;

        [DllImport(Library)]
        private static extern int FT_Init_FreeType(out IntPtr library);

        [DllImport(Library)]
        private static extern int FT_Done_FreeType(IntPtr library);

        [DllImport(Library)]
        private static extern void FT_Library_Version(IntPtr library, out int major, out int minor, out int patch);

        [DllImport(Library)]
        private static extern int FT_New_Face(IntPtr library, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr faceIndex, out IntPtr face);

        [DllImport(Library)]
        private static extern int FT_Done_Face(IntPtr face);

        [DllImport(Library)]
        private static extern int FT_Set_Pixel_Sizes(IntPtr face, uint width, uint height);

        [DllImport(Library)]
        private static extern uint FT_Get_Char_Index(IntPtr face, UIntPtr charCode);

        [DllImport(Library)]
        private static extern int FT_Load_Char(IntPtr face, UIntPtr charCode, int loadFlags);

        public FreeType()
        {
            Check(FT_Init_FreeType(out _library), "FT_Init_FreeType");
        }

        /// <summary>True when libfreetype.so.6 can be loaded on this machine.</summary>
        public static bool IsAvailable()
        {
            try
            {
                using (new FreeType())
                {
                    return true;
                }
            }
            catch (DllNotFoundException)
            {
                return false;
            }
        }

        /// <summary>The library's version, "major.minor.patch".</summary>
        public string Version
        {
            get
            {
                FT_Library_Version(_library, out int major, out int minor, out int patch);
                return major + "." + minor + "." + patch;
            }
        }

        /// <summary>Opens face 0 of a font file at a pixel size (em height in pixels).</summary>
        public Face OpenFace(string path, int pixelSize)
        {
            Check(FT_New_Face(_library, path, IntPtr.Zero, out IntPtr face), "FT_New_Face " + path);
            Check(FT_Set_Pixel_Sizes(face, 0, (uint)pixelSize), "FT_Set_Pixel_Sizes");
            return new Face(face);
        }

        public void Dispose()
        {
            if (_library != IntPtr.Zero)
            {
                FT_Done_FreeType(_library);
                _library = IntPtr.Zero;
            }
        }

        private static void Check(int error, string what)
        {
            if (error != 0)
            {
                throw new InvalidOperationException(what + " failed with FreeType error " + error);
            }
        }

        /// <summary>An open face at one pixel size.</summary>
        internal sealed class Face : IDisposable
        {
            private IntPtr _face;

            public Face(IntPtr face)
            {
                _face = face;
            }

            public bool HasGlyph(int codePoint)
            {
                return FT_Get_Char_Index(_face, (UIntPtr)(uint)codePoint) != 0;
            }

            /// <summary>Renders one code point: 8-bit coverage rows (width x rows), advance and bearings in pixels.</summary>
            public RenderedGlyph Render(int codePoint)
            {
                Check(FT_Load_Char(_face, (UIntPtr)(uint)codePoint, LoadRender | LoadTargetLight), "FT_Load_Char U+" + codePoint.ToString("X4"));
                IntPtr slot = Marshal.ReadIntPtr(_face, 152);
                long advanceX = Marshal.ReadInt64(slot, 128);
                int rows = Marshal.ReadInt32(slot, 152);
                int width = Marshal.ReadInt32(slot, 152 + 4);
                int pitch = Marshal.ReadInt32(slot, 152 + 8);
                IntPtr buffer = Marshal.ReadIntPtr(slot, 152 + 16);
                int pixelMode = Marshal.ReadByte(slot, 152 + 26);
                var glyph = new RenderedGlyph
                {
                    CodePoint = codePoint,
                    Advance = (int)((advanceX + 32) >> 6),
                    Width = width,
                    Height = rows,
                    Left = Marshal.ReadInt32(slot, 192),
                    Top = Marshal.ReadInt32(slot, 196),
                    Coverage = new byte[width * rows],
                };
                if (width > 0 && rows > 0)
                {
                    if (pixelMode != PixelModeGray)
                    {
                        throw new InvalidOperationException("unexpected pixel mode " + pixelMode);
                    }

                    var row = new byte[Math.Abs(pitch)];
                    for (int y = 0; y < rows; y++)
                    {
                        Marshal.Copy(IntPtr.Add(buffer, y * pitch), row, 0, row.Length);
                        Array.Copy(row, 0, glyph.Coverage, y * width, width);
                    }
                }

                return glyph;
            }

            public void Dispose()
            {
                if (_face != IntPtr.Zero)
                {
                    FT_Done_Face(_face);
                    _face = IntPtr.Zero;
                }
            }
        }
    }

    /// <summary>One glyph as FreeType rendered it: 8-bit coverage, metrics in pixels.</summary>
    internal sealed class RenderedGlyph
    {
        public int CodePoint;
        public int Advance;
        public int Width;
        public int Height;
        public int Left;
        public int Top;
        public byte[] Coverage;
    }
}
