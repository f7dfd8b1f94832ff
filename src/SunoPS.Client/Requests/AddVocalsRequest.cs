using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate/add-vocals: vocals sung over an uploaded instrumental (suno-api.md §4.6).</summary>
    public sealed class AddVocalsRequest : AccompanimentRequest
    {
        private static readonly ApiEndpoint AddVocalsEndpoint = new ApiEndpoint("api/v1/generate/add-vocals", SunoTaskFamily.Music);

        /// <summary>The lyrics to sing.</summary>
        public string? Prompt { get; set; }
        public string? Style { get; set; }

        internal override ApiEndpoint Endpoint => AddVocalsEndpoint;

        private protected override string OperationType => "add_vocals";

        private protected override void CheckOwn(List<SunoProblem> problems)
        {
            RequestRules.CheckRequired(problems, "prompt", Prompt);
            RequestRules.CheckRequired(problems, "style", Style);
        }

        private protected override void AddOwn(SortedDictionary<string, object?> fields)
        {
            fields["prompt"] = Prompt;
            fields["style"] = Style;
        }

        internal override void Describe(SunoTask submitted)
        {
            base.Describe(submitted);
            submitted.Prompt = Prompt;
            submitted.Style = Style;
        }
    }
}
