using Armada.ErrorCategorization.ErrorMatch;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

[TestFixture]
public class ErrorMatcherTests
{
    private static readonly TestCaseData[] ExitCodeCases =
    [
        new TestCaseData(ExitCodeOperator.In, new[] { 1, 2 }, 1, true).SetName("MatchExitCode_InListedCode_Matches"),
        new TestCaseData(ExitCodeOperator.In, new[] { 1, 2 }, 3, false).SetName("MatchExitCode_InUnlistedCode_DoesNotMatch"),
        new TestCaseData(ExitCodeOperator.In, new[] { 0 }, 0, false).SetName("MatchExitCode_InZeroWithZeroListed_DoesNotMatch"),
        new TestCaseData(ExitCodeOperator.In, new[] { -1 }, -1, true).SetName("MatchExitCode_InNegativeCode_Matches"),
        new TestCaseData(ExitCodeOperator.In, Array.Empty<int>(), 1, false).SetName("MatchExitCode_InEmptyList_DoesNotMatch"),
        new TestCaseData(ExitCodeOperator.NotIn, new[] { 1 }, 2, true).SetName("MatchExitCode_NotInUnlistedCode_Matches"),
        new TestCaseData(ExitCodeOperator.NotIn, new[] { 1 }, 1, false).SetName("MatchExitCode_NotInListedCode_DoesNotMatch"),
        new TestCaseData(ExitCodeOperator.NotIn, new[] { 1 }, 0, false).SetName("MatchExitCode_NotInZero_DoesNotMatch"),
        new TestCaseData(ExitCodeOperator.NotIn, Array.Empty<int>(), 137, true).SetName("MatchExitCode_NotInEmptyList_MatchesAnyNonZero"),
        new TestCaseData(ExitCodeOperator.NotIn, Array.Empty<int>(), 0, false).SetName("MatchExitCode_NotInEmptyListZero_DoesNotMatch"),
        new TestCaseData("in", new[] { 1 }, 1, false).SetName("MatchExitCode_LowerCaseOperator_DoesNotMatch"),
        new TestCaseData("", new[] { 1 }, 1, false).SetName("MatchExitCode_EmptyOperator_DoesNotMatch"),
        new TestCaseData("Equals", new[] { 1 }, 1, false).SetName("MatchExitCode_UnknownOperator_DoesNotMatch"),
        new TestCaseData(ExitCodeOperator.In, new[] { int.MaxValue, int.MinValue }, int.MinValue, true).SetName("MatchExitCode_InInt32Extremes_Matches"),
    ];

    [TestCaseSource(nameof(ExitCodeCases))]
    public void MatchExitCode(string @operator, int[] values, int exitCode, bool expected)
    {
        var matcher = new ExitCodeMatcher { Operator = @operator, Values = values };

        ErrorMatcher.MatchExitCode(matcher, exitCode).ShouldBe(expected);
    }

    [TestCase(ExitCodeOperator.In, false)]
    [TestCase(ExitCodeOperator.NotIn, true)]
    public void MatchExitCode_NullValues_TreatedAsEmpty(string @operator, bool expected)
    {
        var matcher = new ExitCodeMatcher { Operator = @operator, Values = null! };

        ErrorMatcher.MatchExitCode(matcher, 1).ShouldBe(expected);
    }

    [Test]
    public void MatchExitCode_NullMatcher_DoesNotMatch()
    {
        ErrorMatcher.MatchExitCode(null, 1).ShouldBeFalse();
    }

    private static readonly TestCaseData[] PatternCases =
    [
        new TestCaseData("error", "an error occurred", true).SetName("MatchPattern_SubstringAnywhere_Matches"),
        new TestCaseData("^error", "an error occurred", false).SetName("MatchPattern_AnchoredStartElsewhere_DoesNotMatch"),
        new TestCaseData("^an", "an error occurred", true).SetName("MatchPattern_AnchoredStartAtStart_Matches"),
        new TestCaseData("", "anything", true).SetName("MatchPattern_EmptyPatternNonEmptyValue_Matches"),
        new TestCaseData("", "", false).SetName("MatchPattern_EmptyPatternEmptyValue_DoesNotMatch"),
        new TestCaseData(".*", "", false).SetName("MatchPattern_DotStarEmptyValue_DoesNotMatch"),
        new TestCaseData("^$", "", false).SetName("MatchPattern_EmptyAnchorsEmptyValue_DoesNotMatch"),
        new TestCaseData("(?i)cuda.*error", "CUDA runtime Error", true).SetName("MatchPattern_CaseInsensitiveFlag_Matches"),
        new TestCaseData("cuda.*error", "CUDA runtime Error", false).SetName("MatchPattern_CaseSensitiveByDefault_DoesNotMatch"),
    ];

    [TestCaseSource(nameof(PatternCases))]
    public void MatchPattern(string pattern, string value, bool expected)
    {
        var regex = PatternCompiler.Compile(pattern);

        ErrorMatcher.MatchPattern(regex, value).ShouldBe(expected);
    }

    private static IEnumerable<TestCaseData> LongInputCases()
    {
        var linesOfA = string.Concat(Enumerable.Repeat("a\n", 60_000));
        yield return new TestCaseData("a.*a", linesOfA, false).SetName("MatchPattern_DotStarAcrossLinesOver100K_DoesNotMatch");
        yield return new TestCaseData("(.*a){2}", linesOfA, false).SetName("MatchPattern_RepeatedDotStarOver100K_DoesNotMatch");
        yield return new TestCaseData("a.*a", "a" + new string('b', 200_000) + "a", true).SetName("MatchPattern_DotStarOneLineOver100K_Matches");
        yield return new TestCaseData("(?s)a.*a", linesOfA, true).SetName("MatchPattern_DotAllAcrossLinesOver100K_Matches");
    }

    /// <summary>.NET 10's timed NonBacktracking engine reports false matches on such inputs; the matcher must not.</summary>
    [TestCaseSource(nameof(LongInputCases))]
    public void MatchPattern_LongInput_GoResult(string pattern, string value, bool expected)
    {
        ErrorMatcher.MatchPattern(PatternCompiler.Compile(pattern), value).ShouldBe(expected);
    }

    [Test]
    public void MatchPattern_NullValue_DoesNotMatch()
    {
        ErrorMatcher.MatchPattern(PatternCompiler.Compile(".*"), null).ShouldBeFalse();
    }

    [Test]
    public void MatchPattern_NullRegex_DoesNotMatch()
    {
        ErrorMatcher.MatchPattern(null, "error").ShouldBeFalse();
    }

    [Test]
    public void KnownConditions_AreThePodObservableOnes()
    {
        Conditions.Known.ShouldBe(["OOMKilled", "Evicted", "DeadlineExceeded"]);
    }

    [TestCase("OOMKilled", true)]
    [TestCase("Evicted", true)]
    [TestCase("DeadlineExceeded", true)]
    [TestCase("Preempted", false)]
    [TestCase("LeaseReturned", false)]
    [TestCase("AppError", false)]
    [TestCase("oomkilled", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Conditions_IsKnown(string? condition, bool expected)
    {
        Conditions.IsKnown(condition).ShouldBe(expected);
    }
}
