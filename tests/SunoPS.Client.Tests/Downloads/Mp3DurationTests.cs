using System;
using System.IO;
using System.Linq;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>The real playing time of MP3s built here byte by byte, with the things real files carry.</summary>
    public sealed class Mp3DurationTests
    {
        [Fact]
        public void Counts_mpeg1_layer3_frames_at_48khz()
        {
            var m = Measure(Frames(48000, 128, 1000));
            Assert.NotNull(m);
            Assert.Equal(1000, m!.Frames);
            Assert.Equal(24.0, m.Seconds, 6);
            Assert.Equal(48000, m.SampleRate);
        }

        [Fact]
        public void Handles_padding_at_44_1khz()
        {
            // 128 kbps at 44.1 kHz: 417 bytes, or 418 with the padding bit.
            var m = Measure(Frames(44100, 128, 500, padEvery: 3));
            Assert.Equal(500, m!.Frames);
            Assert.Equal(500 * 1152 / 44100.0, m.Seconds, 6);
        }

        [Fact]
        public void Counts_mpeg2_layer3_frames_as_576_samples()
        {
            var m = Measure(Frames(24000, 64, 100, mpeg2: true));
            Assert.Equal(100, m!.Frames);
            Assert.Equal(100 * 576 / 24000.0, m.Seconds, 6);
        }

        [Fact]
        public void Skips_an_id3v2_tag_at_the_start_even_one_full_of_ff_bytes()
        {
            var tagBody = Enumerable.Repeat((byte)0xFF, 3000).ToArray();
            var m = Measure(Concat(Id3v2(tagBody), Frames(48000, 128, 250)));
            Assert.Equal(250, m!.Frames);
            Assert.Equal(6.0, m.Seconds, 6);
        }

        [Fact]
        public void Ignores_trailing_id3v1_and_ape_tags()
        {
            var id3v1 = new byte[128];
            "TAG"u8.ToArray().CopyTo(id3v1, 0);
            var m = Measure(Concat(Frames(48000, 128, 250), "APETAGEX some values"u8.ToArray(), id3v1));
            Assert.Equal(250, m!.Frames);
        }

        [Fact]
        public void Does_not_count_a_xing_info_frame()
        {
            var frames = Frames(48000, 128, 11);
            // Mono MPEG-1: the side information is 17 bytes after the 4-byte header.
            "Info"u8.ToArray().CopyTo(frames, 4 + 17);
            Assert.Equal(10, Measure(frames)!.Frames);
        }

        [Fact]
        public void A_cut_off_last_frame_plays_nothing()
        {
            var frames = Frames(48000, 128, 100);
            var m = Measure(frames.Take(frames.Length - 100).ToArray());
            Assert.Equal(99, m!.Frames);
        }

        [Fact]
        public void A_truncated_file_measures_short()
        {
            var frames = Frames(48000, 128, 1000);
            var m = Measure(frames.Take(frames.Length / 2).ToArray());
            Assert.Equal(12.0, m!.Seconds, 6);
        }

        [Theory]
        [InlineData("<html><body>403 Forbidden</body></html>")]
        [InlineData("")]
        [InlineData("ID3")]
        public void Text_is_not_mpeg_audio(string text) => Assert.Null(Measure(System.Text.Encoding.UTF8.GetBytes(text)));

        [Fact]
        public void A_jpeg_is_not_mpeg_audio()
        {
            var jpeg = new byte[4000];
            new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.CopyTo(jpeg, 0);
            for (var i = 4; i < jpeg.Length; i++) jpeg[i] = (byte)(i * 7);
            Assert.Null(Measure(jpeg));
        }

        [Fact]
        public void Reads_files_by_path()
        {
            var path = Path.Combine(Path.GetTempPath(), "suno-mp3-" + Guid.NewGuid().ToString("N") + ".partial");
            File.WriteAllBytes(path, Frames(48000, 32, 125));
            try
            {
                Assert.Equal(3.0, Mp3Duration.Measure(path)!.Seconds, 6);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Resyncs_over_stray_bytes_between_the_tag_and_the_first_frame()
        {
            var garbage = new byte[700];
            for (var i = 0; i < garbage.Length; i += 5) garbage[i] = 0xFF; // lone sync bytes that are no header
            var m = Measure(Concat(Id3v2(new byte[40]), garbage, Frames(44100, 128, 300, padEvery: 2)));
            Assert.Equal(300, m!.Frames);
        }

        [Fact]
        public void A_single_frame_that_fills_the_stream_counts()
        {
            Assert.Equal(1, Measure(Frames(48000, 128, 1))!.Frames);
        }

        /// <summary>
        /// Measures the whole stream, and checks that the walk a download makes (the same bytes fed in chunks of
        /// every awkward size, headers and tags straddling them) measures exactly the same.
        /// </summary>
        private static Mp3Measurement? Measure(byte[] bytes)
        {
            Mp3Measurement? whole;
            using (var stream = new MemoryStream(bytes)) whole = Mp3Duration.Measure(stream);
            foreach (var chunk in new[] { 1, 3, 10, 417, 5000 })
            {
                var walker = new Mp3FrameWalker();
                var buffer = new byte[chunk + 8];
                for (var at = 0; at < bytes.Length; at += chunk)
                {
                    var n = Math.Min(chunk, bytes.Length - at);
                    Array.Copy(bytes, at, buffer, 8, n); // at an offset, as a sink may be handed
                    walker.Feed(buffer, 8, n);
                    Array.Clear(buffer, 0, buffer.Length); // what was fed must have been kept, not referenced
                }

                var chunked = walker.Complete();
                Assert.Equal(whole == null, chunked == null);
                if (whole == null) continue;
                Assert.Equal(whole.Frames, chunked!.Frames);
                Assert.Equal(whole.AudioBytes, chunked.AudioBytes);
                Assert.Equal(whole.Seconds, chunked.Seconds, 9);
            }

            return whole;
        }

        /// <summary>Layer III CBR frames: header, then zeros (silence), mono.</summary>
        internal static byte[] Frames(int sampleRate, int kbps, int count, int padEvery = 0, bool mpeg2 = false)
        {
            int[] mpeg1Rates = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };
            int[] mpeg2Rates = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };
            var bitrateIndex = Array.IndexOf(mpeg2 ? mpeg2Rates : mpeg1Rates, kbps);
            var rateIndex = mpeg2 ? Array.IndexOf(new[] { 22050, 24000, 16000 }, sampleRate) : Array.IndexOf(new[] { 44100, 48000, 32000 }, sampleRate);
            Assert.True(bitrateIndex > 0 && rateIndex >= 0);

            var output = new MemoryStream();
            for (var i = 0; i < count; i++)
            {
                var pad = padEvery > 0 && i % padEvery == 0 ? 1 : 0;
                var length = (mpeg2 ? 72 : 144) * kbps * 1000 / sampleRate + pad;
                var frame = new byte[length];
                frame[0] = 0xFF;
                frame[1] = (byte)(mpeg2 ? 0xF3 : 0xFB);
                frame[2] = (byte)((bitrateIndex << 4) | (rateIndex << 2) | (pad << 1));
                frame[3] = 0xC4;
                output.Write(frame, 0, frame.Length);
            }

            return output.ToArray();
        }

        private static byte[] Id3v2(byte[] body)
        {
            var size = body.Length;
            var header = new byte[]
            {
                (byte)'I', (byte)'D', (byte)'3', 3, 0, 0,
                (byte)((size >> 21) & 0x7F), (byte)((size >> 14) & 0x7F), (byte)((size >> 7) & 0x7F), (byte)(size & 0x7F),
            };
            return Concat(header, body);
        }

        private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
    }
}
