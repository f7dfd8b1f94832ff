using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Tests.Support;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>
    /// A file host on loopback that answers as a test tells it (endless bodies, HTML or JSON as audio, redirects), for
    /// what the emulator's files origin does not do. Counts requests and the body bytes it managed to send.
    /// </summary>
    internal sealed class HostileFileServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly Func<HttpListenerContext, HostileFileServer, Task> _answer;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private int _requests;
        private long _sent;

        public HostileFileServer(Func<HttpListenerContext, HostileFileServer, Task> answer)
        {
            _answer = answer;
            Uri = new Uri("http://127.0.0.1:" + LocalServer.FreePort() + "/");
            _listener.Prefixes.Add(Uri.AbsoluteUri);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public Uri Uri { get; }
        public int Requests => Volatile.Read(ref _requests);
        public long BytesSent => Interlocked.Read(ref _sent);
        public CancellationToken Stopping => _stop.Token;

        /// <summary>Sends <paramref name="body"/> with the given type and closes the response.</summary>
        public static async Task Send(HttpListenerContext context, string contentType, byte[] body, int status = 200)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, 0, body.Length);
            context.Response.Close();
        }

        /// <summary>Writes and counts a chunk of the body.</summary>
        public async Task WriteAsync(HttpListenerContext context, byte[] chunk)
        {
            await context.Response.OutputStream.WriteAsync(chunk, 0, chunk.Length, _stop.Token);
            Interlocked.Add(ref _sent, chunk.Length);
        }

        /// <summary>A URL on this server (the path decides nothing unless the answer looks at it).</summary>
        public string Url(string path) => new Uri(Uri, path).AbsoluteUri;

        /// <summary>A downloader that fetches from here; reading a task record is refused (no API here).</summary>
        public static OutputDownloader Downloader(Action<OutputDownloadOptions>? configure = null, FileHostClient? files = null)
        {
            var options = new OutputDownloadOptions
            {
                RetryBaseDelay = TimeSpan.FromMilliseconds(10),
                MaxRetryDelay = TimeSpan.FromMilliseconds(50),
                ReadTimeout = TimeSpan.FromSeconds(5),
            };
            configure?.Invoke(options);
            return new OutputDownloader(files ?? new FileHostClient("SunoPS.Tests"), options,
                (reference, token) => throw new InvalidOperationException("No API behind a hostile file host."));
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await _answer(context, this).ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // the client hung up: what the tests provoke
                        try { context.Response.Abort(); } catch (Exception) { }
                    }
                });
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _listener.Stop();
                _listener.Close();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
