using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SunoPS.Client.Requests;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Blends exactly two audios into one song (POST /api/v1/generate/mashup; a music task). The two may be any mix
    /// of local files (-AudioPath, uploaded first) and URLs (-UploadUri), in that order. Models V4 to V5 (not V5_5).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SunoMashup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SunoTask))]
    public sealed class NewSunoMashupCommand : SunoMusicSubmitCmdlet
    {
        /// <summary>Local audio files, uploaded first.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string[]? AudioPath { get; set; }

        /// <summary>Audio URLs (uploads' DownloadUrl, or any public URLs).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("UploadUrl", "UploadUrlList")]
        public string[]? UploadUri { get; set; }

        /// <summary>Simple mode: a description. Custom mode: the lyrics.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Prompt { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [EmptyAsNull]
        public string? Style { get; set; }

        /// <summary>At most 100 characters.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(CustomMode))]
        public SwitchParameter CustomMode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlexibleBoolean(nameof(Instrumental))]
        public SwitchParameter Instrumental { get; set; }

        protected override void ProcessRecord()
        {
            var urls = new List<string>();
            var locals = new List<LocalAudio>();
            foreach (var path in AudioPath ?? new string[0])
            {
                var index = urls.Count;
                urls.Add("");
                var local = LocalAudio.Resolve(this, path, url => urls[index] = url, out var error);
                if (local == null)
                {
                    WriteError(error!);
                    return;
                }

                urls[index] = local.PlaceholderUrl;
                locals.Add(local);
            }

            urls.AddRange((UploadUri ?? new string[0]).Select(u => u?.Trim() ?? ""));
            var request = new MashupRequest
            {
                UploadUrls = urls,
                CustomMode = CustomMode.ToBool() || Style != null || Title != null,
                Instrumental = Instrumental.IsPresent ? Instrumental.ToBool() : (bool?)null,
                Model = Model ?? SunoModelCatalog.DefaultModel,
                Prompt = Prompt,
                Style = Style,
                Title = Title,
                VocalGender = NormalizedVocalGender,
                StyleWeight = StyleWeight,
                WeirdnessConstraint = WeirdnessConstraint,
                AudioWeight = AudioWeight,
                CallbackUrl = CallbackUrl,
            };
            var sources = string.Join(" and ", locals.Select(l => l.Path).Concat(UploadUri ?? new string[0]));
            Submit(request, "mashup of " + sources + ", model " + request.Model, "Mash up two audios: 1 music task, spending one generation's credits",
                sources, locals.ToArray());
        }

        protected override IReadOnlyDictionary<string, string>? ParameterNames =>
            AudioPath != null && UploadUri == null ? NewSunoCoverCommand.AudioPathNames : null;
    }
}
