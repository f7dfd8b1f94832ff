using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;

namespace SunoPS.Client.Http
{
    /// <summary>One logical API request: where it goes, what to send and how to read its answer and its failures.</summary>
    internal sealed class ApiCall
    {
        public ApiCall(HttpMethod method, string pathAndQuery)
        {
            Method = method;
            PathAndQuery = pathAndQuery;
            SpendsCredits = method == HttpMethod.Post;
        }

        public HttpMethod Method { get; }

        /// <summary>Relative to the origin's base URI.</summary>
        public string PathAndQuery { get; }

        public ApiOrigin Origin { get; set; } = ApiOrigin.Api;
        public byte[]? JsonBody { get; set; }

        /// <summary>A body other than JSON (a multipart upload); it must be re-creatable, since reads may be retried.</summary>
        public Func<HttpContent>? Content { get; set; }

        /// <summary>
        /// A submission that creates a paid task: repeated only when the server certainly did not accept it. POSTs
        /// are by default; synchronous reads that happen to be POSTs (timestamped lyrics, uploads) are not.
        /// </summary>
        public bool SpendsCredits { get; set; }

        /// <summary>How the answer wraps its result.</summary>
        public RecordEnvelope Envelope { get; set; } = RecordEnvelope.Standard;

        /// <summary>Codes that mean something else on this endpoint than in the API's global table.</summary>
        public IReadOnlyDictionary<int, ApiFailure> CodeOverrides { get; set; } = ApiCodeMap.NoOverrides;

        /// <summary>
        /// The code with which this endpoint refuses a repeat and names the task it already has in <c>data.taskId</c>
        /// (cover art: 400); such an answer is <see cref="SunoErrorKind.AlreadyExists"/> carrying that id.
        /// </summary>
        public int? ExistingTaskCode { get; set; }

        /// <summary>What a 404 means here: an unknown task for record reads, a bad path elsewhere.</summary>
        /// <summary>How long one attempt may take, when longer than the client's request timeout (a large upload).</summary>
        public TimeSpan? Timeout { get; set; }

        public SunoErrorKind NotFoundKind { get; set; } = SunoErrorKind.InvalidRequest;

        /// <summary>What errors are about (task id, say), for the caller's error record.</summary>
        public object? Target { get; set; }

        /// <summary>Awaited before every attempt, retries included (record reads wait for their turn here).</summary>
        public Func<CancellationToken, Task>? BeforeAttempt { get; set; }

        /// <summary>Told when the server answered this call with "slow down", with the pause it asked for.</summary>
        public Action<TimeSpan>? OnThrottled { get; set; }
    }
}
