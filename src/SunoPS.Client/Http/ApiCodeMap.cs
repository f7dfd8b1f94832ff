using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Http
{
    /// <summary>What an API error code means for the caller, and whether asking again can help.</summary>
    internal readonly struct ApiFailure
    {
        public ApiFailure(SunoErrorKind kind, bool retryRead, bool notAccepted)
        {
            Kind = kind;
            RetryRead = retryRead;
            NotAccepted = notAccepted;
        }

        public SunoErrorKind Kind { get; }

        /// <summary>A read (GET) may be repeated.</summary>
        public bool RetryRead { get; }

        /// <summary>The server certainly did not act on the request, so even a submission may be repeated.</summary>
        public bool NotAccepted { get; }
    }

    internal static class ApiCodeMap
    {
        public static readonly IReadOnlyDictionary<int, ApiFailure> NoOverrides = new Dictionary<int, ApiFailure>();

        /// <summary>
        /// The tables of cover art, persona and replace-section (suno-api.md §7.1): 402 is insufficient credits and 429
        /// is rate limiting there, not the global "429 = insufficient credits".
        /// </summary>
        public static readonly IReadOnlyDictionary<int, ApiFailure> CreditsAs402RateLimitAs429 = new Dictionary<int, ApiFailure>
        {
            [402] = new ApiFailure(SunoErrorKind.InsufficientCredits, false, false),
            [429] = new ApiFailure(SunoErrorKind.RateLimited, true, true),
        };

        /// <summary>
        /// Meaning of an error answer: <paramref name="bodyCode"/> is the code of the API's envelope, or null when the
        /// body is not the envelope (a proxy page, an empty body) or is a success envelope behind an error status.
        /// </summary>
        public static ApiFailure ForAnswer(int httpStatus, int? bodyCode, bool hasRetryAfter, SunoErrorKind notFoundKind,
            IReadOnlyDictionary<int, ApiFailure>? overrides = null)
        {
            if (bodyCode.HasValue && overrides != null && overrides.TryGetValue(bodyCode.Value, out var special)) return special;

            // HTTP 429 means two things. The API's code 429 is "insufficient credits" (never retried), and an API that
            // mirrors its codes as HTTP statuses sends it as HTTP 429 with that envelope and no Retry-After. A rate
            // limiter (the API's own, or a gateway's) sends HTTP 429 with a Retry-After, or with a body of its own.
            // So: HTTP 429 with Retry-After, or without the envelope, is rate limiting (retried, honouring
            // Retry-After; RateLimited when it lasts); a body code 429 in HTTP 200, or in HTTP 429 without
            // Retry-After, is insufficient credits.
            if (httpStatus == 429 && (hasRetryAfter || !bodyCode.HasValue))
            {
                return new ApiFailure(SunoErrorKind.RateLimited, true, true);
            }

            return bodyCode.HasValue ? ForBodyCode(bodyCode.Value, notFoundKind) : ForHttpStatus(httpStatus, notFoundKind);
        }

        /// <summary>Meaning of a <c>code</c> in the JSON body (the API's own codes, whatever the HTTP status).</summary>
        public static ApiFailure ForBodyCode(int code, SunoErrorKind notFoundKind)
        {
            switch (code)
            {
                case 401:
                case 403: return new ApiFailure(SunoErrorKind.AuthenticationFailed, false, false);
                case 402:
                case 429: return new ApiFailure(SunoErrorKind.InsufficientCredits, false, false); // never retried
                case 404: return new ApiFailure(notFoundKind, false, false);
                case 405:
                case 430: return new ApiFailure(SunoErrorKind.RateLimited, true, true);
                case 455: return new ApiFailure(SunoErrorKind.ServiceUnavailable, true, true);
                // 503 and the "no answer in time" codes mean what they mean as HTTP statuses; none proves that a
                // submission was not acted on, so only reads repeat them.
                case 503: return new ApiFailure(SunoErrorKind.ServiceUnavailable, true, false);
                case 408:
                case 504: return new ApiFailure(SunoErrorKind.Timeout, true, false);
                case 409: return new ApiFailure(SunoErrorKind.AlreadyExists, false, false);
                case 400:
                case 413:
                case 422: return new ApiFailure(SunoErrorKind.InvalidRequest, false, false);
                case 500:
                case 502: return new ApiFailure(SunoErrorKind.ServerError, true, false);
                default:
                    return code >= 500
                        ? new ApiFailure(SunoErrorKind.ServerError, false, false) // 501, 505, 531: generation refused
                        : new ApiFailure(SunoErrorKind.InvalidRequest, false, false);
            }
        }

        /// <summary>Meaning of an HTTP status whose body is not an API envelope (a proxy page, an empty body).</summary>
        public static ApiFailure ForHttpStatus(int status, SunoErrorKind notFoundKind)
        {
            switch (status)
            {
                case 401:
                case 403: return new ApiFailure(SunoErrorKind.AuthenticationFailed, false, false);
                case 404: return new ApiFailure(notFoundKind, false, false);
                case 408:
                case 504: return new ApiFailure(SunoErrorKind.Timeout, true, false);
                case 409: return new ApiFailure(SunoErrorKind.AlreadyExists, false, false);
                case 429: return new ApiFailure(SunoErrorKind.RateLimited, true, true);
                case 503: return new ApiFailure(SunoErrorKind.ServiceUnavailable, true, false);
                default:
                    return status >= 500
                        ? new ApiFailure(SunoErrorKind.ServerError, true, false)
                        : new ApiFailure(SunoErrorKind.InvalidRequest, false, false);
            }
        }

        /// <summary>The API's documented text for a code, used when the server sent no message.</summary>
        public static string DescribeCode(int code)
        {
            switch (code)
            {
                case 400: return "Invalid parameters";
                case 401: return "Unauthorized access";
                case 402: return "Insufficient credits";
                case 404: return "Invalid request method or path";
                case 405: return "Rate limit exceeded";
                case 409: return "Conflict - the record already exists";
                case 413: return "Theme or prompt too long";
                case 429: return "Insufficient credits";
                case 430: return "Your call frequency is too high. Please try again later.";
                case 455: return "System maintenance";
                case 500: return "Server error";
                case 503: return "Service unavailable";
                case 408:
                case 504: return "No answer in time";
                default: return "Error " + code;
            }
        }
    }
}
