using SunoPS.Emulator.Api;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The music family (suno-api.md §4.1, §4.10): POST /api/v1/generate, GET /api/v1/generate/record-info, and
/// the MP3, stream and cover files under f/ and cdn/.
/// </summary>
internal sealed class MusicFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/generate/record-info";

    private readonly EmulatorState _state;
    private readonly GenerateEndpoint _generate;
    private readonly RecordInfoEndpoint<MusicTask> _recordInfo;
    private readonly MusicFiles _files;

    public MusicFamily(EmulatorState state)
    {
        _state = state;
        Factory = new MusicTaskFactory(state.Options, state.Clock);
        _generate = new GenerateEndpoint(state, Factory);
        _recordInfo = new RecordInfoEndpoint<MusicTask>(state, (w, task, now) => MusicRecordWriter.Write(w, task, task.StatusAt(now), state.FileUrls));
        _files = new MusicFiles(state);
    }

    public string Name => "music";

    /// <summary>Also used by other families' seeding, which needs finished music tasks to start from.</summary>
    public MusicTaskFactory Factory { get; }

    public IEnumerable<ApiRoute> Routes => [_generate.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => MusicSeeder.Seed(_state, Factory, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is MusicTask music ? MusicCallbacks.StagesOf(music) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => MusicCallbacks.Render((MusicTask)task, stage, _state.FileUrls);
}
