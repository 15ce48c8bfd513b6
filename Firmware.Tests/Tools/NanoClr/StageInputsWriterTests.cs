using System;
using System.Collections.Generic;
using System.Linq;
using DeskStats.Protocol;
using DeskStats.Stage;
using DeskStats.Tools.NanoClr;

namespace DeskStats.Tests.Tools.NanoClr
{
    public class StageInputsWriterTests
    {
        [Fact]
        public void The_session_has_every_kind_of_message_the_stage_promises()
        {
            List<KeyValuePair<string, byte[]>> session = StageInputsWriter.Session();

            Assert.True(session.Count >= 2000);
            string[] kinds = { "-NewVisit", "-ReturningVisitor", "-IdenticalRepeat", "-DayRollover", "-truncated", "-stray-byte", "-oversize", "-reconnect-snapshot" };
            foreach (string kind in kinds)
            {
                Assert.Contains(session, message => message.Key.EndsWith(kind));
            }

            Assert.All(session.Where(message => message.Key.EndsWith("-oversize")), message => Assert.True(message.Value.Length > RelayMessageProcessor.MaxMessageBytes));
        }

        [Fact]
        public void The_session_is_the_same_at_every_run()
        {
            List<KeyValuePair<string, byte[]>> first = StageInputsWriter.Session();
            List<KeyValuePair<string, byte[]>> second = StageInputsWriter.Session();

            Assert.Equal(first.Select(message => message.Key), second.Select(message => message.Key));
            Assert.True(first.Zip(second).All(pair => pair.First.Value.AsSpan().SequenceEqual(pair.Second.Value)));
        }

        [Fact]
        public void Packed_records_read_back_through_the_stage_reader_with_long_ones_cut_at_the_maximum()
        {
            var records = new List<KeyValuePair<string, byte[]>>
            {
                new KeyValuePair<string, byte[]>("a", new byte[] { 1, 2, 3 }),
                new KeyValuePair<string, byte[]>("Zürich", new byte[0]),
                new KeyValuePair<string, byte[]>("long", Enumerable.Range(0, 300).Select(value => (byte)value).ToArray()),
                new KeyValuePair<string, byte[]>("after", new byte[] { 9 }),
            };
            byte[] blob = StageInputsWriter.Pack(records);

            var reader = new StageRecords(new StageRunner.ArrayBlob(blob), 100);
            var read = new List<string>();
            while (reader.MoveNext())
            {
                read.Add(reader.Name + ":" + reader.FullLength + ":" + reader.DataLength + ":" + string.Join(",", reader.Data.Take(reader.DataLength).Take(3)));
            }

            Assert.Equal(new[] { "a:3:3:1,2,3", "Zürich:0:0:", "long:300:100:0,1,2", "after:1:1:9" }, read);
        }
    }
}
