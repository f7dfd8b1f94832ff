using System;
using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Http;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// Everything that differs between task families, as data: where a record is read, how its status is spelt
    /// and what each value means, what its codes mean, and how its outputs are read. Get, Wait and Save read this
    /// and never branch on a family by hand. A new family is one of these plus its line in <see cref="TaskFamilies"/>.
    /// </summary>
    internal sealed class TaskFamily
    {
        private readonly Dictionary<string, StatusMeaning> _statuses;

        public TaskFamily(SunoTaskFamily name, string recordPath, string statusField, IEnumerable<KeyValuePair<string, StatusMeaning>> statuses)
        {
            Name = name;
            RecordPath = recordPath;
            StatusField = statusField;
            _statuses = new Dictionary<string, StatusMeaning>(StringComparer.OrdinalIgnoreCase);
            foreach (var status in statuses) _statuses[status.Key] = status.Value;
        }

        public SunoTaskFamily Name { get; }

        /// <summary>The record-info path, relative to the API's base.</summary>
        public string RecordPath { get; }

        /// <summary>The query parameter that carries the task id (recovery says <c>task_id</c>).</summary>
        public string IdQueryName { get; set; } = "taskId";

        public RecordEnvelope Envelope { get; set; } = RecordEnvelope.Standard;

        /// <summary>The record's field that holds the status (<c>status</c>, <c>successFlag</c>, or <c>code</c> for recovery).</summary>
        public string StatusField { get; }

        /// <summary>How the status field reads when it is missing (music's while the record is young).</summary>
        public StatusMeaning Missing { get; set; } = StatusMeaning.Pending();

        /// <summary>What codes mean on this family's record reads when they differ from the API's global table.</summary>
        public IReadOnlyDictionary<int, ApiFailure> CodeOverrides { get; set; } = ApiCodeMap.NoOverrides;

        /// <summary>Fills in what only this family has: parameters, tracks, outputs, source ids.</summary>
        public Action<SunoTask, JsonElement> ReadDetails { get; set; } = (task, record) => { };

        /// <summary>The API's own value of the status field, as text (integers such as MIDI's 1 become "1").</summary>
        public string? ApiStatusOf(JsonElement record) => JsonValues.String(record, StatusField);

        /// <summary>
        /// The meaning of a status value. One this module does not know is a running task under its own name, or a
        /// failure when it says so (*_FAILED, *_ERROR, fail): a new value never ends a wait early as a success.
        /// </summary>
        public StatusMeaning Meaning(string? apiStatus)
        {
            if (string.IsNullOrWhiteSpace(apiStatus)) return Missing;
            var value = apiStatus!.Trim();
            if (_statuses.TryGetValue(value, out var known)) return known;

            var upper = value.ToUpperInvariant();
            return upper.EndsWith("FAILED", StringComparison.Ordinal) || upper.EndsWith("_ERROR", StringComparison.Ordinal) ||
                   upper.EndsWith("FAIL", StringComparison.Ordinal)
                ? StatusMeaning.Failed(upper)
                : StatusMeaning.Running(upper);
        }

        /// <summary>Every status value this family documents, for tests and completion.</summary>
        public IEnumerable<string> KnownStatuses => _statuses.Keys;

        public string RecordPathFor(string taskId) => RecordPath + "?" + IdQueryName + "=" + Uri.EscapeDataString(taskId);

        public override string ToString() => Name.ToString();
    }
}
