using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SunoPS
{
    /// <summary>
    /// The request parameters the API echoes back in <c>param</c> (a JSON string), parsed. Values are
    /// strings, booleans, numbers (double) or null. Its text form is the original JSON.
    /// </summary>
    public sealed class SunoTaskParameters : ReadOnlyDictionary<string, object?>
    {
        internal static readonly SunoTaskParameters Empty =
            new SunoTaskParameters(new Dictionary<string, object?>(), "");

        private readonly string _json;

        internal SunoTaskParameters(IDictionary<string, object?> values, string json) : base(values)
        {
            _json = json;
        }

        public string Json => _json;

        public override string ToString() => _json;
    }
}
