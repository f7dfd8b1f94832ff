using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Http;

/// <summary>
/// How a fault wants the body sent (cut off, slowly, under another Content-Type). Kept on the request so that
/// whichever endpoint answers, <see cref="BodySender"/> applies it to its body.
/// </summary>
internal sealed record ResponseShaping(long? TruncateAfterBytes, long? BytesPerSecond, string? ContentType = null)
{
    private static readonly object Key = new();

    public static ResponseShaping? Of(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) ? value as ResponseShaping : null;

    public void AttachTo(HttpContext context) => context.Items[Key] = this;
}
