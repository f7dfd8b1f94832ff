using System.Globalization;

namespace SunoPS.Emulator.Files;

/// <summary>
/// The files origin's address, and the shape all hosted file URLs share: <c>&lt;prefix&gt;&lt;generation&gt;/&lt;name&gt;&lt;ext&gt;</c>.
/// The generation segment changes when a task's files expire, so re-reading the record yields working URLs.
/// Each family picks its prefix and names (see its *FileUrls / *Files class).
/// </summary>
internal sealed class FileUrls(Uri filesUri)
{
    /// <summary>The origin without its trailing slash, e.g. http://127.0.0.1:41235.</summary>
    public string Base { get; } = filesUri.AbsoluteUri.TrimEnd('/');

    public string Hosted(string prefix, int generation, string name, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{Base}{prefix}{generation}/{name}{extension}");

    /// <summary>Splits "&lt;generation&gt;/&lt;name&gt;" (the path after a prefix); false when it is not that shape.</summary>
    public static bool TryParseHosted(ReadOnlySpan<char> rest, out int generation, out string name)
    {
        name = "";
        generation = 0;
        var slash = rest.IndexOf('/');
        if (slash <= 0 || !int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out generation)) return false;
        name = rest[(slash + 1)..].ToString();
        return true;
    }
}
