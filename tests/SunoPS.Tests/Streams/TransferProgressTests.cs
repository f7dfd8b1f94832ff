using System;
using SunoPS.Client;
using System.Collections.Generic;
using SunoPS.Client.Downloads;
using SunoPS.Client.Polling;
using SunoPS.Downloads;
using SunoPS.Infrastructure;
using Xunit;

namespace SunoPS.Tests.Streams
{
    /// <summary>The rate and time left that download and upload progress bars show, on a clock the test moves.</summary>
    public sealed class TransferProgressTests
    {
        private DateTime _now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

        private const long MiB = 1048576;

        [Fact]
        public void The_rate_is_that_of_the_last_seconds_and_gives_the_time_left()
        {
            var rate = new TransferRate(() => _now);
            rate.Observe(0);
            Assert.Null(rate.BytesPerSecond);
            Assert.Equal(-1, rate.SecondsRemaining(10 * MiB));

            for (var second = 1; second <= 4; second++)
            {
                _now = _now.AddSeconds(1);
                rate.Observe(second * 2 * MiB);
            }

            Assert.Equal(2.0 * MiB, rate.BytesPerSecond);
            Assert.Equal(5, rate.SecondsRemaining(10 * MiB));
            Assert.Equal(", 2.0 MB/s", rate.Describe());

            // A stall shows within the window: after ten idle seconds the speed is nil and the time left unknown.
            for (var second = 1; second <= 10; second++)
            {
                _now = _now.AddSeconds(1);
                rate.Observe(8 * MiB);
            }

            Assert.Equal(0.0, rate.BytesPerSecond);
            Assert.Equal(-1, rate.SecondsRemaining(10 * MiB));
        }

        [Fact]
        public void The_save_bar_keeps_a_steady_total_and_shows_speed_and_time_left()
        {
            var progress = new SaveProgress(() => _now);
            for (var i = 0; i < 4; i++) progress.FileQueued();
            progress.Report(new DownloadProgress("a", DownloadProgressKind.Started, 0, 4 * MiB, SunoOutputKind.Audio));
            var first = progress.Next(force: true)!;

            _now = _now.AddSeconds(1);
            progress.Report(new DownloadProgress("a", DownloadProgressKind.Received, 2 * MiB, 4 * MiB, SunoOutputKind.Audio));
            progress.Report(new DownloadProgress("b", DownloadProgressKind.Started, 0, 4 * MiB, SunoOutputKind.Audio));
            var second = progress.Next(force: true)!;

            // Four files, one size known: 16 MB in all from the first bar, not 4 then 8.
            Assert.Equal("0 of 4 files, 0.0 of 16.0 MB", first.StatusDescription);
            Assert.Equal("0 of 4 files, 2.0 of 16.0 MB, 2.0 MB/s", second.StatusDescription);
            Assert.Equal(12, second.PercentComplete);
            Assert.Equal(7, second.SecondsRemaining);
        }

        [Fact]
        public void A_wait_s_percentage_counts_running_tasks_by_their_stage()
        {
            var running = new Dictionary<string, int> { ["PENDING"] = 1, ["TEXT_SUCCESS"] = 1, ["FIRST_SUCCESS"] = 1 };

            // Four tasks, one done: 1 + 0 + 10/150 + 35/150 of 4 is 32 %, where counting only the done ones says 25 %.
            Assert.Equal(32, StageWeights.Percent(4, 1, running, WaitStage.Complete));
            // Waiting for the first track, a task at FIRST_SUCCESS is as good as done (short of the record saying so).
            Assert.Equal(0.99, StageWeights.Of("FIRST_SUCCESS", WaitStage.First));
            Assert.Equal(0, StageWeights.Of("PENDING", WaitStage.Complete));
            Assert.Equal(100, StageWeights.Percent(2, 2, new Dictionary<string, int>(), WaitStage.Complete));
        }
    }
}
