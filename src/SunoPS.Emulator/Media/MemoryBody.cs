namespace SunoPS.Emulator.Media;

/// <summary>A body already in memory: JSON envelopes, error pages, the cover image.</summary>
internal sealed class MemoryBody(ReadOnlyMemory<byte> bytes) : IResponseBody
{
    public long Length => bytes.Length;

    public ReadOnlyMemory<byte> Read(long offset, int maxCount)
    {
        var start = (int)offset;
        return bytes.Slice(start, Math.Min(maxCount, bytes.Length - start));
    }
}
