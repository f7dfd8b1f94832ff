using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Video;

/// <summary>
/// The music-video family (suno-api.md §4.21): POST /api/v1/mp4/generate from a finished track,
/// GET /api/v1/mp4/record-info, and the .mp4 files under video/.
/// </summary>
internal sealed class VideoFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/mp4/record-info";

    /// <summary>Emulated seconds a video task stays PENDING.</summary>
    public const double Seconds = 20;

    /// <summary>Credits a video costs (third-party figures say 4; the docs give none).</summary>
    public const int Credits = 4;

    private readonly EmulatorState _state;
    private readonly VideoEndpoint _submit;
    private readonly RecordInfoEndpoint<VideoTask> _recordInfo;
    private readonly VideoFiles _files;

    public VideoFamily(EmulatorState state)
    {
        _state = state;
        _submit = new VideoEndpoint(state);
        _recordInfo = new RecordInfoEndpoint<VideoTask>(state, (w, task, now) => VideoRecordWriter.Write(w, task, now, state.FileUrls));
        _files = new VideoFiles(state);
    }

    public string Name => "video";

    public IEnumerable<ApiRoute> Routes => [_submit.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => VideoSeeder.Seed(_state, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is VideoTask t ? VideoCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => VideoCallbacks.Render((VideoTask)task, stage, _state.FileUrls);
}
