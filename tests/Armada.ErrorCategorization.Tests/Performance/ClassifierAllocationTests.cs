using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using k8s.Models;
using Shouldly;
using ConditionNames = Armada.ErrorCategorization.ErrorMatch.Conditions;

namespace Armada.ErrorCategorization.Tests.Performance;

/// <summary>
/// Counts the bytes a warmed-up <see cref="Classifier.Classify"/> allocates on the calling thread.
/// Executors classify every failed pod, so the common "no category" result must cost the garbage
/// collector nothing, and a match costs one array of the matched names and nothing else.
/// </summary>
[TestFixture]
public class ClassifierAllocationTests
{
    private const int WarmUpCalls = 20;

    private static readonly CategoryConfig[] ExitCodeAndConditionCategories =
    [
        Category("oom", new CategoryRule { OnConditions = [ConditionNames.OOMKilled] }),
        Category("evicted", new CategoryRule { OnConditions = [ConditionNames.Evicted, ConditionNames.DeadlineExceeded] }),
        Category("user_error", ExitCodes(ExitCodeOperator.In, 1, 2, 126, 127), new CategoryRule { ContainerName = "main", OnConditions = [ConditionNames.OOMKilled] }),
        Category("infra", ExitCodes(ExitCodeOperator.In, 143), ExitCodes(ExitCodeOperator.NotIn, 1, 2, 3, 4, 5, 126, 127, 137, 143)),
    ];

    private static readonly CategoryConfig[] PatternCategories =
    [
        .. ExitCodeAndConditionCategories,
        Category("cuda", new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "(?i)cuda (error|out of memory)" } }),
        Category("disk", new CategoryRule { ContainerName = "main", OnTerminationMessage = new RegexMatcher { Pattern = "No space left on device" } }),
    ];

    /// <summary>An init container that succeeded, a failed main container, and a sidecar that succeeded.</summary>
    private static V1Pod FailedPod(int mainExitCode, string mainReason = "Error", string? mainMessage = null) =>
        new PodBuilder()
            .InitTerminated("setup", 0, "Completed")
            .Terminated("main", mainExitCode, mainReason, mainMessage)
            .Terminated("sidecar", 0, "Completed")
            .Build();

    private static IEnumerable<TestCaseData> NoMatchCases()
    {
        yield return new TestCaseData(ExitCodeAndConditionCategories, FailedPod(137))
            .SetName("Classify_NoMatchExitCodesAndConditions_AllocatesNothing");
        yield return new TestCaseData(PatternCategories, FailedPod(137, mainMessage: "Traceback (most recent call last):\nValueError: bad shape\n"))
            .SetName("Classify_NoMatchWithPatterns_AllocatesNothing");
        yield return new TestCaseData(ExitCodeAndConditionCategories, new PodBuilder().Phase("Pending").Waiting("main", "ImagePullBackOff").Build())
            .SetName("Classify_NoFailedContainer_AllocatesNothing");
    }

    [TestCaseSource(nameof(NoMatchCases))]
    public void Classify_NoMatch_AllocatesNothing(CategoryConfig[] categories, V1Pod pod)
    {
        var classifier = new Classifier(categories);
        WarmUp(classifier, pod);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var categoriesFound = classifier.Classify(pod);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            categoriesFound.ShouldBeEmpty();
            allocated.ShouldBe(0);
        });
    }

    [Test]
    public void Classify_TwoMatches_AllocatesOnlyTheNameArray()
    {
        var classifier = new Classifier(PatternCategories);
        var pod = FailedPod(2, mainMessage: "RuntimeError: CUDA error: an illegal memory access was encountered\n");
        WarmUp(classifier, pod);
        var nameArrayBytes = BytesOf(() => new string[2]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var categoriesFound = classifier.Classify(pod);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            categoriesFound.ShouldBe(["user_error", "cuda"]);
            allocated.ShouldBe(nameArrayBytes);
        });
    }

    private static CategoryConfig Category(string name, params CategoryRule[] rules) => new() { Name = name, Rules = rules };

    private static CategoryRule ExitCodes(string @operator, params int[] values) =>
        new() { OnExitCodes = new ExitCodeMatcher { Operator = @operator, Values = values } };

    private static void WarmUp(Classifier classifier, V1Pod pod)
    {
        for (var i = 0; i < WarmUpCalls; i++)
        {
            classifier.Classify(pod);
        }
    }

    private static long BytesOf(Func<object> allocate)
    {
        allocate();
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(allocate());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
