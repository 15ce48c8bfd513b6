using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeskStats.Tools.NanoClr
{
    /// <summary>
    /// The .pe files a nanoFramework app needs on the device: the app's own .pe and, transitively, the .pe of every
    /// assembly it references (resolved in the toolchain's lib/ folder), with their sizes against the ESP32
    /// deployment area.
    /// </summary>
    public static class DeploymentSet
    {
        /// <summary>
        /// The managed-code deployment partition of nanoFramework's ESP32 4 MB flash layout ("deploy", 0x1D0000 bytes =
        /// 1,856 KB; nf-interpreter targets/ESP32/_IDF/esp32/partitions_nanoclr_4mb.csv). The CYD and the other supported
        /// boards carry 4 MB of flash.
        /// </summary>
        public const int Esp32DeploymentAreaBytes = 0x1D0000;

        /// <summary>One assembly of the set: its name and .pe path.</summary>
        public sealed record Member(string Name, string PePath, long PeBytes);

        /// <summary>
        /// Resolves the set of <paramref name="appPe"/> (its .dll must lie beside it) against <paramref name="libDirectory"/>:
        /// the app first, then the libraries in the order found (mscorlib included).
        /// </summary>
        public static List<Member> Resolve(string appPe, string libDirectory)
        {
            string appDll = Path.ChangeExtension(appPe, ".dll");
            var members = new List<Member>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Queue<(string Name, string Dll, string Pe)>();
            string appName = Path.GetFileNameWithoutExtension(appPe);
            pending.Enqueue((appName, appDll, appPe));
            seen.Add(appName);
            while (pending.Count > 0)
            {
                var (name, dll, pe) = pending.Dequeue();
                if (!File.Exists(pe))
                {
                    throw new FileNotFoundException($"{name}: no .pe at {pe}");
                }

                members.Add(new Member(name, pe, new FileInfo(pe).Length));
                foreach (string reference in ReferencedAssemblies(dll))
                {
                    if (seen.Add(reference))
                    {
                        pending.Enqueue((reference, Path.Combine(libDirectory, reference + ".dll"), Path.Combine(libDirectory, reference + ".pe")));
                    }
                }
            }

            return members;
        }

        /// <summary>The names of the assemblies <paramref name="dllPath"/> references.</summary>
        public static IEnumerable<string> ReferencedAssemblies(string dllPath)
        {
            using var stream = File.OpenRead(dllPath);
            using var reader = new PEReader(stream);
            MetadataReader metadata = reader.GetMetadataReader();
            return metadata.AssemblyReferences
                .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
                .ToList();
        }

        /// <summary>
        /// Prints the set of <paramref name="appPe"/> with sizes and the share of the deployment area, and copies it into
        /// <paramref name="deploymentDirectory"/> when given. Returns 1 when the set does not fit the deployment area.
        /// </summary>
        public static int Report(string appPe, string toolchain, string deploymentDirectory, TextWriter output)
        {
            List<Member> members = Resolve(appPe, Path.Combine(toolchain, "lib"));
            long total = members.Sum(member => member.PeBytes);
            output.WriteLine($"deployment set of {Path.GetFileName(appPe)} ({members.Count} assemblies):");
            foreach (Member member in members)
            {
                output.WriteLine($"  {member.Name + ".pe",-40} {member.PeBytes,9:N0} B");
            }

            output.WriteLine($"  {"total",-40} {total,9:N0} B = {100.0 * total / Esp32DeploymentAreaBytes:F1}% of the ESP32 deployment area ({Esp32DeploymentAreaBytes:N0} B, 4 MB flash layout)");
            if (deploymentDirectory != null)
            {
                Directory.CreateDirectory(deploymentDirectory);
                foreach (Member member in members)
                {
                    File.Copy(member.PePath, Path.Combine(deploymentDirectory, Path.GetFileName(member.PePath)), overwrite: true);
                }

                output.WriteLine($"  copied to {deploymentDirectory}");
            }

            if (total > Esp32DeploymentAreaBytes)
            {
                output.WriteLine("error: the deployment set does not fit the ESP32 deployment area");
                return 1;
            }

            return 0;
        }
    }
}
