namespace SunoPS.Emulator.Uploads;

/// <summary>
/// Where an upload goes: <c>uploadPath</c> (required, no leading or trailing slash, §4.24) and the file name.
/// Both are checked so that a path can never leave the store (no "..", no backslashes, no empty segments).
/// </summary>
internal sealed record UploadTarget(string UploadPath, string FileName)
{
    public string FilePath => UploadPath + "/" + FileName;

    public static string CheckUploadPath(string? uploadPath)
    {
        if (string.IsNullOrWhiteSpace(uploadPath)) throw UploadError.Missing("uploadPath");
        if (uploadPath.StartsWith('/') || uploadPath.EndsWith('/'))
            throw UploadError.BadRequest("uploadPath must not start or end with a slash.");
        if (uploadPath.Contains('\\') || uploadPath.Split('/').Any(s => s.Length == 0 || s == "." || s == ".." || s.Any(char.IsControl)))
            throw UploadError.BadRequest("uploadPath must be folder names separated by single slashes (no '.', '..' or backslashes).");
        return uploadPath;
    }

    /// <summary>The given name, or the fallback (the original or a made-up name) when none was given.</summary>
    public static string CheckFileName(string? fileName, string fallback)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? fallback : fileName.Trim();
        if (name.Length == 0 || name.Length > 255 || name is "." or ".." || name.Contains('/') || name.Contains('\\') || name.Any(char.IsControl))
            throw UploadError.BadRequest("fileName must be a plain file name (no slashes).");
        return name;
    }
}
