using Microsoft.Win32.SafeHandles;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Uploads;

/// <summary>An uploaded file served from disk in slices, so a download of any size holds one small buffer.</summary>
internal sealed class DiskFileBody : IResponseBody, IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly byte[] _buffer = new byte[64 * 1024];

    public DiskFileBody(string path)
    {
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Length = RandomAccess.GetLength(_handle);
    }

    public long Length { get; }

    // The sender awaits each slice before it asks for the next, so one buffer is enough.
    public ReadOnlyMemory<byte> Read(long offset, int maxCount)
    {
        var read = RandomAccess.Read(_handle, _buffer.AsSpan(0, Math.Min(maxCount, _buffer.Length)), offset);
        if (read == 0) throw new IOException("The uploaded file is shorter than it was.");
        return _buffer.AsMemory(0, read);
    }

    public void Dispose() => _handle.Dispose();
}
