using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// The recovery family (suno-api.md §4.17): POST /api/v1/suno/recovery for a finished music task (answered with
/// <c>data.task_id</c>), GET /api/v1/suno/recovery/record-info?task_id= (its status is the answer's top-level code),
/// and the recovered audio under recovered/ (M4A, or MP3 with [recovery-mp3]).
/// </summary>
internal sealed class RecoveryFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/suno/recovery/record-info";

    /// <summary>Emulated seconds a recovery runs (code 201).</summary>
    public const double Seconds = 6;

    /// <summary>Credits a recovery costs (the docs give no figure).</summary>
    public const int Credits = 1;

    private readonly EmulatorState _state;
    private readonly RecoveryEndpoint _submit;
    private readonly RecoveryRecordEndpoint _recordInfo;
    private readonly RecoveryFiles _files;

    public RecoveryFamily(EmulatorState state)
    {
        _state = state;
        _submit = new RecoveryEndpoint(state);
        _recordInfo = new RecoveryRecordEndpoint(state);
        _files = new RecoveryFiles(state);
    }

    public string Name => "recovery";

    public IEnumerable<ApiRoute> Routes => [_submit.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => RecoverySeeder.Seed(_state, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is RecoveryTask t ? RecoveryCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => RecoveryCallbacks.Render((RecoveryTask)task, _state.Clock.Now, _state.FileUrls);
}
