using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Tests.Support;
using SunoPS.Client.Uploads;
using Xunit;

namespace SunoPS.Client.Tests.Uploads
{
    /// <summary>The upload host (suno-api.md §2.2, §4.24): method by size, its envelope and codes, retries like a read.</summary>
    public sealed class FileUploaderTests : IDisposable
    {
        private const string Done =
            "{\"success\":true,\"code\":200,\"msg\":\"File uploaded successfully\",\"data\":{\"fileName\":\"a.mp3\",\"filePath\":\"sunops/a.mp3\"," +
            "\"downloadUrl\":\"https://tempfile.example/sunops/a.mp3\",\"fileSize\":5,\"mimeType\":\"audio/mpeg\",\"uploadedAt\":\"2025-01-01T12:00:00.000Z\"}}";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-upload-" + Guid.NewGuid().ToString("N"));

        public FileUploaderTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string File(string name, int bytes)
        {
            var path = Path.Combine(_folder, name);
            var content = new byte[bytes];
            new Random(bytes).NextBytes(content);
            System.IO.File.WriteAllBytes(path, content);
            return path;
        }

        [Fact]
        public async Task A_small_file_goes_as_base64_json_to_the_upload_host_with_the_key()
        {
            var path = File("a.mp3", 1000);
            var server = new FakeHandler(_ => FakeHandler.Json(Done));
            SunoUploadedFile uploaded;
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                uploaded = await client.UploadAsync(new SunoUploadRequest { Path = path });
            }

            var seen = Assert.Single(server.Seen);
            Assert.Equal("http://upload.test/api/file-base64-upload", seen.Uri.AbsoluteUri);
            Assert.Equal("Bearer " + FakeHandler.Key, seen.Authorization);
            using var body = JsonDocument.Parse(seen.Body);
            Assert.Equal(System.IO.File.ReadAllBytes(path), Convert.FromBase64String(body.RootElement.GetProperty("base64Data").GetString()!));
            Assert.Equal("sunops", body.RootElement.GetProperty("uploadPath").GetString());
            Assert.Equal("a.mp3", body.RootElement.GetProperty("fileName").GetString());

            Assert.Equal("https://tempfile.example/sunops/a.mp3", uploaded.DownloadUrl);
            Assert.Equal(5, uploaded.FileSize);
            Assert.Equal("audio/mpeg", uploaded.MimeType);
            Assert.Equal(SunoUploadMethod.Base64, uploaded.Method);
            Assert.Equal(new DateTimeOffset(2025, 1, 4, 12, 0, 0, TimeSpan.Zero), uploaded.ExpiresAt);
        }

        [Fact]
        public async Task The_base64_body_declares_its_exact_length_for_any_size()
        {
            foreach (var size in new[] { 0, 1, 2, 3, 49151, 49152, 49153, 200000 })
            {
                var path = File("s" + size + ".bin", size);
                var content = new Base64JsonContent(path, "p", "s.bin", null);
                var bytes = await content.ReadAsByteArrayAsync();
                Assert.Equal(content.Headers.ContentLength, bytes.Length);
                using var body = JsonDocument.Parse(bytes);
                Assert.Equal(System.IO.File.ReadAllBytes(path), Convert.FromBase64String(body.RootElement.GetProperty("base64Data").GetString()!));
            }
        }

        [Fact]
        public async Task A_file_over_10_MB_is_streamed_as_multipart_with_progress()
        {
            var path = File("big.wav", (int)FileUploader.StreamAbove + 1);
            var server = new FakeHandler(_ => FakeHandler.Json(Done));
            long last = 0;
            var progress = new Progress(p => last = Math.Max(last, p.BytesSent));
            SunoUploadedFile uploaded;
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                uploaded = await client.UploadAsync(new SunoUploadRequest { Path = path, UploadPath = "songs/2026" }, progress);
            }

