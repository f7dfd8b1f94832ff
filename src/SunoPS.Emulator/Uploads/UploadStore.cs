using System.Collections.Concurrent;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// The files received by the upload origin, kept on disk in a temporary folder of this emulator (never in
/// memory, so large uploads cost no RAM), by their <c>filePath</c>. The same path overwrites. Thread-safe.
/// </summary>
internal sealed class UploadStore : IDisposable
{
    /// <summary>Downloads are served under this prefix of the upload origin.</summary>
    public const string DownloadPrefix = "/tempfile/";

    private readonly ConcurrentDictionary<string, UploadedFile> _files = new(StringComparer.Ordinal);
    private readonly Lazy<string> _folder = new(() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sunops-emulator-uploads-" + Guid.NewGuid().ToString("N"))).FullName);

    /// <summary>The origin without its trailing slash, e.g. http://127.0.0.1:41236; set once bound.</summary>
    public string Base { get; private set; } = "";

    public void Bind(Uri uploadsUri) => Base = uploadsUri.AbsoluteUri.TrimEnd('/');

    /// <summary>The temporary folder that holds the bytes (tests watch a streamed upload arrive there).</summary>
    internal string Folder => _folder.Value;

    /// <summary>A fresh file in the store's folder to receive an upload; <see cref="Commit"/> or <see cref="Discard"/> it.</summary>
    public string NewDiskPath() => Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".upload");

    /// <summary>Makes a received file available under its path, replacing (and deleting) any older one there.</summary>
    public UploadedFile Commit(string filePath, string fileName, string diskPath, string mimeType, double now)
    {
        var file = new UploadedFile(filePath, fileName, diskPath, new FileInfo(diskPath).Length, mimeType, DateTimeOffset.UtcNow, now);
        UploadedFile? replaced = null;
        _files.AddOrUpdate(filePath, file, (_, old) =>
        {
            replaced = old;
            return file;
        });
        if (replaced is not null) Discard(replaced.DiskPath);
        return file;
    }

    public static void Discard(string diskPath)
    {
        try
        {
            File.Delete(diskPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still open for a download on a system that cannot delete open files: the folder goes at shutdown.
        }
    }

    /// <summary>The file at this path while it has not expired; an expired one is removed.</summary>
    public UploadedFile? Find(string filePath, double now)
    {
        if (!_files.TryGetValue(filePath, out var file)) return null;
        if (!file.IsExpiredAt(now)) return file;
        if (_files.TryRemove(new KeyValuePair<string, UploadedFile>(filePath, file))) Discard(file.DiskPath);
        return null;
    }

    /// <summary>The file a download URL of this origin names, or null (another origin, another path, gone).</summary>
    public UploadedFile? FindByUrl(Uri url, double now)
    {
        if (Base.Length == 0 || !string.Equals(url.GetLeftPart(UriPartial.Authority), Base, StringComparison.OrdinalIgnoreCase)) return null;
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        return path.StartsWith(DownloadPrefix, StringComparison.Ordinal) ? Find(path[DownloadPrefix.Length..], now) : null;
    }

    public bool IsOwnOrigin(Uri url) =>
        Base.Length > 0 && string.Equals(url.GetLeftPart(UriPartial.Authority), Base, StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL that serves a file back: the prefix, then the path with each segment escaped.</summary>
    public string DownloadUrlOf(UploadedFile file) =>
        Base + DownloadPrefix + string.Join('/', file.FilePath.Split('/').Select(Uri.EscapeDataString));

    public void Clear()
    {
        foreach (var path in _files.Keys)
        {
            if (_files.TryRemove(path, out var file)) Discard(file.DiskPath);
        }
    }

    public void Dispose()
    {
        _files.Clear();
        if (!_folder.IsValueCreated) return;
        try
        {
            Directory.Delete(_folder.Value, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open elsewhere; the system's temporary folder cleanup will take it.
        }
    }
}
