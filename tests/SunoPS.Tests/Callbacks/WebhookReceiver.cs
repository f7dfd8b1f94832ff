using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace SunoPS.Tests.Callbacks
{
    /// <summary>A webhook on loopback that takes every callback with HTTP 200, so the emulator posts each stage in turn.</summary>
    internal sealed class WebhookReceiver : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();

        public WebhookReceiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = "http://127.0.0.1:" + port + "/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public string Url { get; }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                try
                {
                    var context = await _listener.GetContextAsync().ConfigureAwait(false);
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return;
                }
            }
        }

        public void Dispose() => _listener.Close();
    }
}
