namespace DeskStats.Tools.FontGenerator
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.Error.WriteLine("font generator: coming (issue 6)");
            return 2;
        }
    }
}
