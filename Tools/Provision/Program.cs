namespace DeskStats.Tools.Provision
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.Error.WriteLine("provision: coming (issue 5)");
            return 2;
        }
    }
}
