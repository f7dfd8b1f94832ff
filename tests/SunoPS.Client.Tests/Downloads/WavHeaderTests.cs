using System;
using System.IO;
using System.Linq;
using System.Text;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>The RIFF/WAVE header check, on WAVs built here: whole ones pass, cut or foreign ones say why.</summary>
    public sealed class WavHeaderTests
    {
        [Fact]
        public void Reads_a_plain_pcm_wav()
        {
            var info = Read(WavFiles.Pcm(2.5), out var problem);

            Assert.Null(problem);
            Assert.Equal(1, info!.AudioFormat);
            Assert.Equal(WavFiles.Channels, info.Channels);
            Assert.Equal(WavFiles.SampleRate, info.SampleRate);
            Assert.Equal(WavFiles.Bits, info.BitsPerSample);
            Assert.Equal(44, info.DataOffset);
            Assert.Equal(2.5 * WavFiles.ByteRate, info.DataLength);
            Assert.Equal(2.5, info.Seconds, 6);
        }

        [Fact]
        public void Reads_a_file_on_disk()
        {
            var path = Path.Combine(Path.GetTempPath(), "sunops-wav-" + Guid.NewGuid().ToString("N") + ".wav");
            File.WriteAllBytes(path, WavFiles.Pcm(1));
            try
            {
                Assert.Equal(1.0, WavHeader.TryRead(path, out var problem)!.Seconds, 6);
                Assert.Null(problem);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Accepts_a_list_chunk_before_data_and_others_after_it()
        {
            var wav = WavFiles.Riff(WavFiles.Fmt(), WavFiles.List(), WavFiles.Chunk("fact", new byte[4]), WavFiles.Data(1), WavFiles.List());

            var info = Read(wav, out var problem);

            Assert.Null(problem);
            Assert.Equal(1.0, info!.Seconds, 6);
            Assert.Equal("data", Encoding.ASCII.GetString(wav, (int)info.DataOffset - 8, 4));
        }

        [Fact]
        public void Accepts_fmt_after_data()
        {
            var info = Read(WavFiles.Riff(WavFiles.List(), WavFiles.Data(0.5), WavFiles.Fmt()), out var problem);

            Assert.Null(problem);
            Assert.Equal(0.5, info!.Seconds, 6);
        }

        [Fact]
        public void Accepts_an_odd_sized_last_chunk_with_or_without_its_pad_byte()
        {
            var odd = WavFiles.Riff(WavFiles.Fmt(), WavFiles.Data(1), WavFiles.Chunk("note", new byte[3])); // padded to 4
            Assert.NotNull(Read(odd, out _));
            var unpadded = WavFiles.WithRiffSizeOfLength(odd.Take(odd.Length - 1).ToArray());
            Assert.NotNull(Read(unpadded, out var problem));
            Assert.Null(problem);
        }

        [Fact]
        public void A_cut_off_file_is_truncated()
        {
            var wav = WavFiles.Pcm(2);

            Assert.Null(Read(wav.Take(wav.Length - 1000).ToArray(), out var problem));

            Assert.StartsWith("The WAV is truncated: its RIFF header announces", problem);
        }

        [Fact]
        public void A_data_chunk_longer_than_the_bytes_present_is_truncated()
        {
            // The RIFF size was made to fit the file, but the data chunk still declares the whole length.
            var wav = WavFiles.WithRiffSizeOfLength(WavFiles.Pcm(2).Take(10_000).ToArray());

            Assert.Null(Read(wav, out var problem));

            Assert.Equal("The WAV is truncated: its 'data' chunk declares 32000 bytes but 9956 are present.", problem);
        }

        [Fact]
        public void A_streaming_placeholder_size_is_truncated()
        {
            var wav = WavFiles.Riff(WavFiles.Fmt(), WavFiles.Chunk("data", new byte[800], declaredSize: uint.MaxValue));

            Assert.Null(Read(wav, out var problem));
            Assert.Contains("truncated", problem);
        }

        [Fact]
        public void Trailing_bytes_beyond_the_riff_size_are_refused()
        {
            var wav = WavFiles.Pcm(1).Concat(new byte[100]).ToArray();

            Assert.Null(Read(wav, out var problem));
            Assert.Equal("The WAV's RIFF header announces 16044 bytes but the file has 16144.", problem);
        }

        [Theory]
        [InlineData("RIFX", "WAVE", "does not start with RIFF")]
        [InlineData("RF64", "WAVE", "does not start with RIFF")]
        [InlineData("RIFF", "AVI ", "not a WAVE")]
        public void Wrong_magic_is_not_a_wav(string riff, string form, string expected)
        {
            var wav = WavFiles.Pcm(1);
            Encoding.ASCII.GetBytes(riff).CopyTo(wav, 0);
            Encoding.ASCII.GetBytes(form).CopyTo(wav, 8);

            Assert.Null(Read(wav, out var problem));
            Assert.Contains(expected, problem);
        }

        [Fact]
        public void An_html_error_page_is_not_a_wav()
        {
            Assert.Null(Read(Encoding.UTF8.GetBytes("<html><body>Access denied</body></html>"), out var problem));
            Assert.Equal("The file is not a WAV: it does not start with RIFF.", problem);
        }

        [Fact]
        public void A_tiny_file_is_too_short()
        {
            Assert.Null(Read(new byte[5], out var problem));
            Assert.Equal("The file is too short to be a WAV (5 bytes).", problem);
        }

        [Fact]
        public void Fmt_and_data_are_both_required()
        {
            Assert.Null(Read(WavFiles.Riff(WavFiles.Data(1)), out var noFmt));
            Assert.Equal("The WAV has no fmt chunk.", noFmt);
            Assert.Null(Read(WavFiles.Riff(WavFiles.Fmt(), WavFiles.List()), out var noData));
            Assert.Equal("The WAV has no data chunk.", noData);
        }

        [Fact]
        public void A_fmt_chunk_without_a_rate_is_refused()
        {
            Assert.Null(Read(WavFiles.Riff(WavFiles.Fmt(sampleRate: 0), WavFiles.Data(1)), out var problem));
            Assert.StartsWith("The WAV's fmt chunk is not valid", problem);
        }

        [Fact]
        public void Reads_from_the_stream_position_and_only_seeks()
        {
            var wav = WavFiles.Pcm(1);
            using var stream = new MemoryStream(new byte[7].Concat(wav).ToArray());
            stream.Position = 7;

            Assert.Equal(1.0, WavHeader.TryRead(stream, out _)!.Seconds, 6);
        }

        private static WavInfo? Read(byte[] wav, out string? problem)
        {
            using var stream = new MemoryStream(wav);
            return WavHeader.TryRead(stream, out problem);
        }
    }
}
