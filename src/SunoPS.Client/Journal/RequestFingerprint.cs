using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using SunoPS.Client.Json;
using SunoPS.Client.Requests;

namespace SunoPS.Client.Journal
{
    /// <summary>
    /// What makes two requests "the same" for an idempotency key: SHA-256 of the canonical JSON of the fields (sorted, nulls
    /// left out), without the callBackUrl placeholder that is sent only because the API requires one.
    /// </summary>
    public static class RequestFingerprint
    {
        public static string Of(SunoSubmission submission)
        {
            if (submission == null) throw new ArgumentNullException(nameof(submission));
            var fields = new SortedDictionary<string, object?>(submission.ToFields(), StringComparer.Ordinal);
            if (fields.TryGetValue("callBackUrl", out var callback) && string.Equals(callback as string, SunoClient.PlaceholderCallbackUrl, StringComparison.Ordinal))
            {
                fields.Remove("callBackUrl");
            }

            fields["@endpoint"] = submission.Endpoint.Path;
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(JsonBody.Write(fields));
                return BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
            }
        }
    }
}
