using SunoPS.Emulator.Api;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// The voice validation family (suno-api.md §4.23): POST /api/v1/voice/validate and /regenerate, GET
/// /api/v1/voice/validate-info. It also serves the voice family's generate and check-voice (one set of endpoints).
/// </summary>
internal sealed class VoiceValidationFamily : ITaskFamily, ICallbackFamily
{
    public const string ValidateInfoPath = "/api/v1/voice/validate-info";

    private readonly EmulatorState _state;
    private readonly VoiceEndpoints _endpoints;
    private readonly RecordInfoEndpoint<VoiceValidationTask> _validateInfo;

    public VoiceValidationFamily(EmulatorState state)
    {
        _state = state;
        Factory = new VoiceTaskFactory(state.Clock);
        _endpoints = new VoiceEndpoints(state, Factory);
        _validateInfo = new RecordInfoEndpoint<VoiceValidationTask>(state, VoiceRecordWriters.WriteValidation);
    }

    public string Name => "voicevalidation";

    public VoiceTaskFactory Factory { get; }

    public IEnumerable<ApiRoute> Routes => [.. _endpoints.Routes, _validateInfo.RouteAt(ValidateInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => [];

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => VoiceSeeder.Seed(_state, Factory, request, voices: false);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) =>
        task is VoiceValidationTask t ? VoiceCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) =>
        VoiceCallbacks.Render((VoiceValidationTask)task, stage, _state.Clock.Now);
}
