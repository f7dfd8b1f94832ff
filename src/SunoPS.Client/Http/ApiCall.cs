using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Http
{
    /// <summary>One logical API request: what to send and how to read its failures.</summary>
    internal sealed class ApiCall
    {
        public ApiCall(HttpMethod method, string pathAndQuery)
        {
            Method = method;
            PathAndQuery = pathAndQuery;
        }

        public HttpMethod Method { get; }
        public string PathAndQuery { get; }
        public byte[]? JsonBody { get; set; }

        /// <summary>A POST that spends credits: repeated only when the server certainly did not accept it.</summary>
        public bool IsSubmission => Method != HttpMethod.Get;

        /// <summary>What a 404 means here: an unknown task for record reads, a bad path elsewhere.</summary>
        public SunoErrorKind NotFoundKind { get; set; } = SunoErrorKind.InvalidRequest;

        /// <summary>What errors are about (task id, say), for the caller's error record.</summary>
        public object? Target { get; set; }

        /// <summary>Awaited before every attempt, retries included (record reads wait for their turn here).</summary>
        public Func<CancellationToken, Task>? BeforeAttempt { get; set; }

        /// <summary>Told when the server answered this call with "slow down", with the pause it asked for.</summary>
        public Action<TimeSpan>? OnThrottled { get; set; }
    }
}
