namespace SunoPS.Emulator.Uploads;

/// <summary>
/// One file the upload origin holds: where it is (its <c>filePath</c>, uploadPath/fileName), the bytes on disk,
/// and when it was received (real time for <c>uploadedAt</c>, emulated time for the 3-day expiry).
/// </summary>
internal sealed class UploadedFile(string filePath, string fileName, string diskPath, long size, string mimeType,
    DateTimeOffset uploadedAt, double uploadedAtEmulated)
{
    /// <summary>Uploaded files are deleted after 3 days (suno-api.md §4.24), on the emulated clock.</summary>
    public const double LifetimeSeconds = 3 * 24 * 3600;

    private readonly Lazy<double?> _duration = new(() => UploadedAudio.DurationSeconds(diskPath));

    public string FilePath { get; } = filePath;

    public string FileName { get; } = fileName;

    public string DiskPath { get; } = diskPath;

    public long Size { get; } = size;

    public string MimeType { get; } = mimeType;

    public DateTimeOffset UploadedAt { get; } = uploadedAt;

    public double UploadedAtEmulated { get; } = uploadedAtEmulated;

    /// <summary>Distinct per upload, so a file overwritten under the same name never matches an old If-Range.</summary>
    public string Etag { get; } = $"\"{Guid.NewGuid():N}-{size}\"";

    public bool IsExpiredAt(double now) => now - UploadedAtEmulated >= LifetimeSeconds;

    /// <summary>Seconds of audio when the file is an MP3 or a WAV the emulator can read; null otherwise. Read once.</summary>
    public double? DurationSeconds => _duration.Value;
}
