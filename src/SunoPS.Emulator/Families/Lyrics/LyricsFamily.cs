using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>
/// The lyrics family (suno-api.md §4.15): POST /api/v1/lyrics and GET /api/v1/lyrics/record-info. Lyrics come as
/// text in the record, so it serves no files.
/// </summary>
internal sealed class LyricsFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/lyrics/record-info";

    /// <summary>Emulated seconds a lyrics task stays PENDING.</summary>
    public const double Seconds = 10;

    /// <summary>Credits a lyrics task costs (the docs give no figure).</summary>
    public const int Credits = 1;

    private readonly EmulatorState _state;
    private readonly LyricsEndpoint _submit;
    private readonly RecordInfoEndpoint<LyricsTask> _recordInfo;

    public LyricsFamily(EmulatorState state)
    {
        _state = state;
        _submit = new LyricsEndpoint(state);
        _recordInfo = new RecordInfoEndpoint<LyricsTask>(state, LyricsRecordWriter.Write);
    }

    public string Name => "lyrics";

    public IEnumerable<ApiRoute> Routes => [_submit.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => [];

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => LyricsSeeder.Seed(_state, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is LyricsTask t ? LyricsCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => LyricsCallbacks.Render((LyricsTask)task, stage);
}
