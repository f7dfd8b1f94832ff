namespace SunoPS.Emulator.Hosting;

/// <summary>The three origins of one emulator: the API, the host that serves generated files, and the file-upload host.</summary>
internal enum Origin
{
    Api,
    Files,
    Uploads,
}
