using SunoPS.Emulator.Api;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// The WAV family (suno-api.md §4.16): POST /api/v1/wav/generate from a finished music track,
/// GET /api/v1/wav/record-info, and the .wav files under w/.
/// </summary>
internal sealed class WavFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/wav/record-info";

    private readonly EmulatorState _state;
    private readonly WavTaskFactory _factory;
    private readonly WavGenerateEndpoint _generate;
    private readonly RecordInfoEndpoint<WavTask> _recordInfo;
    private readonly WavFiles _files;

    public WavFamily(EmulatorState state)
    {
        _state = state;
        _factory = new WavTaskFactory(state.Options, state.Clock);
        _generate = new WavGenerateEndpoint(state, _factory);
        _recordInfo = new RecordInfoEndpoint<WavTask>(state, (w, task, now) => WavRecordWriter.Write(w, task, now, state.FileUrls));
        _files = new WavFiles(state);
    }

    public string Name => "wav";

    public IEnumerable<ApiRoute> Routes => [_generate.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) =>
        WavSeeder.Seed(_state, _state.Family<MusicFamily>().Factory, _factory, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is WavTask wav ? WavCallbacks.StagesOf(wav) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => WavCallbacks.Render((WavTask)task, _state.FileUrls);
}
