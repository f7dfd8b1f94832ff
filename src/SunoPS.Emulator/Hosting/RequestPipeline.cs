using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Control;
using SunoPS.Emulator.Faults;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Hosting;

/// <summary>
/// The one request handler of the emulator. It tells the origins apart by local port, counts the request,
/// lets a matching fault act first, then hands over to the API router, the files endpoint or the upload host.
/// </summary>
internal sealed class RequestPipeline(EmulatorState state, TextWriter? log)
{
    private readonly ApiRouter _api = new(state);
    private readonly FileEndpoint _files = new(state);
    private readonly ControlRouter _control = new(state);
    private readonly Uploads.UploadRouter _uploads = new(state);

    /// <summary>Known once Kestrel has bound the files origin.</summary>
    public int FilesPort { get; set; } = -1;

    /// <summary>Known once Kestrel has bound the upload origin.</summary>
    public int UploadsPort { get; set; } = -1;

    /// <summary>Cancelled when the emulator stops, so slow and delayed answers end at once.</summary>
    public CancellationToken Stopping { get; set; }

    public async Task HandleAsync(HttpContext context)
    {
        var port = context.Connection.LocalPort;
        var origin = port == FilesPort ? Origin.Files : port == UploadsPort ? Origin.Uploads : Origin.Api;
        var path = context.Request.Path.Value ?? "/";
        using var stopRegistration = Stopping.Register(static c => ((HttpContext)c!).Abort(), context);
        var started = Stopwatch.GetTimestamp();
        var counted = false;
        try
        {
            if (origin == Origin.Api && path.StartsWith(ControlRouter.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                await _control.HandleAsync(context);
                return;
            }

            counted = true;
            state.Counters.RequestStarted(origin, path,
                hasAuthorization: context.Request.Headers.ContainsKey("Authorization"),
                hasRange: context.Request.Headers.ContainsKey("Range"));

            if (state.FaultBook.TryConsume(origin, context.Request.Method, path) is { } fault)
            {
                state.Counters.FaultApplied();
                if (await FaultResponder.ApplyAsync(context, fault, origin)) return;
            }

            await (origin switch
            {
                Origin.Files => _files.HandleAsync(context),
                Origin.Uploads => _uploads.HandleAsync(context),
                _ => _api.HandleAsync(context),
            });
        }
        catch (Exception e) when ((e is OperationCanceledException or IOException) && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away, a fault aborted the connection, or the emulator is stopping: nothing to answer.
        }
        finally
        {
            if (counted) state.Counters.RequestEnded();
            if (log is not null) Log(context, origin, started);
        }
    }

    private void Log(HttpContext context, Origin origin, long started)
    {
        var request = context.Request;
        var outcome = context.RequestAborted.IsCancellationRequested ? "aborted" : context.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
        log!.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.Now:HH:mm:ss.fff} {origin switch { Origin.Api => "api    ", Origin.Files => "files  ", _ => "uploads" }} {request.Method} {request.Path}{request.QueryString} -> {outcome} ({Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms)"));
    }
}
