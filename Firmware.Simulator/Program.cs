namespace DeskStats.Simulator
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.Error.WriteLine("The DeskStats simulator is coming (see issue 4).");
            return 2;
        }
    }
}
