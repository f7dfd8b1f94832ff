using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Emulator;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>
    /// The ID3 tag is written first and the audio streamed behind it: one tag at the very start of the file, then
    /// nothing but audio frames, whatever the file host sent and however many attempts it took.
    /// </summary>
    public sealed class TagAheadTests
    {
        [Fact]
        public async Task The_tag_starts_the_file_and_the_audio_follows_it_whole()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var track = task.Tracks[0];
            var request = f.Request(DownloadFixture.Song(task));
            request.Task = task;

            var result = await f.Downloader.DownloadAsync(request);

            AssertOneTagThenAudio(result.Path, result.Bytes);
            Assert.Equal(track.Duration!.Value, Mp3Duration.Measure(result.Path)!.Seconds, 2);
            Assert.Equal(3, File.ReadAllBytes(result.Path)[3]); // ID3v2.3
            using (var file = TagLib.File.Create(result.Path))
            {
                Assert.Equal(track.Title, file.Tag.Title);
                Assert.Equal(new[] { "Suno" }, file.Tag.Performers);
                Assert.Equal(TagLib.PictureType.FrontCover, Assert.Single(file.Tag.Pictures).Type);
            }

            Assert.Equal(task.TaskId, Id3Tagger.ReadUserText(result.Path, Id3Tagger.TaskIdDescription));
            Assert.Equal(track.Id, Id3Tagger.ReadUserText(result.Path, Id3Tagger.TrackIdDescription));
        }

        [Fact]
        public async Task A_tag_the_file_host_sent_is_replaced_by_ours()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var track = task.Tracks[0];
            var hostTag = HostTag();
            using var files = new FileHostClient("tests", new HostTagHandler(hostTag));
            var downloader = new OutputDownloader(files, new OutputDownloadOptions { BufferSize = 4096 }, f.Session.Client.GetTaskAsync);

            var result = await downloader.DownloadAsync(f.Request(DownloadFixture.Song(task)));

            var audioBytes = result.Bytes - hostTag.Length; // the whole body arrived; its tag was left out
            AssertOneTagThenAudio(result.Path, audioBytes);
            Assert.Equal(track.Duration!.Value, result.MeasuredSeconds!.Value, 2);
            using (var file = TagLib.File.Create(result.Path))
            {
                Assert.Equal(track.Title, file.Tag.Title);
                Assert.Equal(TagLib.PictureType.FrontCover, Assert.Single(file.Tag.Pictures).Type);
            }
        }

        [Fact]
        public async Task Untagged_files_keep_exactly_what_the_file_host_sent()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var track = task.Tracks[0];
            var hostTag = HostTag();
            using var files = new FileHostClient("tests", new HostTagHandler(hostTag));
            var downloader = new OutputDownloader(files, new OutputDownloadOptions(), f.Session.Client.GetTaskAsync);

            var result = await downloader.DownloadAsync(f.AudioRequest(DownloadFixture.Song(task)));

            var saved = File.ReadAllBytes(result.Path);
            Assert.Equal(result.Bytes, saved.Length);
            Assert.Equal(hostTag, saved.Take(hostTag.Length));
            Assert.Equal(0xFF, saved[hostTag.Length]);
            Assert.Equal(track.Duration!.Value, result.MeasuredSeconds!.Value, 2);
        }

        [Fact]
        public async Task Untagged_files_from_a_plain_host_have_no_tag()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());

            var result = await f.Downloader.DownloadAsync(f.AudioRequest(song));

            var saved = File.ReadAllBytes(result.Path);
            Assert.Equal(result.Bytes, saved.Length);
            Assert.Equal(0, Id3v2Header.TagLength(saved));
            Assert.Equal(new byte[] { 0xFF, 0xFB }, saved.Take(2));
        }

        [Fact]
        public async Task A_retry_after_a_truncated_attempt_starts_over_with_the_tag()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var track = task.Tracks[0];
            // Only the audio: the cover, fetched alongside, must not take the one-shot fault.
            f.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Truncate, Count = 1, Bytes = 5000, PathPrefix = new Uri(track.AudioUrl!).AbsolutePath });
            var progress = new ConcurrentQueue<DownloadProgress>();

            var result = await f.Downloader.DownloadAsync(f.Request(DownloadFixture.Song(task)), progress.Enqueue);

            Assert.Equal(2, result.Attempts);
            AssertOneTagThenAudio(result.Path, result.Bytes);
            Assert.Equal(track.Duration!.Value, result.MeasuredSeconds!.Value, 2);
            Assert.Single(f.FilesInFolder());
            using (var file = TagLib.File.Create(result.Path)) Assert.Equal(track.Title, file.Tag.Title);
            var kept = progress.Where(p => p.Kind == DownloadProgressKind.Received).Sum(p => p.Bytes)
                       - progress.Where(p => p.Kind == DownloadProgressKind.Discarded).Sum(p => p.Bytes);
            Assert.Equal(result.Bytes, kept); // progress counts audio, never the tag
        }

        [Fact]
        public async Task A_renewed_url_gets_a_tag_made_from_the_renewed_record()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var track = task.Tracks[0];
            Assert.True(f.State.ExpireFiles(task.TaskId));

            var result = await f.Downloader.DownloadAsync(f.Request(DownloadFixture.Song(task)));

            Assert.True(result.UrlRefreshed);
            AssertOneTagThenAudio(result.Path, result.Bytes);
            using (var file = TagLib.File.Create(result.Path))
            {
                Assert.Equal(track.Title, file.Tag.Title);
                Assert.Single(file.Tag.Pictures); // the cover came from the renewed URL too
            }
        }

        /// <summary>Checks the file is one ID3v2 tag, then audio frames to the end; returns the tag's length.</summary>
        private static long AssertOneTagThenAudio(string path, long audioBytes)
        {
            var saved = File.ReadAllBytes(path);
            var tagLength = Id3v2Header.TagLength(saved);
            Assert.True(tagLength > 0, "the file starts with an ID3v2 tag");
            Assert.Equal(tagLength + audioBytes, saved.Length);
            Assert.Equal(0xFF, saved[tagLength]); // a frame header right behind the tag, not a second tag
            using var audio = new MemoryStream(saved, (int)tagLength, saved.Length - (int)tagLength);
            Assert.Equal(audioBytes, Mp3Duration.Measure(audio)!.AudioBytes);
            return tagLength;
        }

        /// <summary>An ID3v2.4 tag such as a file host might add: larger than one read, so skipping it spans reads.</summary>
        private static byte[] HostTag()
        {
            var picture = new byte[20_000];
            new Random(7).NextBytes(picture);
            var tag = new TagLib.Id3v2.Tag { Version = 4, Title = "Title from the host" };
            tag.Pictures = new TagLib.IPicture[] { new TagLib.Picture(new TagLib.ByteVector(picture)) { MimeType = "image/png" } };
            return tag.Render().Data;
        }

        /// <summary>Passes requests to the emulator and puts <c>tag</c> in front of every MP3 it answers with.</summary>
        private sealed class HostTagHandler : DelegatingHandler
        {
            private readonly byte[] _tag;

            public HostTagHandler(byte[] tag) : base(new HttpClientHandler())
            {
                _tag = tag;
            }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode || !request.RequestUri!.AbsolutePath.EndsWith(".mp3", StringComparison.Ordinal)) return response;

                var audio = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var content = new ByteArrayContent(_tag.Concat(audio).ToArray());
                content.Headers.ContentType = response.Content.Headers.ContentType;
                response.Content.Dispose();
                response.Content = content;
                return response;
            }
        }
    }
}
