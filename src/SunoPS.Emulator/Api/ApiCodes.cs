namespace SunoPS.Emulator.Api;

/// <summary>The envelope codes of the main API and their documented messages (suno-api.md §7.1).</summary>
internal static class ApiCodes
{
    public const int Success = 200;
    public const int InvalidParameters = 400;
    public const int Unauthorized = 401;
    public const int NotFound = 404;
    public const int Conflict = 409;
    public const int RateLimited = 405;
    public const int TooLong = 413;
    public const int InsufficientCredits = 429;
    public const int TooFrequent = 430;
    public const int Maintenance = 455;
    public const int ServerError = 500;

    public static string MessageFor(int code) => code switch
    {
        200 => "success",
        400 => "Invalid parameters",
        401 => "Unauthorized access",
        402 => "Insufficient credits",
        404 => "Invalid request method or path",
        405 => "Rate limit exceeded",
        409 => "Conflict - record already exists",
        413 => "Theme or prompt too long",
        422 => "Validation error",
        429 => "Insufficient credits",
        430 => "Your call frequency is too high. Please try again later.",
        451 => "Failed to fetch the music data",
        455 => "System maintenance",
        500 => "Server error",
        501 => "Audio generation failed",
        503 => "Service unavailable",
        _ => "Error",
    };

    /// <summary>Codes that ask the client to come back later; with HTTP-status errors they carry Retry-After.</summary>
    public static bool IsRetryLater(int code) => code is RateLimited or TooFrequent or Maintenance;
}
