namespace SunoPS.Emulator.Tests.Uploads;

/// <summary>
/// A read-only stream of a known byte pattern, made as it is read (no memory for the length), that can hold
/// still at one position until the test lets it go on: a large upload body that shows streaming on the server.
/// </summary>
internal sealed class PatternStream(long length, long pauseAt = -1) : Stream
{
    private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _position;

    /// <summary>Completes once every byte before the pause position has been read.</summary>
    public Task Paused => _paused.Task;

    public void Resume() => _resume.TrySetResult();

    public static byte At(long position) => (byte)((position * 31 + 7) % 251);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position == pauseAt)
        {
            _paused.TrySetResult();
            await _resume.Task.WaitAsync(cancellationToken);
        }

        var end = pauseAt > _position ? Math.Min(length, pauseAt) : length;
        var count = (int)Math.Min(buffer.Length, end - _position);
        var span = buffer.Span;
        for (var i = 0; i < count; i++) span[i] = At(_position + i);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
