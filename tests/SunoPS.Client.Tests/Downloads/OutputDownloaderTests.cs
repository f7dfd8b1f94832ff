using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Emulator;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Song downloads against the real emulator: verified, retried, refreshed, cancelled, and never with the key.</summary>
    public sealed class OutputDownloaderTests
    {
        [Fact]
        public async Task Downloads_verifies_and_moves_into_place()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var song = DownloadFixture.Song(task);
            var progress = new ConcurrentQueue<DownloadProgress>();

            var result = await f.Downloader.DownloadAsync(f.Request(song), progress.Enqueue);

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.Equal(1, result.Attempts);
            Assert.True(File.Exists(result.Path));
            Assert.Equal(new[] { Path.GetFileName(result.Path) }, f.FilesInFolder());
            Assert.Equal(DownloadFixture.TrackSeconds, result.MeasuredSeconds!.Value, 2);
            Assert.Equal(song.Duration!.Value, Mp3Duration.Measure(result.Path)!.Seconds, 2); // tags did not disturb the audio
            Assert.Equal(result.Bytes, progress.Where(p => p.Kind == DownloadProgressKind.Received).Sum(p => p.Bytes));
            Assert.All(progress, p => Assert.Equal(song.Id, p.OutputId));
            Assert.All(progress, p => Assert.Equal(SunoOutputKind.Audio, p.OutputKind));
            Assert.Equal(result.Bytes, progress.First(p => p.Kind == DownloadProgressKind.Started).TotalBytes);
            Assert.Equal(0, f.State.Stats.FileRequestsWithAuthorization);
        }

        [Fact]
        public async Task An_existing_file_is_skipped_unless_overwriting()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            Directory.CreateDirectory(f.Folder);
            var request = f.Request(song);
            File.WriteAllText(request.DestinationPath, "keep me");

            var skipped = await f.Downloader.DownloadAsync(request);
            Assert.Equal(DownloadStatus.Skipped, skipped.Status);
            Assert.Equal("keep me", File.ReadAllText(request.DestinationPath));
            Assert.Equal(0, f.State.Stats.FilesRequests);

            request.Overwrite = true;
            var replaced = await f.Downloader.DownloadAsync(request);
            Assert.Equal(DownloadStatus.Downloaded, replaced.Status);
            Assert.NotNull(Mp3Duration.Measure(request.DestinationPath));
            Assert.Single(f.FilesInFolder());
        }

        [Fact]
        public async Task A_truncated_download_is_retried_then_succeeds()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.Truncate, count: 2, bytes: 5000);
            var progress = new ConcurrentQueue<DownloadProgress>();

            var result = await f.Downloader.DownloadAsync(f.AudioRequest(song), progress.Enqueue);

            Assert.Equal(3, result.Attempts);
            Assert.Equal(song.Duration!.Value, result.MeasuredSeconds!.Value, 2);
            Assert.Single(f.FilesInFolder());
            var kept = progress.Where(p => p.Kind == DownloadProgressKind.Received).Sum(p => p.Bytes)
                       - progress.Where(p => p.Kind == DownloadProgressKind.Discarded).Sum(p => p.Bytes);
            Assert.Equal(result.Bytes, kept);
        }

        [Fact]
        public async Task Truncation_every_time_fails_and_leaves_no_files()
        {
            await using var f = await DownloadFixture.StartAsync(o => o.MaxAttempts = 3);
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.Truncate, count: -1, bytes: 5000);

            var e = await Assert.ThrowsAsync<SunoException>(() => f.Downloader.DownloadAsync(f.AudioRequest(song)));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Equal(song.Url, e.Target);
            Assert.Equal(3, e.Attempts);
            Assert.Contains(song.Id, e.Message);
            Assert.Contains("3 attempts", e.Message);
            Assert.Empty(f.FilesInFolder());
            Assert.Equal(3, f.State.Stats.FilesRequests);
        }

        [Fact]
        public async Task A_file_of_the_wrong_length_is_retried()
        {
            await using var f = await DownloadFixture.StartAsync(o => o.MaxAttempts = 2);
            var task = await f.FinishedTaskAsync();
            // The record of another task promises 60 s; the file served for this URL plays 3 s.
            var lying = SunoTask.Parse(RecordWithDuration(task, 60));

            var e = await Assert.ThrowsAsync<SunoException>(() => f.Downloader.DownloadAsync(f.Request(DownloadFixture.Song(lying))));

            Assert.Contains("plays 3 s but the task record says 60 s", e.Message);
            Assert.Equal(2, f.State.Stats.FilesRequests);
            Assert.Empty(f.FilesInFolder());
        }

        [Theory]
        [InlineData(403)]
        [InlineData(410)]
        [InlineData(441)]
        public async Task An_expired_url_is_refreshed_from_the_task_record(int code)
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var song = DownloadFixture.Song(task, 1);
            Assert.True(f.State.ExpireFiles(task.TaskId, code));

            var result = await f.Downloader.DownloadAsync(f.Request(song));

            Assert.True(result.UrlRefreshed);
            Assert.NotEqual(song.Url, result.Output.Url);
            Assert.Equal(result.Output.Url, result.Track!.AudioUrl);
            Assert.Equal(song.Id, result.Output.Id);
            Assert.Equal(2, result.Output.Index);
            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.Single(f.FilesInFolder());
            Assert.Equal(0, f.State.Stats.FileRequestsWithAuthorization);
        }

        [Fact]
        public async Task An_expired_song_url_is_renewed_from_the_music_record()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var reader = new RecordingReader(f.Session.Client.GetTaskAsync);
            using var files = new FileHostClient("tests");
            var downloader = new OutputDownloader(files, new OutputDownloadOptions(), reader.ReadAsync);
            Assert.True(f.State.ExpireFiles(task.TaskId));

            var result = await downloader.DownloadAsync(f.AudioRequest(DownloadFixture.Song(task, 1)));

            Assert.Equal(new[] { new SunoTaskReference(task.TaskId, SunoTaskFamily.Music) }, reader.Asked);
            Assert.True(result.UrlRefreshed);
            Assert.Equal(DownloadFixture.Song(reader.Given.Single(), 1).Url, result.Output.Url);
        }

        [Fact]
        public async Task Metadata_without_the_record_text_is_the_music_record_read_for_it()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var reader = new RecordingReader(f.Session.Client.GetTaskAsync);
            using var files = new FileHostClient("tests");
            var downloader = new OutputDownloader(files, new OutputDownloadOptions(), reader.ReadAsync);
            var request = f.AudioRequest(DownloadFixture.Song(task));
            request.Task = new SunoTask { TaskId = task.TaskId }; // the same task, as a submission knows it: no record yet
            request.SaveMetadata = true;

            var result = await downloader.DownloadAsync(request);

            Assert.Equal(new[] { new SunoTaskReference(task.TaskId, SunoTaskFamily.Music) }, reader.Asked);
            Assert.Equal(reader.Given.Single().RawRecord, File.ReadAllText(result.MetadataPath!));
            Assert.Equal(Path.ChangeExtension(result.Path, ".json"), result.MetadataPath);
        }

        [Fact]
        public async Task A_url_that_stays_404_fails_after_one_refresh()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            f.FilesFault(FaultKind.HttpStatus, count: -1, code: 404);
            var readsBefore = f.State.Stats.ApiRequests;

            var e = await Assert.ThrowsAsync<SunoException>(() => f.Downloader.DownloadAsync(f.AudioRequest(DownloadFixture.Song(task))));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("HTTP 404", e.Message);
            Assert.Contains("no newer URL", e.Message);
            Assert.Equal(readsBefore + 1, f.State.Stats.ApiRequests); // exactly one refresh
            Assert.Equal(1, f.State.Stats.FilesRequests);
            Assert.Empty(f.FilesInFolder());
        }

        [Fact]
        public async Task Server_errors_are_retried()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.HttpStatus, count: 1, code: 503);
            f.FilesFault(FaultKind.Reset, count: 1);

            var result = await f.Downloader.DownloadAsync(f.AudioRequest(song));

            Assert.Equal(3, result.Attempts);
            Assert.Single(f.FilesInFolder());
        }

        [Fact]
        public async Task A_cancelled_slow_download_leaves_no_temporary_file()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.Slow, count: -1, bytesPerSecond: 4000);
            using var cancel = new CancellationTokenSource();
            var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            var download = f.Downloader.DownloadAsync(f.Request(song), p =>
            {
                if (p.Kind == DownloadProgressKind.Received) started.TrySetResult(true);
            }, cancel.Token);
            await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Contains(f.FilesInFolder(), n => n.EndsWith(".partial", StringComparison.Ordinal));
            cancel.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download).WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Empty(f.FilesInFolder());
        }

        [Fact]
        public async Task A_stalled_download_times_out_per_read_and_is_retried()
        {
            await using var f = await DownloadFixture.StartAsync(o => o.ReadTimeout = TimeSpan.FromMilliseconds(500));
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.Slow, count: 1, bytesPerSecond: 1); // a byte a second: stalls each read

            var result = await f.Downloader.DownloadAsync(f.AudioRequest(song));

            Assert.Equal(2, result.Attempts);
            Assert.Single(f.FilesInFolder());
        }

        [Fact]
        public async Task Many_parallel_downloads_never_send_the_api_key_to_the_file_host()
        {
            await using var f = await DownloadFixture.StartAsync();
            var ids = f.State.SeedTasks(new SeedTasksRequest { Count = 4, Status = "SUCCESS", TrackSeconds = 1 });
            var tasks = await Task.WhenAll(ids.Select(id => f.Session.Client.GetTaskAsync(id)));
            f.State.ExpireFiles(ids[0]); // one refresh goes to the API, with the key

            var songs = tasks.SelectMany(t => t.Outputs).Where(o => o.Kind == SunoOutputKind.Audio);
            var results = await Task.WhenAll(songs.Select(s => f.Downloader.DownloadAsync(f.Request(s))));

            Assert.Equal(8, results.Count(r => r.Status == DownloadStatus.Downloaded));
            var stats = f.State.Stats;
            Assert.True(stats.FilesRequests >= 16); // audio and cover of each
            Assert.Equal(0, stats.FileRequestsWithAuthorization);
        }

        [Fact]
        public async Task Tags_cover_and_metadata_can_be_read_back()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var track = task.Tracks[0];
            var request = f.Request(DownloadFixture.Song(task), "tagged.mp3");
            request.Task = task;
            request.SaveCover = true;
            request.SaveMetadata = true;

            var result = await f.Downloader.DownloadAsync(request);

            using (var file = TagLib.File.Create(result.Path))
            {
                var tag = file.Tag;
                Assert.Equal(track.Title, tag.Title);
                Assert.Equal(new[] { track.Tags }, tag.Genres);
                Assert.False(string.IsNullOrWhiteSpace(track.Lyrics));
                Assert.Equal(track.Lyrics!.Trim(), tag.Lyrics.Replace("\r\n", "\n").Trim());
                Assert.Equal(new[] { "Suno" }, tag.AlbumArtists);
                Assert.Contains(task.TaskId, tag.Comment);
                Assert.Contains(track.Id, tag.Comment);
                var picture = Assert.Single(tag.Pictures);
                Assert.Equal(TagLib.PictureType.FrontCover, picture.Type);
                Assert.Equal("image/jpeg", picture.MimeType);
                Assert.Equal(0xFF, picture.Data.Data[0]);
                Assert.Equal(0xD8, picture.Data.Data[1]);
                Assert.True(file.Properties.Duration.TotalSeconds > 2);
            }

            Assert.Equal(task.TaskId, Id3Tagger.ReadUserText(result.Path, Id3Tagger.TaskIdDescription));
            Assert.Equal(track.Id, Id3Tagger.ReadUserText(result.Path, Id3Tagger.TrackIdDescription));
            Assert.Equal(Path.Combine(f.Folder, "tagged.jpg"), result.CoverPath);
            Assert.Equal(0xD8, File.ReadAllBytes(result.CoverPath!)[1]);
            Assert.Equal(Path.Combine(f.Folder, "tagged.json"), result.MetadataPath);
            Assert.Equal(task.RawRecord, File.ReadAllText(result.MetadataPath!)); // the API's record, as it sent it
            using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(result.MetadataPath!)))
            {
                Assert.Equal(task.TaskId, json.RootElement.GetProperty("taskId").GetString());
                Assert.Equal(track.Id, json.RootElement.GetProperty("response").GetProperty("sunoData")[0].GetProperty("id").GetString());
            }

            Assert.Equal(new[] { "tagged.jpg", "tagged.json", "tagged.mp3" }, f.FilesInFolder().OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public async Task Instrumental_lyrics_are_not_written_and_untagged_files_have_no_id3()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync(instrumental: true);
            Assert.Equal("[Instrumental]", task.Tracks[0].Lyrics);

            var tagged = await f.Downloader.DownloadAsync(f.Request(DownloadFixture.Song(task, 0)));
            using (var file = TagLib.File.Create(tagged.Path))
            {
                Assert.Null(file.Tag.Lyrics);
                Assert.Equal(task.Tracks[0].Title, file.Tag.Title);
            }

            var plain = f.Request(DownloadFixture.Song(task, 1));
            plain.Tag = false;
            var untagged = await f.Downloader.DownloadAsync(plain);
            var head = new byte[3];
            using (var stream = File.OpenRead(untagged.Path)) stream.ReadExactly(head);
            Assert.NotEqual("ID3"u8.ToArray(), head);
            Assert.Equal(untagged.Bytes, new FileInfo(untagged.Path).Length);
        }

        [Fact]
        public async Task A_track_without_an_audio_url_is_refused_without_a_request()
        {
            await using var f = await DownloadFixture.StartAsync();
            var id = f.State.SeedTasks(new SeedTasksRequest { Count = 1, Status = "TEXT_SUCCESS" })[0];
            var task = await f.Session.Client.GetTaskAsync(id);
            Assert.NotEmpty(task.Tracks);

            var e = await Assert.ThrowsAsync<SunoException>(() => f.Downloader.DownloadAsync(f.Request(DownloadFixture.Song(task))));

            Assert.Equal(SunoErrorKind.TaskNotComplete, e.Kind);
            Assert.Contains("not finished", e.Message);
            Assert.Equal(0, f.State.Stats.FilesRequests);
        }

        [Fact]
        public async Task A_target_that_cannot_be_written_fails_at_once_as_a_disk_problem()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            Directory.CreateDirectory(f.Folder);
            var notAFolder = Path.Combine(f.Folder, "file");
            File.WriteAllText(notAFolder, "");

            var e = await Assert.ThrowsAsync<SunoException>(() =>
                f.Downloader.DownloadAsync(new OutputDownloadRequest(song, Path.Combine(notAFolder, "x.mp3"))));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.StartsWith("Could not write track", e.Message);
            Assert.Equal(0, f.State.Stats.FilesRequests);
        }

        private static string RecordWithDuration(SunoTask task, double seconds)
        {
            var t = task.Tracks[0];
            return System.Text.Json.JsonSerializer.Serialize(new
            {
                taskId = task.TaskId,
                status = "SUCCESS",
                response = new
                {
                    sunoData = new[]
                    {
                        new { id = t.Id, audioUrl = t.AudioUrl, title = t.Title, duration = seconds },
                    },
                },
            });
        }
    }
}
