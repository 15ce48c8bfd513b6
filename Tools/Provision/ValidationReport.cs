using System.Collections.Generic;

namespace DeskStats.Tools.Provision
{
    /// <summary>The problems (which stop provisioning) and warnings (which do not) found while checking the input.</summary>
    internal sealed class ValidationReport
    {
        private readonly List<string> _errors = new List<string>();
        private readonly List<string> _warnings = new List<string>();
        private readonly HashSet<string> _optionsWithErrors = new HashSet<string>();

        /// <summary>Problems, each naming the option and what is wrong with it, in the order found.</summary>
        public IReadOnlyList<string> Errors => _errors;

        /// <summary>Things that work but are probably not what the user wants.</summary>
        public IReadOnlyList<string> Warnings => _warnings;

        /// <summary>True when there is no error.</summary>
        public bool IsValid => _errors.Count == 0;

        /// <summary>Adds a problem; <paramref name="option"/> is the command-line option it concerns, e.g. "--ssid".</summary>
        public void AddError(string option, string problem)
        {
            _errors.Add(option + ": " + problem);
            _optionsWithErrors.Add(option);
        }

        /// <summary>True when a problem with <paramref name="option"/> was already reported.</summary>
        public bool HasErrorFor(string option) => _optionsWithErrors.Contains(option);

        /// <summary>Adds a warning about <paramref name="option"/>.</summary>
        public void AddWarning(string option, string warning) => _warnings.Add(option + ": " + warning);
    }
}
