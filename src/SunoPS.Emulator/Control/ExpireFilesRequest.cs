namespace SunoPS.Emulator.Control;

/// <summary>Body of POST /_emulator/expire-files.</summary>
internal sealed class ExpireFilesRequest
{
    public string? TaskId { get; set; }

    /// <summary>The HTTP status the old URLs answer.</summary>
    public int Code { get; set; } = 403;
}
