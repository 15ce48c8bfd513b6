using System.Text;
using DeskStats.Protocol;

namespace DeskStats.Tests.Core.Protocol
{
    public class MessageHashTests
    {
        [Theory]
        [InlineData("", 0x811c9dc5u)]
        [InlineData("a", 0xe40c292cu)]
        [InlineData("foobar", 0xbf9cf968u)]
        public void Computes_the_published_FNV1a_32_test_vectors(string text, uint expected)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.Equal(expected, MessageHash.Compute(bytes, 0, bytes.Length));
        }

        [Fact]
        public void Hashes_only_the_given_range()
        {
            byte[] bytes = Encoding.ASCII.GetBytes("xxfoobaryy");
            Assert.Equal(0xbf9cf968u, MessageHash.Compute(bytes, 2, 6));
        }
    }
}
