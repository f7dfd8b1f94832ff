using System.Buffers.Text;
using System.Text;

namespace SunoPS.Emulator.Files;

/// <summary>
/// File names on the files origin: base64url of an id's text, as the real file host names its files
/// (suno-api.md §4.10: <c>&lt;base64-of-id&gt;.mp3</c>), with url-safe letters so no escaping is needed.
/// </summary>
internal static class FileNames
{
    private const int MaxEncodedChars = 128;

    public static string Encode(string idText) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(idText));

    /// <summary>The id text back from a name; false for anything that is not short base64url.</summary>
    public static bool TryDecode(string encoded, out string idText)
    {
        idText = "";
        if (encoded.Length is 0 or > MaxEncodedChars) return false;
        Span<byte> bytes = stackalloc byte[MaxEncodedChars];
        if (!Base64Url.TryDecodeFromChars(encoded, bytes, out var written)) return false;
        idText = Encoding.ASCII.GetString(bytes[..written]);
        return true;
    }
}
