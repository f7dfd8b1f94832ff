using System;
using System.IO;
using System.Text;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>WAV files built here chunk by chunk, so each test says exactly what its file holds.</summary>
    internal static class WavFiles
    {
        public const int SampleRate = 8000;
        public const int Channels = 1;
        public const int Bits = 16;
        public const int ByteRate = SampleRate * Channels * Bits / 8;

        /// <summary>A plain PCM WAV: fmt, then data of <paramref name="seconds"/> of a ramp.</summary>
        public static byte[] Pcm(double seconds) => Riff(Fmt(), Data(seconds));

        /// <summary>RIFF/WAVE around the chunks, each padded to an even length; the RIFF size is right.</summary>
        public static byte[] Riff(params byte[][] chunks)
        {
            var body = new MemoryStream();
            body.Write(Ascii("WAVE"));
            foreach (var chunk in chunks) body.Write(chunk);
            var output = new MemoryStream();
            output.Write(Ascii("RIFF"));
            output.Write(BitConverter.GetBytes((uint)body.Length));
            body.Position = 0;
            body.CopyTo(output);
            return output.ToArray();
        }

        public static byte[] Fmt(int sampleRate = SampleRate, int channels = Channels, int bits = Bits)
        {
            var body = new MemoryStream();
            body.Write(BitConverter.GetBytes((ushort)1)); // PCM
            body.Write(BitConverter.GetBytes((ushort)channels));
            body.Write(BitConverter.GetBytes((uint)sampleRate));
            body.Write(BitConverter.GetBytes((uint)(sampleRate * channels * bits / 8)));
            body.Write(BitConverter.GetBytes((ushort)(channels * bits / 8)));
            body.Write(BitConverter.GetBytes((ushort)bits));
            return Chunk("fmt ", body.ToArray());
        }

        public static byte[] Data(double seconds)
        {
            var samples = new byte[(int)(seconds * ByteRate)];
            for (var i = 0; i < samples.Length; i++) samples[i] = (byte)i;
            return Chunk("data", samples);
        }

        /// <summary>A LIST/INFO chunk as many encoders write, with an odd-sized body (so it is padded).</summary>
        public static byte[] List() => Chunk("LIST", Ascii("INFOISFT\u0005\0\0\0Suno\0"));

        public static byte[] Chunk(string id, byte[] body, uint? declaredSize = null)
        {
            var output = new MemoryStream();
            output.Write(Ascii(id));
            output.Write(BitConverter.GetBytes(declaredSize ?? (uint)body.Length));
            output.Write(body);
            if (body.Length % 2 == 1) output.WriteByte(0);
            return output.ToArray();
        }

        /// <summary>Writes RIFF's size again so it matches the array's length (a writer that fixed up its header but not its data chunk).</summary>
        public static byte[] WithRiffSizeOfLength(byte[] wav)
        {
            var copy = (byte[])wav.Clone();
            BitConverter.GetBytes((uint)(copy.Length - 8)).CopyTo(copy, 4);
            return copy;
        }

        private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
    }
}
