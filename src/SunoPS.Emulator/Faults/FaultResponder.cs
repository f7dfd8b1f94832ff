using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Faults;

/// <summary>Carries out a matched fault before the endpoint runs.</summary>
internal static class FaultResponder
{
    // What a gateway in front of a service sends when the body was cut off mid-way.
    private static readonly byte[] MalformedJson = Encoding.UTF8.GetBytes("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"");

    /// <summary>True when the fault produced the whole answer; false when the endpoint should still answer (delay, truncate, slow).</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, FaultSpec fault)
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
