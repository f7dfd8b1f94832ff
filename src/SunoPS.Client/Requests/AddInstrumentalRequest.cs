using System.Collections.Generic;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Requests
{
    /// <summary>The body of POST /api/v1/generate/add-instrumental: a backing track for an uploaded vocal (suno-api.md §4.5).</summary>
    public sealed class AddInstrumentalRequest : AccompanimentRequest
    {
        private static readonly ApiEndpoint AddInstrumentalEndpoint = new ApiEndpoint("api/v1/generate/add-instrumental", SunoTaskFamily.Music);

        /// <summary>The style of the backing track (the API's <c>tags</c>).</summary>
        public string? Tags { get; set; }

        internal override ApiEndpoint Endpoint => AddInstrumentalEndpoint;

        private protected override string OperationType => "add_instrumental";

        private protected override void CheckOwn(List<SunoProblem> problems) => RequestRules.CheckRequired(problems, "tags", Tags);

        private protected override void AddOwn(SortedDictionary<string, object?> fields) => fields["tags"] = Tags;

        internal override void Describe(SunoTask submitted)
        {
            base.Describe(submitted);
            submitted.Style = Tags;
        }
    }
}
