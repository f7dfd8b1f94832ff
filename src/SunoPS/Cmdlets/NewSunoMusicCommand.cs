using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Submits a music generation (POST /api/v1/generate; 2 tracks per task). Every parameter binds by property
    /// name, so Import-Csv rows submit a batch, paced under the API's limit of 20 submissions per 10 seconds.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoMusic", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoMusicCommand : SunoSubmitCmdlet
    {
        /// <summary>Simple mode: a description of the song (≤ 500 characters). Custom mode: the exact lyrics.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Lyrics", "Description")]
        [EmptyAsNull]
        public string? Prompt { get; set; }

        /// <summary>
        /// Whatever comes down the pipeline. A string is the prompt ('A calm piano track' | New-SunoMusic); other
        /// objects (CSV rows, tasks) bind by property name only. Prompt itself does not take pipeline values, or a
        /// row without a Prompt column would be sent with the row's text ("@{Style=…}") as its lyrics.
        /// </summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>Custom mode: the style (genre, mood, instruments). Giving it selects custom mode.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [EmptyAsNull]
        public string? Style { get; set; }

        /// <summary>Custom mode: the title. Giving it selects custom mode.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(CustomMode))]
        public SwitchParameter CustomMode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(Instrumental))]
        public SwitchParameter Instrumental { get; set; }

        /// <summary>The model (V5 when not given). Tab completes the documented models; any string is passed on.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ModelCompleter))]
        [ModelName]
        public string? Model { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? NegativeTags { get; set; }

        // The allowed values and ranges below are checked by GenerateMusicValidator, not by ValidateSet or
        // ValidateRange: those refuse null, which is what an empty CSV cell (an option not given) binds as, and their
        // errors (like a value PowerShell cannot convert) are parameter binding errors, not SunoInvalidRequest.

        /// <summary>"m" or "f".</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(VocalGenderCompleter))]
        public string? VocalGender { get; set; }

        /// <summary>0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? StyleWeight { get; set; }

        /// <summary>0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? WeirdnessConstraint { get; set; }

        /// <summary>0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleNumber]
        public double? AudioWeight { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? PersonaId { get; set; }

        /// <summary>"style_persona" (default) or "voice_persona".</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        [ArgumentCompleter(typeof(PersonaModelCompleter))]
        public string? PersonaModel { get; set; }


        protected override void ProcessRecord()
        {
            var request = BuildRequest();
            // The API documents no price per generation (suno-api.md: "check current per-call credit costs" on the
            // billing page), so this names the unit rather than inventing a number.
            Submit(request, Describe(request), "Generate music: 1 task of 2 tracks, spending one generation's credits", PromptText ?? Title);
        }

        private GenerateMusicRequest BuildRequest()
        {
            var custom = CustomMode.IsPresent && CustomMode.ToBool() || Style != null || Title != null;
            return new GenerateMusicRequest
            {
                Prompt = PromptText,
                CustomMode = custom,
                Instrumental = Instrumental.ToBool(),
                Model = Model ?? SunoModelCatalog.DefaultModel,
                Style = Style,
                Title = Title,
                NegativeTags = NegativeTags,
                VocalGender = VocalGender?.Trim().ToLowerInvariant(),
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                PersonaId = PersonaId,
                PersonaModel = PersonaModel?.Trim().ToLowerInvariant(),
                CallbackUrl = CallbackUrl,
            };
        }

        /// <summary>-Prompt, or a plain string that came down the pipeline.</summary>
        private string? PromptText =>
            Prompt ?? (InputObject?.BaseObject is string piped && !string.IsNullOrWhiteSpace(piped) ? piped : null);

        private static string Describe(GenerateMusicRequest request)
        {
            var what = request.CustomMode
                ? "'" + request.Title + "' (" + request.Style + ")"
                : "'" + Shorten(request.Prompt) + "'";
            return string.Format(CultureInfo.InvariantCulture, "{0}, model {1}, {2} mode{3}",
                what, request.Model, request.CustomMode ? "custom" : "simple", request.Instrumental ? ", instrumental" : "");
        }

        private static string Shorten(string? text)
        {
            if (text == null) return "";
            var flat = text.Replace("\r", " ").Replace("\n", " ");
            return flat.Length > 60 ? flat.Substring(0, 60) + "…" : flat;
        }
    }
}
