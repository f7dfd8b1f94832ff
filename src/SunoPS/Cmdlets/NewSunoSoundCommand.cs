using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Generates a sound or a loop (POST /api/v1/generate/sounds, model V5; read as a music task). -Tempo is BPM
    /// (1–300; the API chooses when not given), -Key tab-completes the documented keys.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoSound", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoSoundCommand : SunoSubmitCmdlet
    {
        /// <summary>What the sound is (at most 500 characters).</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Description")]
        [EmptyAsNull]
        public string? Prompt { get; set; }

        /// <summary>A seamless loop.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SoundLoop")]
        [FlexibleBoolean(nameof(Loop))]
        public SwitchParameter Loop { get; set; }

        /// <summary>Beats per minute, 1–300.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SoundTempo", "Bpm")]
        [FlexibleNumber]
        public double? Tempo { get; set; }

        /// <summary>The musical key: Any (default), C…B, Cm…Bm.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SoundKey")]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(SoundKeyCompleter))]
        public string? Key { get; set; }

        /// <summary>Ask the API for lyric subtitles after completion.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(GrabLyrics))]
        public SwitchParameter GrabLyrics { get; set; }

        /// <summary>V5, the only model sounds take.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        [ModelName]
        public string? Model { get; set; }

        protected override void ProcessRecord()
        {
            int? tempo = null;
            if (Tempo.HasValue)
            {
                if (double.IsNaN(Tempo.Value) || Tempo.Value != System.Math.Floor(Tempo.Value) || Tempo.Value < int.MinValue || Tempo.Value > int.MaxValue)
                {
                    WriteError(Errors.ErrorRecordFactory.InvalidArgument("-Tempo must be a whole number of beats per minute, 1 to 300; it is " +
                                                                          Tempo.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", Tempo));
                    return;
                }

                tempo = (int)Tempo.Value;
            }

            var request = new GenerateSoundRequest
            {
                Prompt = Prompt,
                ModelName = Model ?? GenerateSoundRequest.Model,
                Loop = Loop.IsPresent ? Loop.ToBool() : (bool?)null,
                Tempo = tempo,
                Key = Key,
                GrabLyrics = GrabLyrics.IsPresent ? GrabLyrics.ToBool() : (bool?)null,
                CallbackUrl = CallbackUrl,
            };
            var what = "sound '" + Prompt + "'" + (request.Loop == true ? ", loop" : "") + (tempo.HasValue ? ", " + tempo + " BPM" : "") +
                       (Key == null ? "" : ", key " + (GenerateSoundRequest.CanonicalKey(Key) ?? Key));
            Submit(request, what, "Generate a sound: 1 music task, spending one generation's credits", Prompt);
        }
    }
}
