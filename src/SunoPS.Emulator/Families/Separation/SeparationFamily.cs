using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// The vocal / stem separation family (suno-api.md §4.18–4.19): POST /api/v1/vocal-removal/generate from a finished
/// music track, GET /api/v1/vocal-removal/record-info, and the stem MP3s under stems/.
/// </summary>
internal sealed class SeparationFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/vocal-removal/record-info";

    private readonly EmulatorState _state;
    private readonly SeparationEndpoint _generate;
    private readonly RecordInfoEndpoint<SeparationTask> _recordInfo;
    private readonly SeparationFiles _files;

    public SeparationFamily(EmulatorState state)
    {
        _state = state;
        Factory = new SeparationTaskFactory(state.Clock, state.Options);
        _generate = new SeparationEndpoint(state, Factory);
        _recordInfo = new RecordInfoEndpoint<SeparationTask>(state, (w, task, now) => SeparationRecordWriter.Write(w, task, now, state.FileUrls));
        _files = new SeparationFiles(state);
    }

    public string Name => "separation";

    public SeparationTaskFactory Factory { get; }

    public IEnumerable<ApiRoute> Routes => [_generate.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) =>
        SeparationSeeder.Seed(_state, _state.Family<MusicFamily>().Factory, Factory, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is SeparationTask t ? SeparationCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => SeparationCallbacks.Render((SeparationTask)task, stage, _state.FileUrls);
}
