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
    /// CBR or VBR), skipping ID3v2 tags at the start and stopping at trailing tags (<see cref="Mp3FrameWalker"/>).
    /// Reads the file once, front to back, through a fixed buffer, so memory stays flat whatever its size. A
    /// download is measured as it arrives instead (Formats/MeasuringMp3Sink), without reading the file back.
    /// </summary>
    public static class Mp3Duration
    {
        private const int ReadSize = 64 * 1024;

        /// <summary>Measures the MP3 at <paramref name="path"/>; null when it holds no MPEG audio.</summary>
        public static Mp3Measurement? Measure(string path)
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                return Measure(stream);
            }
        }

        /// <summary>Measures a stream from its current position to its end; null when it holds no MPEG audio.</summary>
        public static Mp3Measurement? Measure(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException(nameof(stream));
            var walker = new Mp3FrameWalker();
            var buffer = new byte[ReadSize];
            int read;
            while (!walker.Ended && (read = stream.Read(buffer, 0, buffer.Length)) > 0) walker.Feed(buffer, 0, read);
            return walker.Complete();
        }
    }
}