            var seen = Assert.Single(server.Seen);
            Assert.Equal("http://upload.test/api/file-stream-upload", seen.Uri.AbsoluteUri);
            Assert.Equal("multipart/form-data", seen.ContentType);
            Assert.Contains("name=uploadPath", seen.Body);
            Assert.Contains("songs/2026", seen.Body);
            Assert.Contains("filename=big.wav", seen.Body);
            Assert.Equal(SunoUploadMethod.Stream, uploaded.Method);
            Assert.Equal(FileUploader.StreamAbove + 1, last);
        }

        [Fact]
        public async Task A_url_upload_sends_fileUrl()
        {
            var server = new FakeHandler(_ => FakeHandler.Json(Done));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                var uploaded = await client.UploadAsync(new SunoUploadRequest { Url = "https://example.org/a.mp3", FileName = "a.mp3" });
                Assert.Equal(SunoUploadMethod.Url, uploaded.Method);
            }

            var seen = Assert.Single(server.Seen);
            Assert.Equal("http://upload.test/api/file-url-upload", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"fileName\":\"a.mp3\",\"fileUrl\":\"https://example.org/a.mp3\",\"uploadPath\":\"sunops\"}", seen.Body);
        }

        [Theory]
        [InlineData(HttpStatusCode.BadRequest, 400, "Missing required parameter: uploadPath", SunoErrorKind.InvalidRequest, 1)]
        [InlineData(HttpStatusCode.Unauthorized, 401, "Authentication failed: Invalid API Key", SunoErrorKind.AuthenticationFailed, 1)]
        [InlineData(HttpStatusCode.InternalServerError, 500, "Internal server error", SunoErrorKind.ServerError, 3)]
        public async Task Host_errors_map_to_the_same_kinds_and_a_500_is_retried(HttpStatusCode status, int code, string msg, SunoErrorKind kind, int attempts)
        {
            var path = File("e.mp3", 10);
            var server = new FakeHandler(_ => FakeHandler.Json("{\"success\":false,\"code\":" + code + ",\"msg\":\"" + msg + "\"}", status));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.UploadAsync(new SunoUploadRequest { Path = path }));

            Assert.Equal(kind, error.Kind);
            Assert.Contains(msg, error.Message);
            Assert.Equal(attempts, server.Count);
            Assert.DoesNotContain(FakeHandler.Key, error.Message);
        }

        [Fact]
        public async Task A_reset_during_an_upload_is_retried_and_the_file_sent_again_whole()
        {
            var path = File("r.mp3", 3000);
            var calls = 0;
            var server = new FakeHandler(_ => ++calls == 1 ? throw FakeHandler.Reset() : FakeHandler.Json(Done));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                await client.UploadAsync(new SunoUploadRequest { Path = path });
            }

            Assert.Equal(2, server.Count);
            using var body = JsonDocument.Parse(server.Seen.Last().Body);
            Assert.Equal(3000, Convert.FromBase64String(body.RootElement.GetProperty("base64Data").GetString()!).Length);
        }

        [Theory]
        [InlineData("/lead", "uploadPath")]
        [InlineData("trail/", "uploadPath")]
        [InlineData("", "uploadPath")]
        public void Bad_upload_paths_are_refused_before_sending(string uploadPath, string field)
        {
            var problem = Assert.Single(new SunoUploadRequest { Url = "https://e.org/a", UploadPath = uploadPath }.Validate());
            Assert.Equal(field, problem.Field);
        }

        [Fact]
        public async Task A_missing_file_is_refused_without_a_request()
        {
            var server = new FakeHandler(_ => FakeHandler.Json(Done));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.UploadAsync(new SunoUploadRequest { Path = Path.Combine(_folder, "none.mp3") }));

            Assert.Equal(SunoErrorKind.InvalidRequest, error.Kind);
            Assert.Equal(0, server.Count);
        }

        [Fact]
        public async Task A_success_without_a_download_url_is_malformed()
        {
            var path = File("m.mp3", 10);
            var server = new FakeHandler(_ => FakeHandler.Json("{\"success\":true,\"code\":200,\"msg\":\"ok\",\"data\":{}}"));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.UploadAsync(new SunoUploadRequest { Path = path }));
            Assert.Equal(SunoErrorKind.MalformedResponse, error.Kind);
        }

        private sealed class Progress : IProgress<UploadProgress>
        {
            private readonly Action<UploadProgress> _report;
            public Progress(Action<UploadProgress> report) => _report = report;
            public void Report(UploadProgress value) => _report(value);
        }
    }
}
