using System;
using System.IO;

namespace SunoPS.Client.Downloads
{
    /// <summary>What walking an MPEG audio stream frame by frame found.</summary>
    public sealed class Mp3Measurement
    {
        internal Mp3Measurement(long frames, double seconds, int sampleRate, long audioBytes)
        {
            Frames = frames;
            Seconds = seconds;
            SampleRate = sampleRate;
            AudioBytes = audioBytes;
        }

        /// <summary>Audio frames (a leading Xing/Info/VBRI header frame is not counted).</summary>
        public long Frames { get; }

        /// <summary>The playing time the frames add up to.</summary>
        public double Seconds { get; }

        public int SampleRate { get; }

        /// <summary>Bytes that belong to frames (the rest is tags or garbage).</summary>
        public long AudioBytes { get; }
    }

    /// <summary>
    /// Measures the real playing time of an MP3 by walking its frame headers (MPEG 1, 2 and 2.5, layers I–III,
    /// CBR or VBR), skipping ID3v2 tags at the start and stopping at trailing tags. Reads headers only: it
    /// seeks from frame to frame, so memory stays flat whatever the file size.
    /// </summary>
    public static class Mp3Duration
    {
        // Bit rates in kbps by [version is MPEG-1 ? 0 : 1][layer - 1][index].
        private static readonly int[][][] Bitrates =
        {
            new[]
            {
                new[] { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448 },
                new[] { 0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384 },
                new[] { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 },
            },
            new[]
            {
                new[] { 0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256 },
                new[] { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 },
                new[] { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 },
            },
        };

        private static readonly int[] SampleRatesMpeg1 = { 44100, 48000, 32000 };

        /// <summary>How far past the tags the first frame may start (some encoders pad).</summary>
        private const int MaxLeadingGarbage = 64 * 1024;

        /// <summary>Measures the MP3 at <paramref name="path"/>; null when it holds no MPEG audio.</summary>
        public static Mp3Measurement? Measure(string path)
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024))
            {
                return Measure(stream);
            }
        }

        /// <summary>Measures a seekable stream from its current position; null when it holds no MPEG audio.</summary>
        public static Mp3Measurement? Measure(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException(nameof(stream));
            if (!stream.CanSeek) throw new ArgumentException("The stream must be seekable.", nameof(stream));

            var header = new byte[Id3v2Header.Size];
            var position = SkipId3v2Tags(stream, header);
            var length = stream.Length;

            long frames = 0, audioBytes = 0;
            double seconds = 0;
            var sampleRate = 0;
            var checkedForInfoFrame = false;
            var resyncBudget = MaxLeadingGarbage;
            while (position + 4 <= length)
            {
                stream.Position = position;
                if (!ReadExactly(stream, header, 4)) break;
                var ok = TryParseHeader(header, out var frame);
                // A lone 0xFF in tag or padding bytes looks like a header; the first real frame is followed by another.
                if (ok && frames == 0 && !ConfirmedByNext(stream, position, frame, length, header)) ok = false;
                if (!ok)
                {
                    // Lost sync: scan forward, but only so far.
                    if (resyncBudget-- <= 0) break;
                    position++;
                    continue;
                }

                if (position + frame.Length > length) break; // a cut-off last frame plays nothing

                var isInfoFrame = !checkedForInfoFrame && IsVbrInfoFrame(stream, position, frame);
                checkedForInfoFrame = true;
                if (!isInfoFrame)
                {
                    frames++;
                    seconds += (double)frame.Samples / frame.SampleRate;
                    audioBytes += frame.Length;
                    sampleRate = frame.SampleRate;
                }

                position += frame.Length;
                resyncBudget = 4096; // after real audio, only small gaps are tolerated
            }

            return frames == 0 ? null : new Mp3Measurement(frames, seconds, sampleRate, audioBytes);
        }

        private static long SkipId3v2Tags(Stream stream, byte[] header)
        {
            long position = stream.Position;
            while (true)
            {
                stream.Position = position;
                if (!ReadExactly(stream, header, Id3v2Header.Size)) return position;
                var tagLength = Id3v2Header.TagLength(header);
                if (tagLength == 0) return position;
                position += tagLength;
            }
        }

        private static bool ConfirmedByNext(Stream stream, long position, Frame frame, long length, byte[] buffer)
        {
            var next = position + frame.Length;
            if (next + 4 > length) return next <= length; // a single frame that fills the file
            stream.Position = next;
            if (!ReadExactly(stream, buffer, 4)) return false;
            return TryParseHeader(buffer, out var following) &&
                   following.Version == frame.Version && following.Layer == frame.Layer && following.SampleRate == frame.SampleRate;
        }

        /// <summary>True when the frame holds a Xing, Info or VBRI header rather than audio.</summary>
        private static bool IsVbrInfoFrame(Stream stream, long position, Frame frame)
        {
            if (frame.Layer != 3) return false;
            var probe = new byte[Math.Min(frame.Length, 64)];
            stream.Position = position;
            if (!ReadExactly(stream, probe, probe.Length)) return false;

            int sideInfo;
            if (frame.Version == 1) sideInfo = frame.Mono ? 17 : 32;
            else sideInfo = frame.Mono ? 9 : 17;
            return Has(probe, 4 + sideInfo, "Xing") || Has(probe, 4 + sideInfo, "Info") || Has(probe, 4 + 32, "VBRI");
        }

        private static bool Has(byte[] data, int offset, string tag)
        {
            if (offset + tag.Length > data.Length) return false;
            for (var i = 0; i < tag.Length; i++)
            {
                if (data[offset + i] != (byte)tag[i]) return false;
            }

            return true;
        }

        private static bool TryParseHeader(byte[] h, out Frame frame)
        {
            frame = default;
            if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) return false;

            var versionBits = (h[1] >> 3) & 0x3; // 0: 2.5, 2: 2, 3: 1
            var layerBits = (h[1] >> 1) & 0x3;   // 1: III, 2: II, 3: I
            var bitrateIndex = (h[2] >> 4) & 0xF;
            var rateIndex = (h[2] >> 2) & 0x3;
            if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) return false;

            var version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
            var layer = 4 - layerBits;
            var padding = (h[2] >> 1) & 0x1;
            var bitrate = Bitrates[version == 1 ? 0 : 1][layer - 1][bitrateIndex] * 1000;
            var sampleRate = SampleRatesMpeg1[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);

            int samples, length;
            if (layer == 1)
            {
                samples = 384;
                length = (12 * bitrate / sampleRate + padding) * 4;
            }
            else
            {
                samples = layer == 3 && version != 1 ? 576 : 1152;
                length = samples / 8 * bitrate / sampleRate + padding;
            }

            if (length < 4) return false;
            frame = new Frame(version, layer, sampleRate, samples, length, ((h[3] >> 6) & 0x3) == 3);
            return true;
        }

        private static bool ReadExactly(Stream stream, byte[] buffer, int count)
        {
            var read = 0;
            while (read < count)
            {
                var n = stream.Read(buffer, read, count - read);
                if (n <= 0) return false;
                read += n;
            }

            return true;
        }

        private readonly struct Frame
        {
            public Frame(int version, int layer, int sampleRate, int samples, int length, bool mono)
            {
                Version = version;
                Layer = layer;
                SampleRate = sampleRate;
                Samples = samples;
                Length = length;
                Mono = mono;
            }

            public int Version { get; }
            public int Layer { get; }
            public int SampleRate { get; }
            public int Samples { get; }
            public int Length { get; }
            public bool Mono { get; }
        }
    }
}
