using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DeskStats.Simulator.DemoRelay;

namespace DeskStats.Tools.NanoClr
{
    /// <summary>
    /// The inputs of the interpreter stage as record blobs (the format StageRecords reads): every golden payload, and a
    /// recorded session of the demo site with the faults a real relay link brings.
    /// </summary>
    public static class StageInputsWriter
    {
        /// <summary>Messages in the recorded session (at least 2,000, as the issue asks).</summary>
        public const int SessionMessages = 2400;

        /// <summary>The demo site's seed: the session is the same at every run.</summary>
        public const int SessionSeed = 20261122;

        /// <summary>Every file of Firmware.Tests/Payloads, in name order, as (file name, bytes).</summary>
        public static List<KeyValuePair<string, byte[]>> GoldenPayloads(string repositoryRoot)
        {
            return Directory.GetFiles(Path.Combine(repositoryRoot, "Firmware.Tests", "Payloads"), "*.json")
                .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
                .Select(path => new KeyValuePair<string, byte[]>(Path.GetFileName(path), File.ReadAllBytes(path)))
                .ToList();
        }

        /// <summary>
        /// The demo site's messages (new visits, returning visitors, identical repeats, the midnight rollover), and in
        /// between, as a relay link can deliver them: the same message again (a reconnect's snapshot), a message cut short,
        /// one with a stray byte in it, and one past the size limit.
        /// </summary>
        public static List<KeyValuePair<string, byte[]>> Session()
        {
            var site = new DemoSite(SessionSeed);
            var messages = new List<KeyValuePair<string, byte[]>>();
            byte[] last = site.Current.ToMessage();
            messages.Add(new KeyValuePair<string, byte[]>("m0-snapshot", last));
            while (messages.Count < SessionMessages)
            {
                int index = messages.Count;
                if (index % 97 == 0)
                {
                    messages.Add(new KeyValuePair<string, byte[]>($"m{index}-truncated", last.AsSpan(0, last.Length * 2 / 3).ToArray()));
                }
                else if (index % 131 == 0)
                {
                    byte[] broken = (byte[])last.Clone();
                    broken[broken.Length / 2] = (byte)'}';
                    messages.Add(new KeyValuePair<string, byte[]>($"m{index}-stray-byte", broken));
                }
                else if (index % 389 == 0)
                {
                    messages.Add(new KeyValuePair<string, byte[]>($"m{index}-oversize", Oversize(last)));
                }
                else if (index % 53 == 0)
                {
                    messages.Add(new KeyValuePair<string, byte[]>($"m{index}-reconnect-snapshot", last));
                }
                else
                {
                    DemoEvent next = site.Next();
                    last = next.Snapshot.ToMessage();
                    messages.Add(new KeyValuePair<string, byte[]>($"m{index}-{next.Kind}", last));
                }
            }

            return messages;
        }

        /// <summary>Packs records into a blob: a 4-byte length, then each <c>[u16 name length][name][i32 length][data]</c>.</summary>
        public static byte[] Pack(IEnumerable<KeyValuePair<string, byte[]>> records)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(0);
                foreach (KeyValuePair<string, byte[]> record in records)
                {
                    byte[] name = Encoding.UTF8.GetBytes(record.Key);
                    writer.Write((ushort)name.Length);
                    writer.Write(name);
                    writer.Write(record.Value.Length);
                    writer.Write(record.Value);
                }
            }

            byte[] blob = stream.ToArray();
            BitConverter.TryWriteBytes(blob.AsSpan(0, 4), blob.Length - 4);
            return blob;
        }

        // A valid message padded with an unknown member past the reader's size limit (the relay that lies about size).
        private static byte[] Oversize(byte[] message)
        {
            string text = Encoding.UTF8.GetString(message);
            string padding = new string('x', 20000);
            return Encoding.UTF8.GetBytes("{\"padding\":\"" + padding + "\"," + text.Substring(1));
        }
    }
}
