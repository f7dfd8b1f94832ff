using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>
    /// WAVs through the downloader, from a file host in the process (the emulator serves no WAVs yet): saved as
    /// sent, checked by their header, fetched again when cut short, renewed from the WAV record, and their
    /// metadata file is that record as the API sent it.
    /// </summary>
    public sealed class WavDownloadTests : IDisposable
    {
        private const string TaskId = "988e1234c8d3";
        private const string TrackId = "85510000-aaaa-bbbb-cccc-00000000662c";
        private const string WavPath = "/s/04e6e727.wav";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-wav-" + Guid.NewGuid().ToString("N"));
        private readonly FakeFileHost _host = new FakeFileHost();

        /// <summary>A WAV record with odd spacing, an escape and a field nobody knows: written out verbatim or not at all.</summary>
        internal static string Record(string url) =>
            "{\"taskId\": \"" + TaskId + "\",  \"musicId\":\"" + TrackId + "\",\"musicIndex\":1,\"callbackUrl\":\"https://api.example.com/callback\"," +
            "\n  \"completeTime\":\"2025-01-01 00:10:00\",\"response\":{\"audioWavUrl\":\"" + url + "\"},\"successFlag\":\"SUCCESS\"," +
            "\"createTime\":\"2025-01-01 00:00:00\",\"errorCode\":null,\"errorMessage\":null,\"note\":\"caf\\u00e9\",\"extra\":{\"kept\":[1,2.50]}}";

        private static SunoTask WavTask(string path = WavPath) => SunoTask.Parse(Record(FakeFileHost.Url(path)), SunoTaskFamily.Wav);

        [Fact]
        public async Task A_wav_is_saved_exactly_as_sent_verified_and_never_tagged()
        {
            var wav = WavFiles.Pcm(2);
            _host.Serve(WavPath, FakeFileHost.File(wav, "audio/wav"));
            var task = WavTask();
            var output = Assert.Single(task.Outputs);
            var request = Request(output);
            Assert.True(request.Tag);
            request.SaveCover = true;
            var progress = new ConcurrentQueue<DownloadProgress>();

            var result = await Downloader(RecordingReader.Unused()).DownloadAsync(request, progress.Enqueue);

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.Equal(wav, File.ReadAllBytes(result.Path));
            Assert.Equal(wav.Length, result.Bytes);
            Assert.Equal(2.0, result.MeasuredSeconds!.Value, 6);
            Assert.Equal(1, result.Attempts);
            Assert.Null(result.CoverPath);
            Assert.Empty(result.Warnings);
            Assert.Equal(new[] { Path.GetFileName(result.Path) }, FilesInFolder());
            Assert.All(progress, p => Assert.Equal(SunoOutputKind.Wav, p.OutputKind));
            Assert.All(progress, p => Assert.Equal(TrackId, p.OutputId));
            Assert.All(_host.Requests, r => Assert.Null(r.Headers.Authorization));
        }

        [Fact]
        public async Task A_wav_cut_short_without_content_length_is_fetched_again()
        {
            var wav = WavFiles.Pcm(2);
            _host.Serve(WavPath, FakeFileHost.Chunked(wav.Take(20_000).ToArray(), "audio/wav"), FakeFileHost.Chunked(wav, "audio/wav"));
            var progress = new ConcurrentQueue<DownloadProgress>();

            var result = await Downloader(RecordingReader.Unused()).DownloadAsync(Request(WavTask().Outputs[0]), progress.Enqueue);

            Assert.Equal(2, result.Attempts);
            Assert.Equal(wav, File.ReadAllBytes(result.Path));
            var kept = progress.Where(p => p.Kind == DownloadProgressKind.Received).Sum(p => p.Bytes)
                       - progress.Where(p => p.Kind == DownloadProgressKind.Discarded).Sum(p => p.Bytes);
            Assert.Equal(result.Bytes, kept);
            Assert.Single(FilesInFolder());
        }

        [Fact]
        public async Task A_body_that_is_not_a_wav_fails_after_its_attempts_and_leaves_nothing()
        {
            _host.Serve(WavPath, FakeFileHost.File(System.Text.Encoding.UTF8.GetBytes("<html>Access denied</html>"), "text/html"));
            var output = WavTask().Outputs[0];

            var e = await Assert.ThrowsAsync<SunoException>(() =>
                Downloader(RecordingReader.Unused(), maxAttempts: 3).DownloadAsync(Request(output)));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Equal(output.Url, e.Target);
            Assert.Equal(3, e.Attempts);
            Assert.StartsWith("Could not download the WAV of track " + TrackId, e.Message);
            Assert.Contains("does not start with RIFF", e.Message);
            Assert.Contains("3 attempts", e.Message);
            Assert.Equal(3, _host.RequestsFor(WavPath));
            Assert.Empty(FilesInFolder());
        }

        [Fact]
        public async Task A_wav_of_the_wrong_length_is_refused_when_the_record_gives_one()
        {
            _host.Serve(WavPath, FakeFileHost.File(WavFiles.Pcm(2), "audio/wav"));
            var output = WavTask().Outputs[0];
            output.Duration = 60;

            var e = await Assert.ThrowsAsync<SunoException>(() => Downloader(RecordingReader.Unused(), maxAttempts: 2).DownloadAsync(Request(output)));

            Assert.Contains("plays 2 s but the task record says 60 s", e.Message);
            Assert.Empty(FilesInFolder());
        }

        [Theory]
        [InlineData(403)]
        [InlineData(404)]
        [InlineData(410)]
        [InlineData(441)]
        public async Task An_expired_wav_url_is_renewed_from_the_wav_record(int code)
        {
            const string renewedPath = "/s/renewed.wav";
            var wav = WavFiles.Pcm(1);
            _host.Serve(WavPath, FakeFileHost.Status(code)).Serve(renewedPath, FakeFileHost.File(wav, "audio/x-wav"));
            var reader = new RecordingReader(r => WavTask(renewedPath));
            var output = WavTask().Outputs[0];

            var result = await Downloader(reader).DownloadAsync(Request(output));

            Assert.Equal(new[] { new SunoTaskReference(TaskId, SunoTaskFamily.Wav) }, reader.Asked);
            Assert.True(result.UrlRefreshed);
            Assert.Equal(FakeFileHost.Url(renewedPath), result.Output.Url);
            Assert.Equal(SunoOutputKind.Wav, result.Output.Kind);
            Assert.Equal(wav, File.ReadAllBytes(result.Path));
            Assert.Equal(1, _host.RequestsFor(WavPath));
        }

        [Fact]
        public async Task A_wav_url_that_stays_expired_fails_after_one_read_of_the_wav_record()
        {
            _host.Serve(WavPath, FakeFileHost.Status(404));
            var reader = new RecordingReader(r => WavTask());

            var e = await Assert.ThrowsAsync<SunoException>(() => Downloader(reader).DownloadAsync(Request(WavTask().Outputs[0])));

            Assert.Contains("HTTP 404", e.Message);
            Assert.Contains("no newer URL", e.Message);
            Assert.Equal(new[] { new SunoTaskReference(TaskId, SunoTaskFamily.Wav) }, reader.Asked);
            Assert.Empty(FilesInFolder());
        }

        [Fact]
        public async Task Metadata_is_the_wav_record_exactly_as_the_api_sent_it()
        {
            _host.Serve(WavPath, FakeFileHost.File(WavFiles.Pcm(1), "audio/wav"));
            var task = WavTask();
            var request = Request(task.Outputs[0]);
            request.Task = task;
            request.SaveMetadata = true;

            var result = await Downloader(RecordingReader.Unused()).DownloadAsync(request);

            Assert.Equal(result.Path + ".json", result.MetadataPath); // x.wav.json: never the .json of the track's MP3
            Assert.Equal(Record(FakeFileHost.Url(WavPath)), File.ReadAllText(result.MetadataPath!));
            Assert.Empty(result.Warnings);
        }

        [Fact]
        public async Task Metadata_without_a_task_is_read_from_the_outputs_own_family()
        {
            _host.Serve(WavPath, FakeFileHost.File(WavFiles.Pcm(1), "audio/wav"));
            var reader = new RecordingReader(r => WavTask());
            var music = SunoTask.Parse("{\"taskId\":\"" + TaskId + "\",\"status\":\"SUCCESS\"}"); // same id, other family: not this record
            var request = Request(WavTask().Outputs[0]);
            request.Task = music;
            request.SaveMetadata = true;

            var result = await Downloader(reader).DownloadAsync(request);

            Assert.Equal(new[] { new SunoTaskReference(TaskId, SunoTaskFamily.Wav) }, reader.Asked);
            Assert.Equal(Record(FakeFileHost.Url(WavPath)), File.ReadAllText(result.MetadataPath!));
        }

        [Fact]
        public async Task A_record_that_cannot_be_read_leaves_a_warning_and_the_file()
        {
            _host.Serve(WavPath, FakeFileHost.File(WavFiles.Pcm(1), "audio/wav"));
            var reader = new RecordingReader(r => throw new SunoException(SunoErrorKind.ServiceUnavailable, "Down for maintenance."));
            var request = Request(WavTask().Outputs[0]);
            request.SaveMetadata = true;

            var result = await Downloader(reader).DownloadAsync(request);

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.Null(result.MetadataPath);
            Assert.Contains("Down for maintenance.", Assert.Single(result.Warnings));
            Assert.Equal(new[] { Path.GetFileName(result.Path) }, FilesInFolder());
        }

        private OutputDownloader Downloader(RecordingReader reader, int maxAttempts = 4) =>
            new OutputDownloader(new FileHostClient("tests", _host), new OutputDownloadOptions
            {
                MaxAttempts = maxAttempts,
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
                MaxRetryDelay = TimeSpan.FromMilliseconds(20),
            }, reader.ReadAsync);

        private OutputDownloadRequest Request(SunoTaskOutput output) =>
            new OutputDownloadRequest(output, new OutputPathPlanner(_folder).PathFor(output));

        private string[] FilesInFolder() =>
            Directory.Exists(_folder) ? Directory.GetFiles(_folder).Select(p => Path.GetFileName(p)).ToArray() : new string[0];

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
