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
    /// <summary>HTTP 200 JSON whose strings hold a lone surrogate escape ("\ud800"), which no UTF-16 string can hold.</summary>
    InvalidUnicode,
    /// <summary>The normal answer under a Content-Type naming a charset nobody knows (<see cref="FaultSpec.ContentType"/> overrides it).</summary>
    BogusCharset,
    /// <summary>HTTP 200 with <see cref="FaultSpec.Bytes"/> bytes (default 64 MiB) and no Content-Length: padded JSON on the API and upload
    /// hosts, MP3 frames on the file host.</summary>
    Oversized,
    /// <summary>HTTP 200 JSON sent gzip-compressed that inflates to <see cref="FaultSpec.Bytes"/> bytes (default 1 GiB, about 1 MB on the wire).</summary>
    GzipBomb,
    /// <summary>HTTP <see cref="FaultSpec.Code"/> (default 302) to <see cref="FaultSpec.Location"/>.</summary>
    Redirect,
    /// <summary>HTTP <see cref="FaultSpec.Code"/> (default 200) with <see cref="FaultSpec.Text"/> under <see cref="FaultSpec.ContentType"/>
    /// (default text/html): a captive portal's page, or an internal JSON endpoint, where a file was expected.</summary>
    Body,
}
