namespace SunoPS.Emulator.Hosting;

/// <summary>The two origins of one emulator: the API, and the host that serves generated files.</summary>
internal enum Origin
{
    Api,
    Files,
}
