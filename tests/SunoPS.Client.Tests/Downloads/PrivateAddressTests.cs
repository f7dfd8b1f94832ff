using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>File URLs (and every redirect hop) that point at loopback, link-local or private addresses are refused.</summary>
    public sealed class PrivateAddressTests
    {
        [Theory]
        [InlineData("127.0.0.1")]
        [InlineData("127.0.0.2")]
        [InlineData("10.1.2.3")]
        [InlineData("172.16.0.1")]
        [InlineData("172.31.255.255")]
        [InlineData("192.168.1.1")]
        [InlineData("169.254.169.254")]
        [InlineData("100.64.0.1")]
        [InlineData("0.0.0.0")]
        [InlineData("::1")]
        [InlineData("::")]
        [InlineData("fe80::1")]
        [InlineData("fc00::1")]
        [InlineData("fd12:3456::1")]
        [InlineData("::ffff:10.0.0.1")]
        [InlineData("::ffff:127.0.0.1")]
        public void Private_addresses_are_recognised(string address) => Assert.True(PrivateAddresses.Contains(IPAddress.Parse(address)));

        [Theory]
        [InlineData("8.8.8.8")]
        [InlineData("172.32.0.1")]
        [InlineData("203.0.113.5")]
        [InlineData("2001:4860:4860::8888")]
        [InlineData("::ffff:8.8.8.8")]
        public void Public_addresses_are_not(string address) => Assert.False(PrivateAddresses.Contains(IPAddress.Parse(address)));

        private static SunoTaskOutput Song(string url) => new SunoTaskOutput
        {
            Kind = SunoOutputKind.Audio,
            Family = SunoTaskFamily.Music,
            Id = "track-private",
            TaskId = "task-private",
            Url = url,
        };

        private static OutputDownloadRequest Request(string url) =>
            new OutputDownloadRequest(Song(url), Path.Combine(Path.GetTempPath(), "sunops-private-" + Guid.NewGuid().ToString("N"), "x.mp3")) { Tag = false };

        [Theory]
        [InlineData("127.0.0.1")]
        [InlineData("localhost")] // a name that resolves there
        public async Task A_file_url_on_a_private_address_is_refused_without_a_request(string host)
        {
            using var server = new HostileFileServer((context, self) => HostileFileServer.Send(context, "audio/mpeg", new byte[10]));
            var files = new FileHostClient("SunoPS.Tests", allowPrivate: false);
            var url = "http://" + host + ":" + server.Uri.Port + "/song.mp3";

            var e = await Assert.ThrowsAsync<SunoException>(() => HostileFileServer.Downloader(files: files).DownloadAsync(Request(url)));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("private address", e.Message);
            Assert.Equal(0, server.Requests);
        }

        [Theory]
        [InlineData("http://127.0.0.2:{port}/song.mp3")]
        [InlineData("http://169.254.169.254/latest/meta-data/")]
        [InlineData("http://[::1]:{port}/song.mp3")]
        public async Task A_redirect_to_a_private_address_is_refused(string location)
        {
            using var server = new HostileFileServer((context, self) =>
            {
                context.Response.StatusCode = 302;
                context.Response.RedirectLocation = location.Replace("{port}", self.Uri.Port.ToString());
                context.Response.Close();
                return Task.CompletedTask;
            });
            // Only the test server's own address is let through: every other private one is refused.
            var files = new FileHostClient("SunoPS.Tests", refused: ip => !ip.Equals(IPAddress.Loopback) && PrivateAddresses.Contains(ip));

            var e = await Assert.ThrowsAsync<SunoException>(() => HostileFileServer.Downloader(files: files).DownloadAsync(Request(server.Url("song.mp3"))));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("private address", e.Message);
            Assert.Equal(1, server.Requests);
        }

        [Fact]
        public async Task An_https_download_redirected_to_http_is_refused()
        {
            var handler = new FakeHandler(seen =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.Found);
                response.Headers.Location = new Uri("http://203.0.113.5/song.mp3");
                return response;
            });
            var files = new FileHostClient("SunoPS.Tests", handler, refused: PrivateAddresses.Contains);

            var e = await Assert.ThrowsAsync<SunoException>(() => HostileFileServer.Downloader(files: files).DownloadAsync(Request("https://203.0.113.5/song.mp3")));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("may not be redirected to http", e.Message);
            Assert.Single(handler.Seen);
        }

        [Fact]
        public async Task Redirects_between_allowed_hosts_are_followed_hop_by_hop()
        {
            using var target = new HostileFileServer((context, self) => HostileFileServer.Send(context, "text/html", new byte[] { 60 }));
            using var server = new HostileFileServer((context, self) =>
            {
                context.Response.StatusCode = 307;
                context.Response.RedirectLocation = target.Url("song.mp3");
                context.Response.Close();
                return Task.CompletedTask;
            });
            var files = new FileHostClient("SunoPS.Tests", allowPrivate: true);

            await Assert.ThrowsAsync<SunoException>(() => HostileFileServer.Downloader(o => o.MaxAttempts = 1, files).DownloadAsync(Request(server.Url("song.mp3"))));

            Assert.Equal(1, server.Requests);
            Assert.Equal(1, target.Requests); // reached, and its body (no MP3) refused
        }
    }
}
