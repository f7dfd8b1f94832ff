using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>
    /// A raw HTTP/1.1 server on 127.0.0.1 that answers as badly as a test asks: any bytes and headers (invalid escapes,
    /// a bogus charset, a huge or gzip-bombed body), a reset after reading the request, a drip, or no answer at all.
    /// It counts the requests it read. One request per connection (it closes after answering).
    /// </summary>
    internal sealed class HostileServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly Func<int, string, NetworkStream, Socket, Task> _answer;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly List<string> _heads = new List<string>();
        private int _requests;

        /// <param name="answer">Given the request's number (from 1), its head and the connection: writes the answer (or does not).</param>
        public HostileServer(Func<int, string, NetworkStream, Socket, Task> answer)
        {
            _answer = answer;
            _listener.Start();
            Uri = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
            _ = Task.Run(AcceptLoopAsync);
        }

        public Uri Uri { get; }
        public int Requests => Volatile.Read(ref _requests);

        public IReadOnlyList<string> Heads
        {
            get
            {
                lock (_heads) return _heads.ToArray();
            }
        }

        /// <summary>Answers every request with this status, headers and body.</summary>
        public static HostileServer Always(int status, byte[] body, params string[] headers) =>
            new HostileServer((n, head, stream, socket) => WriteAsync(stream, status, body, headers));

        public static HostileServer Always(string json, params string[] headers) =>
            Always(200, Encoding.UTF8.GetBytes(json), headers.Length == 0 ? new[] { "Content-Type: application/json" } : headers);

        /// <summary>Resets every connection once the request has been read: the server may have acted on it.</summary>
        public static HostileServer Resetting() => new HostileServer((n, head, stream, socket) =>
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
            return Task.CompletedTask;
        });

        /// <summary>Reads the request and never answers (until disposed).</summary>
        public static HostileServer Silent() => new HostileServer((n, head, stream, socket) => Task.Delay(Timeout.Infinite, CancellationToken.None));

        public static async Task WriteAsync(Stream stream, int status, byte[] body, params string[] headers)
        {
            var head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
            foreach (var header in headers) head.Append(header).Append("\r\n");
            head.Append("Content-Length: ").Append(body.Length).Append("\r\nConnection: close\r\n\r\n");
            var bytes = Encoding.ASCII.GetBytes(head.ToString());
            await stream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }

        /// <summary>A gzip stream of <paramref name="size"/> bytes of '0': about a thousandth of that on the wire.</summary>
        public static byte[] GzipBomb(int size)
        {
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                var prefix = Encoding.ASCII.GetBytes("{\"code\":200,\"msg\":\"success\",\"data\":\"");
                gzip.Write(prefix, 0, prefix.Length);
                var zeros = new byte[64 * 1024];
                for (var i = 0; i < zeros.Length; i++) zeros[i] = (byte)'0';
                for (var written = 0; written < size; written += zeros.Length) gzip.Write(zeros, 0, zeros.Length);
            }

            return packed.ToArray();
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptSocketAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => ServeAsync(socket));
            }
        }

        private async Task ServeAsync(Socket socket)
        {
            try
            {
                using var stream = new NetworkStream(socket, ownsSocket: true);
                var head = await ReadRequestAsync(stream).ConfigureAwait(false);
                if (head == null) return;
                lock (_heads) _heads.Add(head);
                var number = Interlocked.Increment(ref _requests);
                await _answer(number, head, stream, socket).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is SocketException || e is ObjectDisposedException)
            {
                // The client went away: so be it.
            }
        }

        /// <summary>The request's head (its body, if any, is read and dropped); null when the client closed first.</summary>
        private static async Task<string?> ReadRequestAsync(NetworkStream stream)
        {
            var buffer = new List<byte>();
            var one = new byte[1];
            while (true)
            {
                if (await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 0) return null;
                buffer.Add(one[0]);
                var n = buffer.Count;
                if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n') break;
            }

            var head = Encoding.ASCII.GetString(buffer.ToArray());
            foreach (var line in head.Split(new[] { "\r\n" }, StringSplitOptions.None))
            {
                if (!line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) continue;
                var length = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var body = new byte[length];
                for (var read = 0; read < length;)
                {
                    var got = await stream.ReadAsync(body, read, length - read).ConfigureAwait(false);
                    if (got == 0) return null;
                    read += got;
                }
            }

            return head;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
