namespace SunoPS.Emulator.Media;

/// <summary>
/// A response body that can be read from any offset without being held in memory,
/// so ranges, truncation and slow streaming all work the same for every kind of content.
/// </summary>
internal interface IResponseBody
{
    long Length { get; }

    /// <summary>The bytes from <paramref name="offset"/>, at most <paramref name="maxCount"/>; never empty while offset &lt; Length.</summary>
    ReadOnlyMemory<byte> Read(long offset, int maxCount);
}
