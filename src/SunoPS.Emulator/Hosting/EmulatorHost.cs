using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SunoPS.Emulator.Hosting;

/// <summary>
/// Builds and starts the Kestrel app: one WebApplication listening on three loopback ports (API, files, uploads),
/// with no configuration files, logging or routing middleware, so it starts quickly and silently.
/// </summary>
internal static class EmulatorHost
{
    public static async Task<(WebApplication App, int ApiPort, int FilesPort, int UploadsPort)> StartAsync(
        EmulatorOptions options, RequestPipeline pipeline, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        ListenOptions? apiListen = null, filesListen = null, uploadsListen = null;
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Slow-download faults send a few bytes per second; Kestrel must not cut them off as too slow.
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Limits.MinRequestBodyDataRate = null;
            kestrel.Listen(IPAddress.Loopback, options.ApiPort, l => { l.Protocols = HttpProtocols.Http1; apiListen = l; });
            kestrel.Listen(IPAddress.Loopback, options.FilesPort, l => { l.Protocols = HttpProtocols.Http1; filesListen = l; });
            kestrel.Listen(IPAddress.Loopback, options.UploadsPort, l => { l.Protocols = HttpProtocols.Http1; uploadsListen = l; });
        });
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        pipeline.Stopping = app.Lifetime.ApplicationStopping;
        app.Run(pipeline.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // Kestrel writes the bound endpoint back into the listen options, which tells us the ports chosen for 0.
        var apiPort = ((IPEndPoint)apiListen!.EndPoint).Port;
        var filesPort = ((IPEndPoint)filesListen!.EndPoint).Port;
        var uploadsPort = ((IPEndPoint)uploadsListen!.EndPoint).Port;
        pipeline.FilesPort = filesPort;
        pipeline.UploadsPort = uploadsPort;
        return (app, apiPort, filesPort, uploadsPort);
    }
}
