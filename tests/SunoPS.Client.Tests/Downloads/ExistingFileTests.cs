using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>An existing file is skipped only when it is the same track; another track of the same name is saved beside it.</summary>
    public class ExistingFileTests
    {
        [Fact]
        public async Task Another_tracks_file_of_the_same_name_is_kept_and_the_track_saved_under_a_free_name()
        {
            await using var f = await DownloadFixture.StartAsync();
            var task = await f.FinishedTaskAsync();
            var songs = task.Outputs.Where(o => o.Kind == SunoOutputKind.Audio).ToList();
            var first = songs[0];
            var second = songs[1];
            Directory.CreateDirectory(f.Folder);

            // Both tracks of a task planned under one name (a template without an id, say "{Title}").
            var saved = await f.Downloader.DownloadAsync(f.Request(first, "Same title.mp3"));
            Assert.Equal(DownloadStatus.Downloaded, saved.Status);
            var other = await f.Downloader.DownloadAsync(f.Request(second, "Same title.mp3"));

            Assert.Equal(DownloadStatus.Downloaded, other.Status);
            Assert.Equal(Path.Combine(f.Folder, "Same title (2).mp3"), other.Path);
            Assert.Equal(first.Id, Id3Tagger.ReadUserText(saved.Path, Id3Tagger.TrackIdDescription));
            Assert.Equal(second.Id, Id3Tagger.ReadUserText(other.Path, Id3Tagger.TrackIdDescription));

            // The same track again is skipped, by its tag.
            var again = await f.Downloader.DownloadAsync(f.Request(first, "Same title.mp3"));
            Assert.Equal(DownloadStatus.Skipped, again.Status);
        }
    }
}
