using System.Collections.Generic;
using System.Management.Automation;
using SunoPS.Callbacks;
using SunoPS.Client.Callbacks;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Turns the body the API posts to a callback URL into the task object Get-SunoTask would give, for webhook
    /// runbooks: `param($WebhookData); $WebhookData | ConvertFrom-SunoCallback | Save-SunoTrack -Path ./music`. Takes
    /// JSON text (lines piped one by one are joined, as ConvertFrom-Json does), an Azure Automation $WebhookData (object
    /// or its JSON text), or an object ConvertFrom-Json made. Sends nothing and needs no key. A body that is not a
    /// callback is a non-terminating SunoCallbackInvalid error with the input as its target.
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "SunoCallback")]
    [OutputType(typeof(SunoTask))]
    public sealed class ConvertFromSunoCallbackCommand : SunoApiCmdlet
    {
        private readonly List<string> _lines = new List<string>();

        /// <summary>The callback body: JSON text, its lines, $WebhookData, or a parsed object.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowEmptyString]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <summary>The family the body is from; without it the family is told by the body's shape.</summary>
        [Parameter]
        public SunoTaskFamily? Family { get; set; }

        protected override bool RequiresKey => false;

        protected override void ProcessRecord()
        {
            var bare = InputObject is PSObject ps ? ps.BaseObject : InputObject;
            if (bare is string line)
            {
                _lines.Add(line);
                return;
            }

            FlushLines();
            if (bare == null)
            {
                WriteError(CallbackErrors.Invalid(new SunoException(SunoErrorKind.MalformedResponse, "The callback body is empty."), null));
                return;
            }

            string json;
            try
            {
                json = CallbackInput.JsonOf(InputObject)!;
            }
            catch (System.IO.InvalidDataException e)
            {
                WriteError(CallbackErrors.Invalid(new SunoException(SunoErrorKind.MalformedResponse, e.Message, e), InputObject));
                return;
            }

            Convert(json, InputObject);
        }

        protected override void EndProcessing() => FlushLines();

        /// <summary>
        /// Text arrives line by line from Get-Content: when the first piece is a whole JSON document each piece is a body
        /// of its own, otherwise the pieces are the lines of one body.
        /// </summary>
        private void FlushLines()
        {
            if (_lines.Count == 0) return;
            var lines = _lines.ToArray();
            _lines.Clear();
            if (lines.Length > 1 && IsWholeJson(lines[0]))
            {
                foreach (var text in lines) Convert(text, text);
                return;
            }

            var joined = string.Join("\n", lines);
            Convert(joined, joined);
        }

        private static bool IsWholeJson(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return false;
            try
            {
                using (System.Text.Json.JsonDocument.Parse(text))
                {
                    return true;
                }
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }

        private void Convert(string json, object? target)
        {
            SunoTask task;
            try
            {
                task = CallbackReader.Read(json, Family);
            }
            catch (SunoException e)
            {
                WriteError(CallbackErrors.Invalid(e, target));
                return;
            }

            WriteVerbose("Callback of " + task.Family + " task " + task.TaskId + ": " + task.Status + ".");
            WriteTask(task);
        }
    }
}
