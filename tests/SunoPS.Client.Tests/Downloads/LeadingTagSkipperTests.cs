using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>A leading ID3v2 tag is left out of a body fed in chunks of any size; everything else passes unchanged.</summary>
    public sealed class LeadingTagSkipperTests
    {
        private static readonly byte[] Audio = Mp3DurationTests.Frames(48000, 128, 20);

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(10)]
        [InlineData(11)]
        [InlineData(500)]
        [InlineData(100_000)]
        public async Task Drops_a_leading_tag_whatever_the_chunks(int chunk)
        {
            var body = Concat(Tag(body: 700, footer: false), Audio);
            Assert.Equal(Audio, await PassAsync(body, chunk));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        [InlineData(4096)]
        public async Task Drops_the_footer_of_an_id3v2_4_tag_too(int chunk)
        {
            var body = Concat(Tag(body: 300, footer: true), Audio);
            Assert.Equal(Audio, await PassAsync(body, chunk));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(9)]
        [InlineData(4096)]
        public async Task Passes_audio_without_a_tag_unchanged(int chunk) => Assert.Equal(Audio, await PassAsync(Audio, chunk));

        [Fact]
        public async Task Keeps_a_trailing_id3v1_tag()
        {
            var id3v1 = new byte[128];
            "TAG"u8.ToArray().CopyTo(id3v1, 0);
            Assert.Equal(Concat(Audio, id3v1), await PassAsync(Concat(Tag(body: 50, footer: false), Audio, id3v1), 64));
        }

        [Theory]
        [InlineData("")]
        [InlineData("ID3")]
        [InlineData("<html>")]
        public async Task Writes_a_body_shorter_than_a_tag_header_as_it_came(string text)
        {
            var body = System.Text.Encoding.ASCII.GetBytes(text);
            Assert.Equal(body, await PassAsync(body, 2));
        }

        private static async Task<byte[]> PassAsync(byte[] body, int chunk)
        {
            using var output = new MemoryStream();
            var skipper = new LeadingTagSkipper(output);
            for (var offset = 0; offset < body.Length; offset += chunk)
            {
                var piece = body.Skip(offset).Take(chunk).ToArray();
                await skipper.WriteAsync(piece, piece.Length, CancellationToken.None);
            }

            await skipper.CompleteAsync(CancellationToken.None);
            return output.ToArray();
        }

        /// <summary>An ID3v2 tag whose body is 0xFF bytes (which look like frame sync), with an optional footer.</summary>
        private static byte[] Tag(int body, bool footer)
        {
            var header = new byte[]
            {
                (byte)'I', (byte)'D', (byte)'3', (byte)(footer ? 4 : 3), 0, (byte)(footer ? 0x10 : 0),
                (byte)((body >> 21) & 0x7F), (byte)((body >> 14) & 0x7F), (byte)((body >> 7) & 0x7F), (byte)(body & 0x7F),
            };
            var tail = footer ? Concat("3DI"u8.ToArray(), header.Skip(3).ToArray()) : new byte[0];
            return Concat(header, Enumerable.Repeat((byte)0xFF, body).ToArray(), tail);
        }

        private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
    }
}
