using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace SunoPS.Tests.Support
{
    /// <summary>
    /// An HTTP proxy on loopback that answers each request itself (from its request line) and keeps every request
    /// line it got, so a test sees which hosts a command reached through it. One request per connection.
    /// </summary>
    public sealed class RecordingProxy : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly Func<string, (string ContentType, string Body)> _answer;

        public RecordingProxy(Func<string, (string ContentType, string Body)> answer)
        {
            _answer = answer;
            _listener.Start();
            Uri = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
            _ = ServeAsync();
        }

        public Uri Uri { get; }

        /// <summary>"GET http://host/path HTTP/1.1", in the order they came.</summary>
        public ConcurrentQueue<string> RequestLines { get; } = new ConcurrentQueue<string>();

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    var stream = client.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    var line = await reader.ReadLineAsync() ?? "";
                    RequestLines.Enqueue(line);
                    while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
                    {
                    }

                    var (type, text) = _answer(line);
                    var body = Encoding.UTF8.GetBytes(text);
                    var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.Length +
                                                       "\r\nConnection: close\r\n\r\n");
                    await stream.WriteAsync(head);
                    await stream.WriteAsync(body);
                }
            }
            catch (Exception e) when (e is ObjectDisposedException || e is SocketException || e is IOException || e is InvalidOperationException)
            {
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
