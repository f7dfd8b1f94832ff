using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>
    /// A real HTTP server on loopback for what a fake handler cannot show (the real handler's redirect policy):
    /// answers every request with (status, JSON body, Location) from a delegate and counts what it saw.
    /// </summary>
    internal sealed class LocalServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly Func<HttpListenerRequest, (int Status, string Body, string? Location)> _answer;
        private readonly Task _loop;
        private int _requests;
        private string? _lastAuthorization;

        public LocalServer(Func<HttpListenerRequest, (int Status, string Body, string? Location)> answer)
        {
            _answer = answer;
            var port = FreePort();
            Uri = new Uri("http://127.0.0.1:" + port + "/");
            _listener.Prefixes.Add(Uri.AbsoluteUri);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public Uri Uri { get; }
        public int Requests => Volatile.Read(ref _requests);
        public string? LastAuthorization => Volatile.Read(ref _lastAuthorization);

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
                Volatile.Write(ref _lastAuthorization, context.Request.Headers["Authorization"]);
                var (status, body, location) = _answer(context.Request);
                context.Response.StatusCode = status;
                if (location != null) context.Response.RedirectLocation = location;
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
                context.Response.Close();
            }
        }

        internal static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }
    }
}
