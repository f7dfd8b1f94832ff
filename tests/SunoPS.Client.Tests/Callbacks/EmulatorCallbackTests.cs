using System;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Callbacks;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator.Callbacks;
using Xunit;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>
    /// What the emulator posts, read by the client, is the task a record read gives at the same stage: the callback
    /// adapters and the emulator's callback writers agree with each other and with record-info.
    /// </summary>
    public sealed class EmulatorCallbackTests : IDisposable
    {
        // A webhook receiver on loopback that takes every callback (HTTP 200), so each stage is posted in turn.
        private readonly LocalServer _receiver = new LocalServer(_ => (200, "{\"status\":\"received\"}", null));

        private string Hook => _receiver.Uri + "hook";

        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.DefaultTrackSeconds = 2;
            o.CallbackRetrySeconds = 0;
            o.WavSampleRate = 8000;
            o.WavChannels = 1;
        });

        private static Task<CallbackDelivery> Posted(EmulatorSession s, string taskId, string stage) => EmulatorCallbacks.Posted(s, taskId, stage);

        [Fact]
        public async Task Each_music_stage_posted_reads_as_the_record_of_that_stage()
        {
            await using var s = await Start();
            var id = await s.Client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "A calm piano track", CallbackUrl = Hook });

            foreach (var (advance, stage, status) in new[] { (10.0, "text", "TEXT_SUCCESS"), (20.0, "first", "FIRST_SUCCESS"), (90.0, "complete", "SUCCESS") })
            {
                s.Emulator.State.AdvanceClock(advance);
                var fromCallback = CallbackReader.Read((await Posted(s, id, stage)).Body!);
                var fromRecord = await s.Client.GetTaskAsync(id);

                Assert.Equal(status, fromCallback.Status);
                Assert.Equal(fromRecord.Status, fromCallback.Status);
                Assert.Equal(fromRecord.State, fromCallback.State);
                Assert.Equal(fromRecord.TaskId, fromCallback.TaskId);
                if (stage == "text") continue; // the text callback carries no tracks

                Assert.Equal(fromRecord.Tracks.Select(t => (t.Id, t.Title, t.AudioUrl, t.StreamAudioUrl, t.ImageUrl, t.Duration)),
                    fromCallback.Tracks.Select(t => (t.Id, t.Title, t.AudioUrl, t.StreamAudioUrl, t.ImageUrl, t.Duration)));
                Assert.Equal(fromRecord.Outputs.Select(o => (o.Kind, o.Url, o.Id, o.IsPrimary)), fromCallback.Outputs.Select(o => (o.Kind, o.Url, o.Id, o.IsPrimary)));
            }
        }

        [Fact]
        public async Task A_failed_generation_posts_an_error_read_as_the_same_failure_as_the_record()
        {
            await using var s = await Start();
            var id = await s.Client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "A song that will [fail]", CallbackUrl = Hook });
            s.Emulator.State.AdvanceClock(1000);

            var fromCallback = CallbackReader.Read((await Posted(s, id, "error")).Body!);
            var fromRecord = await s.Client.GetTaskAsync(id);

            Assert.Equal(SunoTaskState.Failed, fromCallback.State);
            Assert.Equal(fromRecord.Status, fromCallback.Status);
            Assert.Equal(fromRecord.ErrorCode, fromCallback.ErrorCode);
            Assert.Equal(fromRecord.ErrorMessage, fromCallback.ErrorMessage);
        }

        [Fact]
        public async Task A_wav_callback_reads_as_the_finished_wav_record()
        {
            await using var s = await Start();
            var musicId = await s.Client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "A calm piano track" });
            s.Emulator.State.AdvanceClock(1000);
            var music = await s.Client.GetTaskAsync(musicId);
            var wav = await s.Client.SubmitAsync(new ConvertToWavRequest { TaskId = musicId, AudioId = music.Tracks[1].Id, CallbackUrl = Hook });
            s.Emulator.State.AdvanceClock(100);

            var fromCallback = CallbackReader.Read((await Posted(s, wav.TaskId, "complete")).Body!);
            var fromRecord = await s.Client.GetTaskAsync(wav.Reference);

            Assert.Equal((SunoTaskFamily.Wav, wav.TaskId, "SUCCESS"), (fromCallback.Family, fromCallback.TaskId, fromCallback.Status));
            Assert.Equal(fromRecord.Outputs.Select(o => (o.Kind, o.Url)), fromCallback.Outputs.Select(o => (o.Kind, o.Url)));
        }

        public void Dispose() => _receiver.Dispose();
    }
}
