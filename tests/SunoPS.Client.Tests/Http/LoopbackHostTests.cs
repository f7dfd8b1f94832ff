using System;
using System.Linq;
using System.Threading;
using SunoPS.Client.Http;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    public sealed class LoopbackHostTests
    {
        [Theory]
        [InlineData("http://127.0.0.1:5080/", true)]
        [InlineData("http://127.9.9.9/", true)]
        [InlineData("http://localhost:1/", true)]
        [InlineData("http://[::1]:8080/", true)]
        [InlineData("http://10.0.0.1/", false)]
        [InlineData("https://api.sunoapi.org/", false)]
        public void Tells_this_machine_from_others(string uri, bool loopback) => Assert.Equal(loopback, LoopbackHost.Of(new Uri(uri)));

        [Fact]
        public void A_relative_uri_is_not_loopback() => Assert.False(LoopbackHost.Of(new Uri("api/v1", UriKind.Relative)));

        [Fact]
        public void Threads_asking_of_one_fresh_uri_at_once_all_hear_yes()
        {
            // Uri.IsLoopback itself answered false now and then here (its host facts are filled in without a lock).
            var wrong = 0;
            for (var round = 0; round < 300; round++)
            {
                var shared = new Uri("http://127.0.0.1:" + (20000 + round) + "/");
                using var start = new Barrier(8);
                var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
                {
                    start.SignalAndWait();
                    if (!LoopbackHost.Of(shared)) Interlocked.Increment(ref wrong);
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());
            }

            Assert.Equal(0, wrong);
        }
    }
}
