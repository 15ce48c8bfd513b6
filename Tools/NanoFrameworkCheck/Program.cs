using System;
using System.Linq;
namespace DeskStats.Tools.NanoFrameworkCheck
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var api = ApiReader.ReadDirectory(args[0]);
            var surface = SurfaceBuilder.Build(api, SurfaceBuilder.Everything(api));
            foreach (var e in surface.Errors.Take(60)) Console.WriteLine(e + "   >> " + e.Location.SourceTree?.GetText().Lines[e.Location.GetLineSpan().StartLinePosition.Line]);
            Console.WriteLine(surface.Errors.Count + " errors");
            if (args.Length > 1) foreach (var s in surface.Sources.Values) System.IO.File.WriteAllText(args[1] + "/" + s.AssemblyName + ".cs", s.Text);
            return 0;
        }
    }
}
