using System;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Polling;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Polling;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Records
{
    /// <summary>What a later record lacks is carried over from an earlier object of the same task: a WAV record has no title.</summary>
    public sealed class CarryFromTests
    {
        private const string WavDone =
            "{\"taskId\":\"wav-1\",\"musicId\":\"track-a\",\"musicIndex\":0,\"response\":{\"audioWavUrl\":\"https://files.test/a.wav\"},\"successFlag\":\"SUCCESS\"}";

        private static SunoTask Submitted(string taskId = "wav-1", string title = "Night Walk") =>
            SubmittedTask.From(taskId, new ConvertToWavRequest { TaskId = "music-1", AudioId = "track-a", SourceTitle = title });

        [Fact]
        public void A_wav_record_takes_the_title_of_the_submitted_task_onto_its_outputs()
        {
            var read = SunoTask.Parse(WavDone, SunoTaskFamily.Wav);
            Assert.Null(read.Title);

            read.CarryFrom(Submitted());

            Assert.Equal("Night Walk", read.Title);
            Assert.Equal("Night Walk", Assert.Single(read.Outputs).Title);
            Assert.True(read.IsCompleted); // only what was missing changes
            Assert.Equal("https://files.test/a.wav", read.Outputs[0].Url);
        }

        [Fact]
        public void What_the_record_has_is_kept()
        {
            var read = SunoTask.Parse("{\"taskId\":\"wav-1\",\"musicId\":\"from-record\",\"successFlag\":\"PENDING\"}", SunoTaskFamily.Wav);
            var earlier = Submitted();

            read.CarryFrom(earlier);

            Assert.Equal("from-record", read.SourceAudioId);
            Assert.Equal("Night Walk", read.Title);
            Assert.Equal(SunoTaskState.Pending, read.State);
        }

        [Fact]
        public void The_source_track_is_carried_when_the_record_does_not_name_it()
        {
            var read = SunoTask.Parse("{\"taskId\":\"wav-1\",\"successFlag\":\"PENDING\"}", SunoTaskFamily.Wav);

            read.CarryFrom(Submitted());

            Assert.Equal("track-a", read.SourceAudioId);
        }

        [Fact]
        public void An_output_that_has_a_title_keeps_it()
        {
            var read = SunoTask.Parse(@"{""taskId"":""m"",""status"":""SUCCESS"",""response"":{""sunoData"":[{""id"":""a"",""title"":""Own title"",""audioUrl"":""http://f/a.mp3""}]}}");
            var earlier = SunoTask.Parse(@"{""taskId"":""m"",""status"":""PENDING"",""param"":""{\""title\"":\""Asked title\""}""}");

            read.CarryFrom(earlier);

            Assert.All(read.Outputs, o => Assert.Equal("Own title", o.Title));
        }

        [Theory]
        [InlineData("another-task", SunoTaskFamily.Wav)]
        [InlineData("wav-1", SunoTaskFamily.Music)]
        public void Nothing_is_carried_from_another_task(string taskId, SunoTaskFamily family)
        {
            var read = SunoTask.Parse(WavDone, SunoTaskFamily.Wav);
            var other = family == SunoTaskFamily.Wav
                ? Submitted(taskId, "Not this")
                : SubmittedTask.From(taskId, new GenerateMusicRequest { CustomMode = true, Style = "Jazz", Title = "Not this", Prompt = "la" });
            Assert.Equal(family, other.Family);
            Assert.Equal("Not this", other.Title);

            read.CarryFrom(other);

            Assert.Null(read.Title);
            Assert.Null(read.Outputs[0].Title);
        }

        [Fact]
        public async Task A_wait_carries_the_known_tasks_title_onto_the_record_it_reads_later()
        {
            var tasks = new ScriptedTasks();
            var reference = new SunoTaskReference("wav-1", SunoTaskFamily.Wav);
            tasks.Script(reference,
                (0, "{\"taskId\":\"wav-1\",\"musicId\":\"track-a\",\"successFlag\":\"PENDING\"}"),
                (12, WavDone));
            var plain = new SunoTaskReference("wav-2", SunoTaskFamily.Wav);
            tasks.Script(plain, (0, WavDone.Replace("wav-1", "wav-2")));
            var events = new System.Collections.Concurrent.ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(tasks.Read, new WaitSettings(), events.Enqueue, tasks.Clock);

            waiter.Add(reference, Submitted());
            waiter.Add(plain); // nothing known of it: its record is what it is
            waiter.CompleteAdding();
            await tasks.Clock.DriveAsync(waiter.RunAsync(default));

            var reached = events.Where(e => e.Kind == WaitEventKind.Reached).ToDictionary(e => e.TaskId);
            var done = reached["wav-1"];
            Assert.Equal(reference, done.Reference);
            Assert.Equal(SunoTaskFamily.Wav, done.Task!.Family);
            Assert.Equal("Night Walk", done.Task.Title);
            Assert.Equal("Night Walk", Assert.Single(done.Task.Outputs).Title);
            Assert.Null(reached["wav-2"].Task!.Title);
            // The pending reads on the way carried it too.
            Assert.All(events.Where(e => e.TaskId == "wav-1" && e.Task != null), e => Assert.Equal("Night Walk", e.Task!.Title));
            Assert.All(tasks.Reads, r => Assert.Equal(SunoTaskFamily.Wav, r.Task.Family)); // read where WAV records are
        }

        [Fact]
        public async Task A_task_added_twice_keeps_what_was_known_the_first_time()
        {
            var tasks = new ScriptedTasks();
            var reference = new SunoTaskReference("wav-1", SunoTaskFamily.Wav);
            tasks.Script(reference, (0, WavDone));
            WaitEvent? reached = null;
            using var waiter = new TaskWaiter(tasks.Read, new WaitSettings(), e => reached = e, tasks.Clock);

            waiter.Add(reference, Submitted(title: "First"));
            waiter.Add(reference, Submitted(title: "Second"));
            waiter.CompleteAdding();
            await tasks.Clock.DriveAsync(waiter.RunAsync(default));

            Assert.Equal("First", reached!.Task!.Title);
            Assert.Single(tasks.Reads);
        }
    }
}
