namespace SunoPS.Emulator;

/// <summary>
/// A fault to inject. Faults apply in the order added; the first one that matches a request
/// (origin and path prefix) handles it and uses up one of its <see cref="Count"/>.
/// </summary>
public sealed class FaultSpec
{
    /// <summary>"api", "files" or "uploads": the origin the fault applies to.</summary>
    public string Target { get; set; } = "api";

    /// <summary>Only paths starting with this (e.g. "/api/v1/generate/record-info"); null matches every path.</summary>
    public string? PathPrefix { get; set; }

    /// <summary>Only requests of this method (e.g. "POST", so a fault on /api/v1/generate spares its record-info reads); null matches every method.</summary>
    public string? Method { get; set; }

    public FaultKind Kind { get; set; }

    /// <summary>The code or HTTP status to answer; 0 takes the kind's default (500, or 502 for Html, 403 for Expire).</summary>
    public int Code { get; set; }

    /// <summary>Requests affected; -1 = until cleared.</summary>
    public int Count { get; set; } = 1;

    public int DelayMs { get; set; }

    /// <summary>For <see cref="FaultKind.Truncate"/>: bytes sent before the connection is aborted.</summary>
    public long Bytes { get; set; }

    /// <summary>For <see cref="FaultKind.Slow"/>: the sending rate.</summary>
    public long BytesPerSecond { get; set; }

    /// <summary>Adds a Retry-After header (seconds) to HttpStatus answers.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>For <see cref="FaultKind.Redirect"/>: where to send the client (absolute, or a path on the same origin).</summary>
    public string? Location { get; set; }

    /// <summary>For <see cref="FaultKind.Body"/>: the body sent.</summary>
    public string? Text { get; set; }

    /// <summary>For <see cref="FaultKind.Body"/> and <see cref="FaultKind.BogusCharset"/>: the Content-Type sent.</summary>
    public string? ContentType { get; set; }

    /// <summary>
    /// The chance (0 &lt; p ≤ 1, default 1) that a matching request gets the fault; a request spared falls through to the
    /// next fault and then to the endpoint. With <see cref="Count"/> -1 this makes random transient faults for soaks.
    /// </summary>
    public double Probability { get; set; } = 1;

    /// <summary>Seeds the random draws of <see cref="Probability"/>, so a soak's faults fall the same way each run; null draws from a random seed.</summary>
    public int? Seed { get; set; }

    internal FaultSpec Copy() => (FaultSpec)MemberwiseClone();

    /// <summary>The code to use: the explicit one, or the kind's default.</summary>
    internal int EffectiveCode => Code != 0 ? Code : Kind switch
    {
        FaultKind.Html => 502,
        FaultKind.Expire => 403,
        FaultKind.Redirect => 302,
        FaultKind.Body or FaultKind.InvalidUnicode or FaultKind.BogusCharset or FaultKind.Oversized or FaultKind.GzipBomb => 200,
        _ => 500,
    };

    internal void Validate()
    {
        if (Target is null || !(Target.Equals("api", StringComparison.OrdinalIgnoreCase) || Target.Equals("files", StringComparison.OrdinalIgnoreCase)
                || Target.Equals("uploads", StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException("target must be \"api\", \"files\" or \"uploads\".");
        if (!Enum.IsDefined(Kind)) throw new ArgumentException($"Unknown fault kind {Kind}.", nameof(Kind));
        if (Count == 0 || Count < -1) throw new ArgumentException("Count must be positive, or -1 for until cleared.", nameof(Count));
        if (Code != 0 && Code is < 100 or > 999) throw new ArgumentException("Code must be a three-digit number.", nameof(Code));
        if ((Kind is FaultKind.HttpStatus or FaultKind.Html or FaultKind.Expire or FaultKind.Redirect or FaultKind.Body) && EffectiveCode > 599)
            throw new ArgumentException("An HTTP status must be between 100 and 599.", nameof(Code));
        if (DelayMs < 0) throw new ArgumentException("DelayMs must not be negative.", nameof(DelayMs));
        if (Kind == FaultKind.Truncate && Bytes < 0) throw new ArgumentException("Bytes must not be negative.", nameof(Bytes));
        if (Kind == FaultKind.Slow && BytesPerSecond <= 0) throw new ArgumentException("Slow needs BytesPerSecond > 0.", nameof(BytesPerSecond));
        if (Kind == FaultKind.Redirect && (EffectiveCode is < 300 or > 399 || string.IsNullOrWhiteSpace(Location)))
            throw new ArgumentException("Redirect needs a 3xx code and a Location.", nameof(Location));
        if (Kind == FaultKind.Body && Text is null) throw new ArgumentException("Body needs Text.", nameof(Text));
        if (Kind is FaultKind.Oversized or FaultKind.GzipBomb && Bytes < 0) throw new ArgumentException("Bytes must not be negative.", nameof(Bytes));
        if (!(Probability > 0 && Probability <= 1)) throw new ArgumentException("Probability must be above 0 and at most 1.", nameof(Probability));
        if (RetryAfterSeconds is < 0) throw new ArgumentException("RetryAfterSeconds must not be negative.", nameof(RetryAfterSeconds));
    }
}
