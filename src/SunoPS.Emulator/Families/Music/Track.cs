using System.Buffers.Text;
using System.Text;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Music;

/// <summary>One of the two songs a music task produces.</summary>
internal sealed class Track
{
    public Track(Guid id, string title, string tags, string lyrics, long frames, long createTimeMs)
    {
        Id = id;
        IdText = id.ToString("D");
        EncodedId = EncodeId(IdText);
        Title = title;
        Tags = tags;
        Lyrics = lyrics;
        Frames = frames;
        CreateTimeMs = createTimeMs;
    }

    public Guid Id { get; }

    /// <summary>The UUID as the API shows it, e.g. 6471dc8b-0883-47bc-bc5e-11fa0c4316af.</summary>
    public string IdText { get; }

    /// <summary>The file name on the files origin: base64url of the UUID text, as the real file host does (with url-safe letters).</summary>
    public string EncodedId { get; }

    public string Title { get; }

    public string Tags { get; }

    public string Lyrics { get; }

    /// <summary>MP3 frames in the file; the reported duration is derived from it so the two always agree.</summary>
    public long Frames { get; }

    public double DurationSeconds => Math.Round(Frames * SilentMp3.SecondsPerFrame, 2);

    public long CreateTimeMs { get; }

    public static string EncodeId(string idText) => Files.FileNames.Encode(idText);

    public static bool TryDecodeId(string encoded, out Guid id)
    {
        id = default;
        if (encoded.Length is 0 or > 64) return false;
        Span<byte> bytes = stackalloc byte[64];
        return Base64Url.TryDecodeFromChars(encoded, bytes, out var written)
            && Guid.TryParseExact(Encoding.ASCII.GetString(bytes[..written]), "D", out id);
    }
}
