using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace SunoPS.Emulator.Tests.Support;

/// <summary>
/// A webhook receiver on 127.0.0.1 for callback tests: records each POST (path, content type, body) and answers with
/// the next status queued in <see cref="Answers"/> (200 once the queue is empty). One request per connection.
/// </summary>
internal sealed class CallbackListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private readonly Task _loop;

    public CallbackListener()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>HTTP statuses to answer, in order.</summary>
    public ConcurrentQueue<int> Answers { get; } = new();

    /// <summary>The next callback received, or a failed test after <paramref name="seconds"/> (a guard, not a timing assertion).</summary>
    public async Task<ReceivedCallback> NextAsync(double seconds = 30)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _received.Reader.ReadAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException("No callback arrived.");
        }
    }

    /// <summary>A callback already received, without waiting; null when none is queued.</summary>
    public ReceivedCallback? TryNext() => _received.Reader.TryRead(out var callback) ? callback : null;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = new List<byte>();
                while (!EndsWithBlankLine(head))
                {
                    var b = stream.ReadByte();
                    if (b < 0) return;
                    head.Add((byte)b);
                }

                var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
                var requestLine = lines[0].Split(' ');
                var headers = lines.Skip(1).Where(l => l.Contains(':'))
                    .ToDictionary(l => l[..l.IndexOf(':')].Trim(), l => l[(l.IndexOf(':') + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
                var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text) : 0;
                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var n = await stream.ReadAsync(body.AsMemory(read, length - read));
                    if (n == 0) break;
                    read += n;
                }

                var status = Answers.TryDequeue(out var queued) ? queued : 200;
                const string ack = "{\"status\":\"received\"}";
                var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {ack.Length}\r\nConnection: close\r\n\r\n{ack}");
                await stream.WriteAsync(answer);
                await stream.FlushAsync();
                _received.Writer.TryWrite(new ReceivedCallback(requestLine[0], requestLine[1],
                    headers.GetValueOrDefault("Content-Type"), headers.ContainsKey("Authorization"), Encoding.UTF8.GetString(body), status));
            }
            catch (IOException)
            {
            }
        }
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}

/// <summary>One POST the listener got, and the status it answered.</summary>
internal sealed record ReceivedCallback(string Method, string Path, string? ContentType, bool HadAuthorization, string Body, int AnsweredWith)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
