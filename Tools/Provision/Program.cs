namespace DeskStats.Tools.Provision
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            return ProvisionCommand.Run(args, System.Console.Out, System.Console.Error, ProvisionEnvironment.FromProcess());
        }
    }
}
