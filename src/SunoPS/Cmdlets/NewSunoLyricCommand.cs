using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Generates lyrics without music (POST /api/v1/lyrics) from a description of at most 200 characters. Returns a task
    /// of family Lyrics; once finished its Outputs hold the variants' text, and Save-SunoTrack writes each as a UTF-8 .txt.
    /// Prompts piped as strings, or CSV rows with a Prompt column, submit a batch.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoLyric", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoLyricCommand : SunoSubmitCmdlet
    {
        /// <summary>What the lyrics should be about (at most 200 characters).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Prompt { get; set; } = "";

        protected override void ProcessRecord()
        {
            var request = new LyricsRequest { Prompt = Prompt, CallbackUrl = CallbackUrl };
            Submit(request, "lyrics for '" + Shorten(Prompt) + "'", "Generate lyrics: 1 task, spending one lyrics task's credits", Prompt);
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
