namespace SunoPS.Emulator;

/// <summary>Counters of one emulator at one moment (GET /_emulator/stats). Control requests are not counted.</summary>
public sealed class StatsSnapshot
{
    /// <summary>Requests per path (without query string), all origins.</summary>
    public required IReadOnlyDictionary<string, long> RequestsByPath { get; init; }

    public required long ApiRequests { get; init; }

    public required long FilesRequests { get; init; }

    /// <summary>Requests to the file-upload origin (uploads and downloads of uploaded files).</summary>
    public required long UploadRequests { get; init; }

    /// <summary>Requests refused with code 430 by the generate or read rate limits.</summary>
    public required long Throttled { get; init; }

    public required long GenerateAccepted { get; init; }

    /// <summary>Generate submissions refused for any reason (auth, throttling, validation, credits).</summary>
    public required long GenerateRejected { get; init; }

    /// <summary>Requests to the files origin that carried an Authorization header (the API key must never go there).</summary>
    public required long FileRequestsWithAuthorization { get; init; }

    /// <summary>Requests to the files origin with a Range header.</summary>
    public required long RangeRequests { get; init; }

    /// <summary>Requests handled by an injected fault.</summary>
    public required long FaultsApplied { get; init; }

    /// <summary>Most requests in flight at once, both origins.</summary>
    public required long PeakConcurrentRequests { get; init; }

    public required int Tasks { get; init; }
}
