using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SunoPS.Client.Downloads
{
    /// <summary>What the RIFF/WAVE header of a file says.</summary>
    public sealed class WavInfo
    {
        internal WavInfo(int audioFormat, int channels, int sampleRate, long byteRate, int blockAlign, int bitsPerSample,
            long dataOffset, long dataLength)
        {
            AudioFormat = audioFormat;
            Channels = channels;
            SampleRate = sampleRate;
            ByteRate = byteRate;
            BlockAlign = blockAlign;
            BitsPerSample = bitsPerSample;
            DataOffset = dataOffset;
            DataLength = dataLength;
        }

        /// <summary>The fmt chunk's format tag: 1 PCM, 3 IEEE float, 0xFFFE extensible.</summary>
        public int AudioFormat { get; }

        public int Channels { get; }
        public int SampleRate { get; }

        /// <summary>Bytes of audio per second, as the fmt chunk declares.</summary>
        public long ByteRate { get; }

        public int BlockAlign { get; }
        public int BitsPerSample { get; }

        /// <summary>Where the samples start, from the start of the file.</summary>
        public long DataOffset { get; }

        /// <summary>Bytes of samples (the data chunk's length, all of them present).</summary>
        public long DataLength { get; }

        /// <summary>The playing time the data holds.</summary>
        public double Seconds => ByteRate > 0 ? (double)DataLength / ByteRate : 0;
    }

    /// <summary>
    /// Reads and checks the header of a WAV file: <c>RIFF</c> with a size that matches the file, <c>WAVE</c>, a
    /// <c>fmt </c> chunk, and a <c>data</c> chunk whose declared length is all there. Chunks may come in any order
    /// and others (<c>LIST</c>, <c>fact</c>, …) may sit between them. Seeks from chunk header to chunk header, so
    /// memory stays flat whatever the file size. RF64 (WAVs over 4 GB) is not read.
    /// </summary>
    public static class WavHeader
    {
        private const int ChunkHeaderSize = 8;
        private const int FmtMinimum = 16;

        /// <summary>Reads the WAV at <paramref name="path"/>; null, and why in <paramref name="problem"/>, when it is not a whole WAV.</summary>
        public static WavInfo? TryRead(string path, out string? problem)
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096))
            {
                return TryRead(stream, out problem);
            }
        }

        /// <summary>Reads a seekable stream holding a WAV from its current position to its end.</summary>
        public static WavInfo? TryRead(Stream stream, out string? problem)
        {
            if (stream == null) throw new ArgumentNullException(nameof(stream));
            if (!stream.CanSeek) throw new ArgumentException("The stream must be seekable.", nameof(stream));

            var start = stream.Position;
            var length = stream.Length - start;
            var header = new byte[12];
            if (!ReadExactly(stream, header, 12))
            {
                return Fail(out problem, "The file is too short to be a WAV ({0} bytes).", length);
            }

            if (!Is(header, 0, "RIFF")) return Fail(out problem, "The file is not a WAV: it does not start with RIFF.");
            if (!Is(header, 8, "WAVE")) return Fail(out problem, "The file is a RIFF file but not a WAVE.");

            var riffEnd = ChunkHeaderSize + UInt32(header, 4);
            if (length < riffEnd)
            {
                return Fail(out problem, "The WAV is truncated: its RIFF header announces {0} bytes but the file has {1}.", riffEnd, length);
            }

            // The RIFF size leaves out only the pad byte that follows an odd-sized last chunk.
            if (length != riffEnd && length != riffEnd + (riffEnd & 1))
            {
                return Fail(out problem, "The WAV's RIFF header announces {0} bytes but the file has {1}.", riffEnd, length);
            }

            var chunk = new byte[FmtMinimum];
            byte[]? fmt = null;
            long dataOffset = -1, dataLength = 0;
            long position = 12;
            while (position + ChunkHeaderSize <= riffEnd)
            {
                stream.Position = start + position;
                if (!ReadExactly(stream, chunk, ChunkHeaderSize)) break;
                var id = Encoding.ASCII.GetString(chunk, 0, 4);
                var size = UInt32(chunk, 4);
                var body = position + ChunkHeaderSize;
                if (body + size > riffEnd)
                {
                    return Fail(out problem, "The WAV is truncated: its '{0}' chunk declares {1} bytes but {2} are present.",
                        id.TrimEnd(), size, riffEnd - body);
                }

                if (id == "fmt " && fmt == null)
                {
                    if (size < FmtMinimum) return Fail(out problem, "The WAV's fmt chunk is too short ({0} bytes).", size);
                    fmt = new byte[FmtMinimum];
                    if (!ReadExactly(stream, fmt, FmtMinimum)) return Fail(out problem, "The WAV's fmt chunk could not be read.");
                }
                else if (id == "data" && dataOffset < 0)
                {
                    dataOffset = body;
                    dataLength = size;
                }

                position = body + size + (size & 1); // chunks are padded to an even length
            }

            if (position < riffEnd) return Fail(out problem, "The WAV ends in a cut-off chunk header.");
            if (fmt == null) return Fail(out problem, "The WAV has no fmt chunk.");
            if (dataOffset < 0) return Fail(out problem, "The WAV has no data chunk.");

            var info = new WavInfo(
                audioFormat: UInt16(fmt, 0),
                channels: UInt16(fmt, 2),
                sampleRate: (int)Math.Min(int.MaxValue, UInt32(fmt, 4)),
                byteRate: UInt32(fmt, 8),
                blockAlign: UInt16(fmt, 12),
                bitsPerSample: UInt16(fmt, 14),
                dataOffset: dataOffset,
                dataLength: dataLength);
            if (info.Channels == 0 || info.SampleRate == 0 || info.BlockAlign == 0 || info.ByteRate == 0)
            {
                return Fail(out problem, "The WAV's fmt chunk is not valid ({0} channels, {1} Hz, {2} bytes per second).",
                    info.Channels, info.SampleRate, info.ByteRate);
            }

            problem = null;
            return info;
        }

        private static WavInfo? Fail(out string? problem, string format, params object[] values)
        {
            problem = string.Format(CultureInfo.InvariantCulture, format, values);
            return null;
        }

        private static bool Is(byte[] data, int offset, string magic)
        {
            for (var i = 0; i < magic.Length; i++)
            {
                if (data[offset + i] != (byte)magic[i]) return false;
            }

            return true;
        }

        private static long UInt32(byte[] data, int offset) =>
            data[offset] | ((long)data[offset + 1] << 8) | ((long)data[offset + 2] << 16) | ((long)data[offset + 3] << 24);

        private static int UInt16(byte[] data, int offset) => data[offset] | (data[offset + 1] << 8);

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
    }
}
