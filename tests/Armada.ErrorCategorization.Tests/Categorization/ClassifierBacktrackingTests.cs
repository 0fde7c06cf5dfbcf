using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Categorization;

/// <summary>
/// Guards against catastrophic backtracking: a backtracking engine needs exponential time for these
/// patterns on these messages, a linear-time one finishes at once. The bound is a generous hang
/// guard, not a speed measurement; BenchmarkDotNet measures the speed.
/// </summary>
[TestFixture]
public class ClassifierBacktrackingTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private static IEnumerable<TestCaseData> AdversarialCases()
    {
        var as100K = new string('a', 100 * 1024);
        yield return new TestCaseData("(a+)+$", as100K + "!", false).SetName("Classify_NestedPlusAgainst100KiB_Finishes");
        yield return new TestCaseData("(a|aa)*b", as100K, false).SetName("Classify_AlternationStarAgainst100KiB_Finishes");
        yield return new TestCaseData("(.*a){20}", as100K, true).SetName("Classify_RepeatedDotStarAgainst100KiB_Finishes");
        yield return new TestCaseData("^(\\w+\\s?)*$", string.Concat(Enumerable.Repeat("word ", 20 * 1024)) + "!", false)
            .SetName("Classify_WordSpaceStarAgainst100KiB_Finishes");
    }

    [TestCaseSource(nameof(AdversarialCases))]
    public void Classify_AdversarialMessage_FinishesWithGoResult(string pattern, string message, bool expected)
    {
        var classifier = new Classifier(
        [
            new CategoryConfig { Name = "pattern", Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = pattern } }] },
        ]);
        var pod = new PodBuilder().Terminated("main", 1, "Error", message).Build();

        var classify = Task.Run(() => classifier.Classify(pod));

        classify.Wait(HangGuard).ShouldBeTrue($"Classify did not finish within {HangGuard}");
        classify.Result.Count.ShouldBe(expected ? 1 : 0);
    }
}
