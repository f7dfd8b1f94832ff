using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace SunoPS.Callbacks
{
    /// <summary>
    /// What a runbook may hand over as a callback, as JSON text: the body as text, its lines, an Azure Automation
    /// $WebhookData (its RequestBody; the reader also unwraps it when it comes as the JSON text of that object), or an
    /// object ConvertFrom-Json already made.
    /// </summary>
    internal static class CallbackInput
    {
        /// <summary>The input as JSON text, or null when it is text to be buffered with the lines after it.</summary>
        public static string? JsonOf(object? input)
        {
            var bare = input is PSObject ps ? ps.BaseObject : input;
            switch (bare)
            {
                case string _:
                    return null;
                case string[] lines:
                    return string.Join("\n", lines);
                case object[] items when items.All(i => (i is PSObject p ? p.BaseObject : i) is string):
                    return string.Join("\n", items.Select(i => (string)(i is PSObject p ? p.BaseObject : i)));
            }

            // $WebhookData: the body is its RequestBody, as text (or as an object after a conversion).
            var requestBody = RequestBodyOf(input);
            if (requestBody != null)
            {
                var body = requestBody is PSObject bodyObject ? bodyObject.BaseObject : requestBody;
                return body as string ?? PSObjectJson.Write(requestBody);
            }

            return PSObjectJson.Write(input);
        }

        private static object? RequestBodyOf(object? input)
        {
            var bare = input is PSObject ps ? ps.BaseObject : input;
            if (bare is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (string.Equals(entry.Key as string, "RequestBody", System.StringComparison.OrdinalIgnoreCase) && !dictionary.Contains("data"))
                        return entry.Value;
                }

                return null;
            }

            if (bare is string || bare == null) return null;
            var wrapped = input as PSObject ?? PSObject.AsPSObject(bare);
            if (wrapped.Properties["data"] != null) return null;
            return wrapped.Properties["RequestBody"]?.Value;
        }
    }
}
