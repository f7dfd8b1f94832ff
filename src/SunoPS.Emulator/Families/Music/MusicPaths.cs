namespace SunoPS.Emulator.Families.Music;

/// <summary>The music family's endpoints on the API origin (suno-api.md §4.1–§4.14).</summary>
internal static class MusicPaths
{
    public const string Generate = "/api/v1/generate";
    public const string Extend = "/api/v1/generate/extend";
    public const string UploadCover = "/api/v1/generate/upload-cover";
    public const string UploadExtend = "/api/v1/generate/upload-extend";
    public const string AddInstrumental = "/api/v1/generate/add-instrumental";
    public const string AddVocals = "/api/v1/generate/add-vocals";
    public const string Mashup = "/api/v1/generate/mashup";
    public const string Sounds = "/api/v1/generate/sounds";
    public const string ReplaceSection = "/api/v1/generate/replace-section";
    public const string RecordInfo = "/api/v1/generate/record-info";
    public const string TimestampedLyrics = "/api/v1/generate/get-timestamped-lyrics";
    public const string StyleBoost = "/api/v1/style/generate";
    public const string Persona = "/api/v1/generate/generate-persona";
}
