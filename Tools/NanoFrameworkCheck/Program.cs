namespace DeskStats.Tools.NanoFrameworkCheck
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.Error.WriteLine("nanoFramework compile check: not implemented yet");
            return 0;
        }
    }
}
