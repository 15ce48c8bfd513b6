using System;
using System.IO;
using System.Text;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>The golden relay messages in Firmware.Tests/Payloads (copied next to the test assembly).</summary>
    internal static class Payloads
    {
        public static byte[] Load(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

        public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
    }
}
