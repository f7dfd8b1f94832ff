using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// Extends a song: a generated track (POST /api/v1/generate/extend, <see cref="AudioId"/>) or an uploaded audio
    /// (POST /api/v1/generate/upload-extend, <see cref="UploadUrl"/>). With <see cref="UseCustomParameters"/>
    /// (the API's defaultParamFlag) the prompt, style and title given here are used and continueAt says where the
    /// new part starts; without it the source's are inherited (suno-api.md §4.2, §4.4).
    /// </summary>
    public sealed class ExtendMusicRequest : MusicSubmission
    {
        private static readonly ApiEndpoint ExtendEndpoint = new ApiEndpoint("api/v1/generate/extend", SunoTaskFamily.Music);
        private static readonly ApiEndpoint UploadExtendEndpoint = new ApiEndpoint("api/v1/generate/upload-extend", SunoTaskFamily.Music);

        /// <summary>Said of fields that only the custom parameters take.</summary>
        public const string CustomParameters = "custom parameters (defaultParamFlag true)";

        /// <summary>The generated track to extend (<c>sunoData[].id</c>); the API requires the source's model.</summary>
        public string? AudioId { get; set; }

        /// <summary>An uploaded audio to extend instead of a generated track.</summary>
        public string? UploadUrl { get; set; }

        /// <summary>The API's defaultParamFlag: true uses prompt, style, title and continueAt from this request.</summary>
        public bool UseCustomParameters { get; set; }

        /// <summary>Seconds into the source where the extension starts: more than 0 and less than the source's length.</summary>
        public double? ContinueAt { get; set; }

        /// <summary>Upload-extend only: an instrumental extension needs no lyrics.</summary>
        public bool? Instrumental { get; set; }

        /// <summary>The source's length in seconds when known (a piped track, a measured file); checked, not sent.</summary>
        public double? SourceDuration { get; set; }

        /// <summary>The source's task, when known; the new task's object carries it (the API's record does not).</summary>
        public string? SourceTaskId { get; set; }

        public bool ExtendsUpload => !string.IsNullOrWhiteSpace(UploadUrl);

        internal override ApiEndpoint Endpoint => ExtendsUpload ? UploadExtendEndpoint : ExtendEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            CheckModelGiven(problems);
            var hasAudio = !string.IsNullOrWhiteSpace(AudioId);
            if (hasAudio && ExtendsUpload)
            {
                problems.Add(new SunoProblem("uploadUrl", SunoProblemRule.NotApplicable) { Condition = "an extension of an upload, not of a track" });
            }
            else if (!hasAudio && !ExtendsUpload)
            {
                problems.Add(new SunoProblem("audioId", SunoProblemRule.Required));
            }
            else if (ExtendsUpload)
            {
                RequestRules.CheckAudioUrl(problems, "uploadUrl", UploadUrl);
                RequestRules.CheckUploadLength(problems, "uploadUrl", SourceDuration, Model);
            }

            if (UseCustomParameters)
            {
                if (string.IsNullOrWhiteSpace(Style)) problems.Add(GenerateMusicValidator.Required("style", CustomParameters));
                if (string.IsNullOrWhiteSpace(Title)) problems.Add(GenerateMusicValidator.Required("title", CustomParameters));
                var lyricsNeeded = !(ExtendsUpload && Instrumental == true);
                if (lyricsNeeded && string.IsNullOrWhiteSpace(Prompt)) problems.Add(GenerateMusicValidator.Required("prompt", CustomParameters));
                // The track extension documents continueAt as required with custom parameters; upload-extend does not.
                if (!ExtendsUpload && !ContinueAt.HasValue) problems.Add(GenerateMusicValidator.Required("continueAt", CustomParameters));
                CheckCustomLengths(problems);
            }
            else
            {
                foreach (var (field, value) in new[] { ("prompt", Prompt), ("style", Style), ("title", Title) })
                {
                    if (!string.IsNullOrEmpty(value)) problems.Add(new SunoProblem(field, SunoProblemRule.NotApplicable) { Condition = CustomParameters });
                }

                if (ContinueAt.HasValue) problems.Add(new SunoProblem("continueAt", SunoProblemRule.NotApplicable) { Condition = CustomParameters });
            }

            if (ContinueAt.HasValue && (double.IsNaN(ContinueAt.Value) || ContinueAt <= 0 || SourceDuration.HasValue && ContinueAt >= SourceDuration))
            {
                problems.Add(new SunoProblem("continueAt", SunoProblemRule.OutOfRange)
                {
                    Value = ContinueAt,
                    Minimum = 0,
                    Maximum = SourceDuration.HasValue ? System.Math.Round(SourceDuration.Value, 2) : (double?)null,
                    Condition = SourceDuration.HasValue ? "more than 0 and less than the source's length" : "more than 0",
                });
            }

            CheckShared(problems);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields()
        {
            var fields = SharedFields();
            fields["defaultParamFlag"] = UseCustomParameters;
            if (ExtendsUpload)
            {
                fields["uploadUrl"] = UploadUrl!.Trim();
                fields["instrumental"] = Instrumental;
            }
            else
            {
                fields["audioId"] = AudioId?.Trim();
            }

            if (UseCustomParameters)
            {
                fields["continueAt"] = ContinueAt.HasValue ? System.Math.Round(ContinueAt.Value, 2) : (double?)null;
                fields["prompt"] = ExtendsUpload && Instrumental == true && string.IsNullOrEmpty(Prompt) ? null : Prompt;
                fields["style"] = Style;
                fields["title"] = Title;
            }

            return fields;
        }

        internal override void Describe(SunoTask submitted)
        {
            base.Describe(submitted);
            submitted.OperationType = ExtendsUpload ? "upload_extend" : "extend";
            if (!ExtendsUpload)
            {
                submitted.ParentMusicId = AudioId?.Trim();
                submitted.SourceAudioId = AudioId?.Trim();
            }

            if (ExtendsUpload && Instrumental.HasValue) submitted.Instrumental = Instrumental;
        }
    }
}
