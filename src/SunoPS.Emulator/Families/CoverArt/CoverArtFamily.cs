using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// The cover-art family (suno-api.md §4.22): POST /api/v1/suno/cover/generate for a finished music task (one cover
/// per task), GET /api/v1/suno/cover/record-info, and the PNG pictures under cover-art/.
/// </summary>
internal sealed class CoverArtFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/suno/cover/record-info";

    /// <summary>Emulated seconds a cover-art task takes: pending (0) for the first half, generating (2) for the second.</summary>
    public const double Seconds = 20;

    /// <summary>Pictures per cover-art task, as the documented example has.</summary>
    public const int ImageCount = 2;

    /// <summary>Credits a cover-art task costs (the docs give no figure).</summary>
    public const int Credits = 1;

    private readonly EmulatorState _state;
    private readonly CoverArtEndpoint _submit;
    private readonly RecordInfoEndpoint<CoverArtTask> _recordInfo;
    private readonly CoverArtFiles _files;

    public CoverArtFamily(EmulatorState state)
    {
        _state = state;
        _submit = new CoverArtEndpoint(state);
        _recordInfo = new RecordInfoEndpoint<CoverArtTask>(state, (w, task, now) => CoverArtRecordWriter.Write(w, task, now, state.FileUrls));
        _files = new CoverArtFiles(state);
    }

    public string Name => "coverart";

    public IEnumerable<ApiRoute> Routes => [_submit.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => CoverArtSeeder.Seed(_state, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is CoverArtTask t ? CoverArtCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => CoverArtCallbacks.Render((CoverArtTask)task, stage, _state.FileUrls);
}
