using System;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// How many body bytes a file may have before the download stops: well past what its playing time allows at the
    /// kind's top rate, so a hostile or broken host cannot fill the disk with a 10 s track. Kinds whose length the
    /// record does not give get a generous cap of their own.
    /// </summary>
    internal static class DownloadSizeLimit
    {
        private const long MiB = 1024 * 1024;

        /// <summary>MP3 at 320 kbit/s.</summary>
        private const double Mp3BytesPerSecond = 320 * 1000 / 8.0;

        /// <summary>WAV at 48 kHz, two channels of 32 bits.</summary>
        private const double WavBytesPerSecond = 48000 * 2 * 4;

        private const double Margin = 1.5;

        /// <summary>Room for a file host's own leading tag with its cover, or a container's headers.</summary>
        private const long Slack = 4 * MiB;

        public static long For(SunoOutputKind kind, double? seconds)
        {
            var known = Durations.Usable(seconds);
            switch (kind)
            {
                case SunoOutputKind.Audio:
                case SunoOutputKind.Stem:
                case SunoOutputKind.Stream:
                    return known.HasValue ? Scaled(known.Value, Mp3BytesPerSecond) : 512 * MiB;
                case SunoOutputKind.Wav:
                    return known.HasValue ? Scaled(known.Value, WavBytesPerSecond) : 4096 * MiB;
                case SunoOutputKind.Video:
                    return 4096 * MiB;
                case SunoOutputKind.Image:
                    return 64 * MiB;
                default:
                    return 64 * MiB;
            }
        }

        private static long Scaled(double seconds, double bytesPerSecond) =>
            (long)Math.Min(long.MaxValue / 2, seconds * bytesPerSecond * Margin) + Slack;
    }
}
