using Microsoft.AspNetCore.Builder;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Hosting;

namespace SunoPS.Emulator;

/// <summary>
/// A running emulator of the sunoapi.org music API: an API origin, a files origin and a file-upload origin on 127.0.0.1.
/// Start one per test with <see cref="StartAsync"/>; drive it through <see cref="State"/> or the
/// /_emulator control endpoints.
/// </summary>
public sealed class SunoEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private SunoEmulator(WebApplication app, Uri apiUri, Uri filesUri, Uri uploadsUri, EmulatorState state)
    {
        _app = app;
        ApiUri = apiUri;
        FilesUri = filesUri;
        UploadsUri = uploadsUri;
        State = state;
    }

    /// <summary>The API origin, e.g. http://127.0.0.1:41234/.</summary>
    public Uri ApiUri { get; }

    /// <summary>The origin that serves generated files, e.g. http://127.0.0.1:41235/.</summary>
    public Uri FilesUri { get; }

    /// <summary>The file-upload origin (the stand-in for the upload host of suno-api.md §4.24), e.g. http://127.0.0.1:41236/.</summary>
    public Uri UploadsUri { get; }

    public EmulatorState State { get; }

    public static async Task<SunoEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Clone(); // later changes to the caller's object must not leak in
        settings.Validate();

        var state = new EmulatorState(settings);
        var log = settings.RequestLog is null ? null : TextWriter.Synchronized(settings.RequestLog);
        var pipeline = new RequestPipeline(state, log);
        var (app, apiPort, filesPort, uploadsPort) = await EmulatorHost.StartAsync(settings, pipeline, cancellationToken);

        var filesUri = new Uri($"http://127.0.0.1:{filesPort}/");
        var uploadsUri = new Uri($"http://127.0.0.1:{uploadsPort}/");
        state.FileUrls = new FileUrls(filesUri);
        state.Uploads.Bind(uploadsUri);
        state.Callbacks.Start();
        return new SunoEmulator(app, new Uri($"http://127.0.0.1:{apiPort}/"), filesUri, uploadsUri, state);
    }

    /// <summary>Stops listening; requests still in flight are aborted. Safe to call more than once.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        await State.Callbacks.DisposeAsync();
        State.Uploads.Dispose(); // the uploaded files live in a temporary folder of this emulator
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
