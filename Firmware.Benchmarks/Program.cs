using BenchmarkDotNet.Running;

namespace DeskStats.Benchmarks
{
    /// <summary>Entry point: every benchmark class in this assembly, chosen with --filter.</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
