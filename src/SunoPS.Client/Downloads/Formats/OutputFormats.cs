using System;
using System.Collections.Generic;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>Which format saves which kind of output. A new kind is one line here.</summary>
    internal static class OutputFormats
    {
        private static readonly Dictionary<SunoOutputKind, IOutputFormat> ByKind = new Dictionary<SunoOutputKind, IOutputFormat>
        {
            [SunoOutputKind.Audio] = Mp3Format.Song,
            [SunoOutputKind.Stream] = new PlainFormat(".mp3", ".mp3", ".m4a"),
            [SunoOutputKind.Image] = ImageFormat.Instance,
            [SunoOutputKind.Wav] = WavFormat.Instance,
            [SunoOutputKind.Stem] = Mp3Format.Stem,
            [SunoOutputKind.Video] = IsoMediaFormat.Video,
            [SunoOutputKind.Midi] = MidiFormat.Instance,
            [SunoOutputKind.Lyrics] = new PlainFormat(".txt"),
            [SunoOutputKind.Lrc] = new PlainFormat(".lrc"),
        };

        public static IOutputFormat For(SunoOutputKind kind) =>
            ByKind.TryGetValue(kind, out var format)
                ? format
                : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No format saves outputs of this kind.");
    }
}
