namespace SunoPS.Emulator;

/// <summary>What an injected fault does to a matching request (JSON: camelCase strings, e.g. "bodyCode").</summary>
public enum FaultKind
{
    /// <summary>HTTP 200 with body code <see cref="FaultSpec.Code"/> and the documented message for it.</summary>
    BodyCode,
    /// <summary>HTTP <see cref="FaultSpec.Code"/> with the JSON envelope carrying the same code.</summary>
    HttpStatus,
    /// <summary>HTTP <see cref="FaultSpec.Code"/> (default 502) with an HTML page, as a proxy in front would send.</summary>
    Html,
    /// <summary>HTTP 200 application/json whose JSON is cut off.</summary>
    Malformed,
    /// <summary>The connection is aborted without a response.</summary>
    Reset,
    /// <summary>Waits <see cref="FaultSpec.DelayMs"/>, then answers normally.</summary>
    Delay,
    /// <summary>Declares the full Content-Length, sends only <see cref="FaultSpec.Bytes"/> bytes, then aborts.</summary>
    Truncate,
    /// <summary>Answers HTTP <see cref="FaultSpec.Code"/> (default 403), as an expired signed file URL does.</summary>
    Expire,
    /// <summary>Sends the normal response at <see cref="FaultSpec.BytesPerSecond"/>.</summary>
    Slow,
}
