namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The <c>operationType</c> of a music record. The first four are the documented enum (suno-api.md §4.10); the
/// real values of the others are not known, so the emulator uses these names (documented in its README).
/// </summary>
internal static class OperationTypes
{
    public const string Generate = "generate";
    public const string Extend = "extend";
    public const string UploadCover = "upload_cover";
    public const string UploadExtend = "upload_extend";
    public const string AddInstrumental = "add_instrumental";
    public const string AddVocals = "add_vocals";
    public const string Mashup = "mashup";
    public const string Sounds = "sounds";
    public const string ReplaceSection = "replace_section";

    public static readonly string[] All = [Generate, Extend, UploadCover, UploadExtend, AddInstrumental, AddVocals, Mashup, Sounds, ReplaceSection];
}
