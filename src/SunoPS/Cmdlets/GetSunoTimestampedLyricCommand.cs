using System.Management.Automation;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// A finished track's lyrics word by word with the time each is sung (POST
    /// /api/v1/generate/get-timestamped-lyrics; synchronous, spends nothing): one object per word, its section (Verse,
    /// Chorus) kept apart from the word. -AsLrc gives the lyrics as LRC text instead, ready for Set-Content or a player.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SunoTimestampedLyric")]
    [OutputType(typeof(SunoAlignedWord))]
    [OutputType(typeof(string))]
    public sealed class GetSunoTimestampedLyricCommand : SunoApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string TaskId { get; set; } = "";

        /// <summary>The track (a track's Id binds here).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "MusicId")]
        [AllowEmptyString]
        public string AudioId { get; set; } = "";

        /// <summary>A piped track's title, for the LRC header.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        /// <summary>Return LRC text ([mm:ss.xx] per line) instead of the words.</summary>
        [Parameter]
        public SwitchParameter AsLrc { get; set; }

        protected override void ProcessRecord()
        {
            var taskId = NormalizeTaskId(TaskId);
            if (taskId == null) return;
            if (string.IsNullOrWhiteSpace(AudioId))
            {
                WriteError(ErrorRecordFactory.InvalidArgument("-AudioId is required; an empty one was given.", AudioId));
                return;
            }

            SunoTimestampedLyrics lyrics;
            try
            {
                lyrics = Run(token => Client.GetTimestampedLyricsAsync(taskId, AudioId, token));
            }
            catch (SunoException e) when (ErrorRules.StopsCommand(e.Kind))
            {
                ThrowSunoError(e, AudioId);
                return;
            }
            catch (SunoException e)
            {
                WriteSunoError(e, AudioId);
                return;
            }

            if (lyrics.Words.Count == 0) WriteVerbose("Track " + AudioId + " has no aligned words (an instrumental has none).");
            if (AsLrc)
            {
                WriteObject(lyrics.ToLrc(Title));
                return;
            }

            foreach (var word in lyrics.Words) WriteObject(word);
        }
    }
}
