using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>
    /// The body of POST /api/v1/generate/upload-cover: an uploaded song restyled (not cover art). The prompt, style
    /// and title follow generate's custom/simple matrix; the upload is at most 8 minutes (1 for V4_5ALL).
    /// </summary>
    public sealed class UploadCoverRequest : MusicSubmission
    {
        private static readonly ApiEndpoint CoverEndpoint = new ApiEndpoint("api/v1/generate/upload-cover", SunoTaskFamily.Music);

        public UploadCoverRequest()
        {
            Model = SunoModelCatalog.DefaultModel;
        }

        /// <summary>Where the API fetches the song (an upload host's downloadUrl, or any public URL).</summary>
        public string? UploadUrl { get; set; }

        public bool CustomMode { get; set; }
        public bool Instrumental { get; set; }

        /// <summary>The upload's length in seconds when known (measured locally); checked against the model's limit, not sent.</summary>
        public double? SourceDuration { get; set; }

        internal override ApiEndpoint Endpoint => CoverEndpoint;

        public override IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            CheckModelGiven(problems);
            RequestRules.CheckAudioUrl(problems, "uploadUrl", UploadUrl);
            GenerateMusicValidator.CheckModes(problems, this, CustomMode, Instrumental);
            RequestRules.CheckUploadLength(problems, "uploadUrl", SourceDuration, Model);
            CheckShared(problems);
            return problems;
        }

        internal override SortedDictionary<string, object?> ToFields()
        {
            var fields = SharedFields();
            fields["customMode"] = CustomMode;
            fields["instrumental"] = Instrumental;
            fields["prompt"] = CustomMode && Instrumental && string.IsNullOrEmpty(Prompt) ? null : Prompt;
            fields["style"] = Style;
            fields["title"] = Title;
            fields["uploadUrl"] = UploadUrl?.Trim();
            return fields;
        }

        internal override void Describe(SunoTask submitted)
        {
            base.Describe(submitted);
            submitted.OperationType = "upload_cover";
            submitted.CustomMode = CustomMode;
            submitted.Instrumental = Instrumental;
        }
    }
}
