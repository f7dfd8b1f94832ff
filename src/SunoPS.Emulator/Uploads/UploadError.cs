namespace SunoPS.Emulator.Uploads;

/// <summary>A refused upload: the HTTP status (also the body code) and the message.</summary>
internal sealed class UploadError(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static UploadError BadRequest(string message) => new(400, message);

    public static UploadError Missing(string field) => new(400, $"Missing required parameter: {field}");
}
