using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Web;
using SunoPS.Client.Errors;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>Whatever a user pastes as a task id goes out as one query value, never as path or extra parameters.</summary>
    public sealed class TaskIdEscapingTests
    {
        public static IEnumerable<object[]> OddIds() => new[]
        {
            new object[] { "id with spaces" },
            new object[] { "a/b/../../credit" },
            new object[] { "x?taskId=other&y=1" },
            new object[] { "a&b=c" },
            new object[] { "100%25 sure#frag" },
            new object[] { "曲名-タスク-ü" },
            new object[] { "plus+sign" },
        };

        [Theory]
        [MemberData(nameof(OddIds))]
        public async Task Odd_ids_reach_the_server_as_exactly_that_id(string id)
        {
            await using var emulator = await SunoEmulator.StartAsync(new EmulatorOptions { ApiKey = EmulatorSession.Key });
            var recorder = new RecordingHandler(new HttpClientHandler());
            using var client = new SunoClient(new SunoClientOptions
            {
                BaseUri = emulator.ApiUri, ApiKeyProvider = () => EmulatorSession.Key, MaxRetries = 0,
            }, recorder);

            var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync(id));

            Assert.Equal(SunoErrorKind.TaskNotFound, e.Kind);
            Assert.Equal(id, e.Target);
            var sent = Assert.Single(recorder.Uris);
            Assert.Equal("/api/v1/generate/record-info", sent.AbsolutePath);
            var query = HttpUtility.ParseQueryString(sent.Query);
            Assert.Single(query.AllKeys);
            Assert.Equal(id, query["taskId"]);
            Assert.Equal(1, emulator.State.Stats.RequestsByPath[RecordInfoPath]);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public async Task An_empty_id_is_refused_without_a_request(string id)
        {
            await using var s = await EmulatorSession.StartAsync();

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync(id));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(0, s.Emulator.State.Stats.ApiRequests);
        }

        [Fact]
        public async Task Surrounding_whitespace_is_trimmed()
        {
            await using var s = await EmulatorSession.StartAsync();
            var id = s.Seed(1)[0];

            var task = await s.Client.GetTaskAsync("  " + id + "\t");

            Assert.Equal(id, task.TaskId);
        }

        private sealed class RecordingHandler : DelegatingHandler
        {
            public RecordingHandler(HttpMessageHandler inner) : base(inner)
            {
            }

            public List<Uri> Uris { get; } = new List<Uri>();

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                lock (Uris) Uris.Add(request.RequestUri!);
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
