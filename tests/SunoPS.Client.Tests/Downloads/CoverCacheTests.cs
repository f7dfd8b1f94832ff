using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Covers are fetched once per distinct URL: shared while in flight, kept once fetched, bounded, failures not kept.</summary>
    public sealed class CoverCacheTests
    {
        [Fact]
        public async Task Many_askers_of_one_url_share_one_fetch_in_flight_and_after()
        {
            var release = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var fetches = 0;
            var cache = new CoverCache<byte[]?>((url, token) => { Interlocked.Increment(ref fetches); return release.Task; }, b => b?.Length);

            var askers = Enumerable.Range(0, 12).Select(_ => cache.GetAsync("https://files/cover.png", CancellationToken.None)).ToArray();
            release.SetResult(new byte[10]);
            var covers = await Task.WhenAll(askers);
            Assert.All(covers, c => Assert.Same(covers[0], c));
            Assert.Same(covers[0], await cache.GetAsync("https://files/cover.png", CancellationToken.None));
            Assert.Equal(1, fetches);
            Assert.Equal(1, cache.Fetches);
        }

        [Fact]
        public async Task A_failed_fetch_is_not_kept()
        {
            var fetches = 0;
            var cache = new CoverCache<byte[]?>((url, token) => { Interlocked.Increment(ref fetches); return Task.FromResult<byte[]?>(null); }, b => b?.Length);
            Assert.Null(await cache.GetAsync("u", CancellationToken.None));
            Assert.Null(await cache.GetAsync("u", CancellationToken.None));
            Assert.Equal(2, fetches);
            Assert.Equal(0, cache.Count);
        }

        [Fact]
        public async Task Entries_and_bytes_stay_within_their_bounds_oldest_out_first()
        {
            var cache = new CoverCache<byte[]?>((url, token) => Task.FromResult<byte[]?>(new byte[100]), b => b?.Length, maxEntries: 3, maxBytes: 250);
            for (var i = 0; i < 5; i++) await cache.GetAsync("u" + i, CancellationToken.None);
            Assert.Equal(2, cache.Count); // 250 bytes hold two of 100
            await cache.GetAsync("u4", CancellationToken.None);
            Assert.Equal(5, cache.Fetches); // the newest is still there
            await cache.GetAsync("u0", CancellationToken.None);
            Assert.Equal(6, cache.Fetches); // the oldest went first
        }

        [Fact]
        public async Task One_asker_giving_up_does_not_cancel_the_fetch_for_the_others_but_the_last_one_does()
        {
            var release = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
            CancellationToken seen = default;
            var cache = new CoverCache<byte[]?>((url, token) => { seen = token; return release.Task; }, b => b?.Length);
            using (var first = new CancellationTokenSource())
            using (var second = new CancellationTokenSource())
            {
                var a = cache.GetAsync("u", first.Token);
                var b = cache.GetAsync("u", second.Token);
                await Task.Delay(1); // let the shared fetch start
                first.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a);
                Assert.False(seen.IsCancellationRequested);

                second.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b);
                Assert.True(seen.IsCancellationRequested);
                Assert.Equal(0, cache.Count);
            }
        }

        [Fact]
        public async Task The_tracks_saved_from_one_cover_url_fetch_it_once()
        {
            await using var fixture = await DownloadFixture.StartAsync();
            var task = await fixture.FinishedTaskAsync();
            var songs = task.Outputs.Where(o => o.Kind == SunoOutputKind.Audio).ToList();
            // The same song saved to two places, and every track of the task: one fetch per distinct cover URL.
            var requests = songs.Select(s => fixture.Request(s)).Concat(new[] { fixture.Request(songs[0], "again.mp3") })
                .Select(r => { r.SaveCover = true; r.Task = task; return r; }).ToList();
            var results = await Task.WhenAll(requests.Select(r => fixture.Downloader.DownloadAsync(r)));

            Assert.All(results, r => Assert.NotNull(r.CoverPath));
            var distinct = songs.Select(s => s.Track!.ImageUrl).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(distinct, fixture.Downloader.CoverFetches);
        }
    }
}
