using System;
using System.Text;
using DeskStats.Model;
using DeskStats.Protocol;
using Xunit;

namespace DeskStats.Tests.Core.Protocol
{
    /// <summary>
    /// The resume of pass 1 after the equal front of a message (RelayMessageProcessor.Resume.cs) gives exactly what
    /// reading the whole message gives: every single-byte change and every cut of a message, processed after the
    /// original, against the same message processed after the original preceded by a space (same model, no equal
    /// front, so nothing is resumed): same outcome, reason, changes and model.
    /// </summary>
    public class RelayMessageProcessorResumeTests
    {
        private static readonly byte[] Replacements = Encoding.UTF8.GetBytes("{}[]:,\" x1-.en\\");

        [Theory]
        [InlineData("normal.json")]
        [InlineData("pretty.json")]
        [InlineData("unknown-members.json")]
        [InlineData("numbers.json")]
        public void Resuming_after_the_equal_front_matches_reading_the_whole_message(string name)
        {
            byte[] original = Payloads.Load(name);
            byte[] spaced = new byte[original.Length + 1];
            spaced[0] = (byte)' ';
            Array.Copy(original, 0, spaced, 1, original.Length);
            int compared = 0;
            for (int position = 0; position < original.Length; position++)
            {
                foreach (byte replacement in Replacements)
                {
                    if (original[position] == replacement)
                    {
                        continue;
                    }

                    byte[] changed = (byte[])original.Clone();
                    changed[position] = replacement;
                    AssertSameAsWholeRead(original, spaced, changed, changed.Length);
                    compared++;
                }

                AssertSameAsWholeRead(original, spaced, original, position + 1);
            }

            Assert.True(compared > original.Length);
        }

        [Fact]
        public void A_changed_count_after_unchanged_visits_is_applied()
        {
            byte[] original = Payloads.Load("normal.json");
            string text = Encoding.UTF8.GetString(original);
            int visitsAt = text.IndexOf("\"visits\":", StringComparison.Ordinal) + "\"visits\":".Length;
            int digit = text[visitsAt] == '9' ? '1' : text[visitsAt] + 1;
            byte[] changed = (byte[])original.Clone();
            changed[visitsAt] = (byte)digit;
            var processor = new RelayMessageProcessor(new DashboardModel());
            processor.Process(original, original.Length);

            Assert.Equal(MessageOutcome.Applied, processor.Process(changed, changed.Length));
            Assert.NotEqual(ChangedFields.None, processor.LastChanges);
            Assert.Equal(MessageOutcome.Unchanged, processor.Process(changed, changed.Length));
            Assert.Equal(MessageOutcome.Applied, processor.Process(original, original.Length));
        }

        private static void AssertSameAsWholeRead(byte[] original, byte[] spaced, byte[] message, int length)
        {
            var resumed = new RelayMessageProcessor(new DashboardModel());
            resumed.Process(original, original.Length);
            var whole = new RelayMessageProcessor(new DashboardModel());
            whole.Process(spaced, spaced.Length);
            Assert.Equal(ModelSnapshot.Of(whole.Model), ModelSnapshot.Of(resumed.Model));

            MessageOutcome expected = whole.Process(message, length);
            MessageOutcome actual = resumed.Process(message, length);

            Assert.Equal(expected, actual);
            Assert.Equal(whole.LastRejectReason, resumed.LastRejectReason);
            Assert.Equal(whole.LastChanges, resumed.LastChanges);
            Assert.Equal(ModelSnapshot.Of(whole.Model), ModelSnapshot.Of(resumed.Model));
        }
    }
}
