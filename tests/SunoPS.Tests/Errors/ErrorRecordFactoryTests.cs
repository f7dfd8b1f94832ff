using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Errors
{
    /// <summary>
    /// Error ids are a public contract (scripts match on FullyQualifiedErrorId; the README lists them): every kind
    /// of client failure maps to its documented id and category, and carries a recommended action where one helps.
    /// </summary>
    public sealed class ErrorRecordFactoryTests
    {
        /// <summary>The contract, kind by kind: id, category, and whether a recommended action comes with it.</summary>
        public static TheoryData<SunoErrorKind, string, ErrorCategory, bool> Contract => new()
        {
            { SunoErrorKind.ApiKeyMissing, "SunoApiKeyMissing", ErrorCategory.AuthenticationError, true },
            { SunoErrorKind.AuthenticationFailed, "SunoAuthenticationFailed", ErrorCategory.AuthenticationError, true },
            { SunoErrorKind.InsufficientCredits, "SunoInsufficientCredits", ErrorCategory.QuotaExceeded, true },
            { SunoErrorKind.RateLimited, "SunoRateLimited", ErrorCategory.LimitsExceeded, true },
            { SunoErrorKind.ServiceUnavailable, "SunoServiceUnavailable", ErrorCategory.ResourceUnavailable, true },
            { SunoErrorKind.NetworkError, "SunoServiceUnavailable", ErrorCategory.ConnectionError, true },
            { SunoErrorKind.Timeout, "SunoServiceUnavailable", ErrorCategory.OperationTimeout, true },
            { SunoErrorKind.InvalidRequest, "SunoInvalidRequest", ErrorCategory.InvalidArgument, false },
            { SunoErrorKind.ServerError, "SunoServerError", ErrorCategory.InvalidResult, false },
            { SunoErrorKind.MalformedResponse, "SunoServerError", ErrorCategory.InvalidData, false },
            { SunoErrorKind.TaskNotFound, "SunoTaskNotFound", ErrorCategory.ObjectNotFound, true },
            { SunoErrorKind.TaskFailed, "SunoTaskFailed", ErrorCategory.InvalidResult, false },
            { SunoErrorKind.WaitTimeout, "SunoWaitTimeout", ErrorCategory.OperationTimeout, true },
            { SunoErrorKind.TaskNotComplete, "SunoTaskNotComplete", ErrorCategory.ResourceUnavailable, true },
            { SunoErrorKind.DownloadFailed, "SunoDownloadFailed", ErrorCategory.ReadError, false },
            { SunoErrorKind.AlreadyExists, "SunoAlreadyExists", ErrorCategory.ResourceExists, true },
            { SunoErrorKind.SubmissionOutcomeUnknown, "SunoSubmissionOutcomeUnknown", ErrorCategory.OperationStopped, true },
        };

        [Fact]
        public void A_submission_of_unknown_outcome_says_how_to_check_and_that_it_was_not_sent_again()
        {
            var error = new SunoException(SunoErrorKind.SubmissionOutcomeUnknown, "The Suno API failed: HTTP 502 (code 502). The submission may still have been accepted.",
                new SunoException(SunoErrorKind.ServerError, "HTTP 502")) { MayHaveBeenAccepted = true };

            var record = ErrorRecordFactory.From(error, "A calm piano track");

            Assert.Equal("SunoSubmissionOutcomeUnknown", record.FullyQualifiedErrorId);
            var message = record.ErrorDetails.Message;
            Assert.Contains("Get-SunoCredit", message);
            Assert.Contains("Get-SunoTask -Recent", message);
            Assert.Contains("did not submit it again", message);
            Assert.Contains("Get-SunoCredit", record.ErrorDetails.RecommendedAction);
        }

        /// <summary>Ids a cmdlet writes of its own, not from a client failure kind (ConvertFrom-SunoCallback's unreadable body).</summary>
        private static readonly (string Id, ErrorCategory Category)[] CmdletOwnIds =
        {
            (CallbackErrors.InvalidId, ErrorCategory.InvalidData),
            ("SunoFileNotFound", ErrorCategory.ObjectNotFound),
        };

        private static IEnumerable<(SunoErrorKind Kind, string Id, ErrorCategory Category)> ContractRows =>
            Contract.Select(row => ((SunoErrorKind)row[0], (string)row[1], (ErrorCategory)row[2]));

        [Theory]
        [MemberData(nameof(Contract))]
        public void Each_kind_has_its_documented_id_and_category(SunoErrorKind kind, string id, ErrorCategory category, bool hasHint)
        {
            var error = new SunoException(kind, "The server said no.");

            var record = ErrorRecordFactory.From(error);

            Assert.Equal(id, ErrorRecordFactory.IdOf(kind));
            Assert.Equal(id, record.FullyQualifiedErrorId);
            Assert.Equal(category, record.CategoryInfo.Category);
            Assert.Same(error, record.Exception);
            if (hasHint)
            {
                Assert.NotNull(record.ErrorDetails);
                Assert.False(string.IsNullOrWhiteSpace(record.ErrorDetails!.RecommendedAction));
                // The details keep the message: "$err" shows the server's text, not the hint (for a key problem,
                // followed by what to run: the client names no cmdlet, so the words are added here).
                Assert.StartsWith("The server said no.", record.ErrorDetails.Message);
            }
            else
            {
                Assert.Null(record.ErrorDetails);
            }
        }

        [Fact]
        public void Every_kind_is_part_of_the_contract_and_none_falls_back_to_a_generic_id()
        {
            var covered = ContractRows.Select(r => r.Kind).ToList();

            Assert.Equal(covered.Count, covered.Distinct().Count());
            Assert.Equal(Enum.GetValues<SunoErrorKind>().OrderBy(k => k), covered.OrderBy(k => k));
            Assert.All(Enum.GetValues<SunoErrorKind>(), kind => Assert.NotEqual("SunoError", ErrorRecordFactory.IdOf(kind)));
        }

        [Fact]
        public void The_ids_and_categories_are_exactly_those_the_README_documents()
        {
            // | `SunoRateLimited` | LimitsExceeded | When ... |
            var rows = Regex.Matches(RepositoryFiles.ReadAllText("README.md"), @"^\| `(Suno\w+)` \| ([A-Za-z, ]+) \|", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Split(',').Select(c => c.Trim()).OrderBy(c => c).ToList());
            var mapped = ContractRows
                .GroupBy(r => r.Id)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Category.ToString()).Distinct().OrderBy(c => c).ToList());
            foreach (var (id, category) in CmdletOwnIds) mapped.Add(id, new List<string> { category.ToString() });

            Assert.Equal(14 + CmdletOwnIds.Length, rows.Count);
            Assert.Equal(rows.Keys.OrderBy(k => k), mapped.Keys.OrderBy(k => k));
            foreach (var (id, categories) in mapped)
            {
                Assert.True(rows[id].SequenceEqual(categories),
                    $"{id}: the README says {string.Join(", ", rows[id])}, the module uses {string.Join(", ", categories)}.");
            }
        }

        [Fact]
        public void Recommended_actions_name_only_cmdlets_that_exist()
        {
            var cmdlets = typeof(ErrorRecordFactory).Assembly.GetTypes()
                .Select(t => t.GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>().SingleOrDefault())
                .Where(a => a != null)
                .Select(a => a!.VerbName + "-" + a.NounName)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);

            foreach (var kind in Enum.GetValues<SunoErrorKind>())
            {
                var hint = ErrorRecordFactory.From(new SunoException(kind, "x")).ErrorDetails?.RecommendedAction ?? "";
                foreach (Match named in Regex.Matches(hint, @"\b[A-Z][a-z]+-Suno\w+"))
                {
                    Assert.True(cmdlets.Contains(named.Value), $"The hint for {kind} names {named.Value}, which is no cmdlet.");
                }
            }
        }

        [Fact]
        public void The_target_given_wins_over_the_one_the_exception_carries()
        {
            var error = new SunoException(SunoErrorKind.TaskNotFound, "Task not found") { Target = "from-exception" };

            Assert.Equal("given", ErrorRecordFactory.From(error, "given").TargetObject);
            Assert.Equal("from-exception", ErrorRecordFactory.From(error).TargetObject);
        }

        [Fact]
        public void The_exception_keeps_its_inner_exception()
        {
            var cause = new System.Net.Http.HttpRequestException("Connection refused");
            var error = new SunoException(SunoErrorKind.NetworkError, "Could not reach the Suno API.", cause);

            var record = ErrorRecordFactory.From(error);

            Assert.Same(cause, record.Exception.InnerException);
        }

        [Fact]
        public void Arguments_the_module_refuses_are_SunoInvalidRequest_unless_another_id_is_given()
        {
            var record = ErrorRecordFactory.InvalidArgument("A task id is required.", "");
            var keyRecord = ErrorRecordFactory.InvalidArgument("The API key is empty.", null, "SunoApiKeyMissing");

            Assert.Equal("SunoInvalidRequest", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
            Assert.IsType<ArgumentException>(record.Exception);
            Assert.Equal("A task id is required.", record.Exception.Message);
            Assert.Equal("", record.TargetObject);
            Assert.Equal("SunoApiKeyMissing", keyRecord.FullyQualifiedErrorId);
        }
    }
}
