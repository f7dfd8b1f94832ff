namespace SunoPS.Emulator.Uploads;

/// <summary>
/// Writes an upload's bytes into a fresh file of the store as they arrive (never the whole file in memory),
/// then commits it under its target path, or deletes it when the upload is refused half-way.
/// </summary>
internal static class ReceivedFile
{
    private const int BufferBytes = 81920;

    public static async Task<UploadedFile> SaveAsync(EmulatorState state, Func<Stream, Task> writeTo, Func<UploadTarget> target, Func<string, string> mimeOf)
    {
        var diskPath = state.Uploads.NewDiskPath();
        try
        {
            await using (var file = new FileStream(diskPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true))
            {
                await writeTo(file);
            }

            var where = target();
            return state.Uploads.Commit(where.FilePath, where.FileName, diskPath, mimeOf(where.FileName), state.Clock.Now);
        }
        catch
        {
            UploadStore.Discard(diskPath);
            throw;
        }
    }

    public static async Task CopyAsync(Stream source, Stream destination, CancellationToken cancel) =>
        await source.CopyToAsync(destination, BufferBytes, cancel);
}
