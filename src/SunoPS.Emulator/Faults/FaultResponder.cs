using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Hosting;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Faults;

/// <summary>Carries out a matched fault before the endpoint runs.</summary>
internal static class FaultResponder
{
    // What a gateway in front of a service sends when the body was cut off mid-way.
    // A record whose strings are lone high surrogates: valid JSON text, but no UTF-16 string can hold it.
    private static readonly byte[] LoneSurrogateJson = Encoding.UTF8.GetBytes(
        "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"\\ud800\",\"status\":\"\\ud800\",\"errorMessage\":\"\\ud800\"}}");

    private static readonly byte[] MalformedJson = Encoding.UTF8.GetBytes("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"");

    /// <summary>True when the fault produced the whole answer; false when the endpoint should still answer (delay, truncate, slow).</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, FaultSpec fault, Origin origin)
    {
        var code = fault.EffectiveCode;
        switch (fault.Kind)
        {
            case FaultKind.BodyCode:
                await SendJsonAsync(context, StatusCodes.Status200OK, ApiResponses.Envelope(code, ApiCodes.MessageFor(code)));
                return true;

            case FaultKind.HttpStatus:
                if (fault.RetryAfterSeconds is { } retryAfter) context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await SendJsonAsync(context, code, ApiResponses.Envelope(code, ApiCodes.MessageFor(code)));
                return true;

            case FaultKind.Html:
                await BodySender.SendAsync(context, code, "text/html; charset=utf-8", new MemoryBody(HtmlPage(code)));
                return true;

            case FaultKind.Malformed:
                await SendJsonAsync(context, StatusCodes.Status200OK, MalformedJson);
                return true;

            case FaultKind.Reset:
                context.Abort();
                return true;

            case FaultKind.Expire:
                await FileEndpoint.SendErrorAsync(context, code);
                return true;

            case FaultKind.Delay:
                await Task.Delay(fault.DelayMs, context.RequestAborted);
                return false;

            case FaultKind.Truncate:
                new ResponseShaping(fault.Bytes, null).AttachTo(context);
                return false;

            case FaultKind.Slow:
                new ResponseShaping(null, fault.BytesPerSecond).AttachTo(context);
                return false;

            case FaultKind.InvalidUnicode:
                await SendJsonAsync(context, code, LoneSurrogateJson);
                return true;

            case FaultKind.BogusCharset:
                new ResponseShaping(null, null, fault.ContentType ?? "application/json; charset=x-emulated-bogus").AttachTo(context);
                return false;

            case FaultKind.Oversized:
                await HostileBodies.SendUnsizedAsync(context, code, fault.Bytes > 0 ? fault.Bytes : HostileBodies.DefaultOversizedBytes,
                    isFile: origin == Origin.Files);
                return true;

            case FaultKind.GzipBomb:
                context.Response.Headers.ContentEncoding = "gzip";
                await SendJsonAsync(context, code, HostileBodies.GzipBomb(fault.Bytes > 0 ? fault.Bytes : HostileBodies.DefaultBombBytes));
                return true;

            case FaultKind.Redirect:
                context.Response.StatusCode = code;
                context.Response.Headers.Location = fault.Location;
                context.Response.ContentLength = 0;
                return true;

            case FaultKind.Body:
                await BodySender.SendAsync(context, code, fault.ContentType ?? "text/html; charset=utf-8", new MemoryBody(Encoding.UTF8.GetBytes(fault.Text ?? "")));
                return true;

            default:
                return false;
        }
    }

    private static Task SendJsonAsync(HttpContext context, int status, byte[] json) =>
        BodySender.SendAsync(context, status, ApiResponses.JsonContentType, new MemoryBody(json));

    private static byte[] HtmlPage(int code)
    {
        var title = $"{code} {ReasonPhrases.GetReasonPhrase(code)}".TrimEnd();
        return Encoding.UTF8.GetBytes(
            $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>emulated gateway</center>\r\n</body>\r\n</html>\r\n");
    }
}
