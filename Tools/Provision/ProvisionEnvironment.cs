using System;
using System.IO;

namespace DeskStats.Tools.Provision
{
    /// <summary>What the tool takes from the machine: the clock (certificate validity), PATH (finding nanoff) and the working folder.</summary>
    internal sealed class ProvisionEnvironment
    {
        /// <summary>Current time in UTC.</summary>
        public DateTime UtcNow { get; set; }
        /// <summary>The PATH variable searched for nanoff.</summary>
        public string PathVariable { get; set; }
        /// <summary>Folder relative paths start from.</summary>
        public string WorkingDirectory { get; set; }

        /// <summary>This process's clock, PATH and working folder.</summary>
        public static ProvisionEnvironment FromProcess() => new ProvisionEnvironment
        {
            UtcNow = DateTime.UtcNow,
            PathVariable = Environment.GetEnvironmentVariable("PATH") ?? string.Empty,
            WorkingDirectory = Directory.GetCurrentDirectory(),
        };
    }
}
