using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using k8s.Models;
using Shouldly;
using ConditionNames = Armada.ErrorCategorization.ErrorMatch.Conditions;

namespace Armada.ErrorCategorization.Tests.Performance;

/// <summary>One classifier shared by many threads returns on every thread the result it returns on one thread.</summary>
[TestFixture]
public class ClassifierConcurrencyTests
{
    private const int PodCount = 2000;

    [Test]
    public void Classify_SharedAcrossThreads_SameAnswersAsSequential()
    {
        var classifier = new Classifier(
        [
            new CategoryConfig { Name = "oom", Rules = [new CategoryRule { OnConditions = [ConditionNames.OOMKilled] }] },
            new CategoryConfig
            {
                Name = "user_error",
                Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = [1, 2] } }],
            },
            new CategoryConfig
            {
                Name = "cuda",
                Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "(?i)cuda (error|out of memory)" } }],
            },
        ]);
        V1Pod[] kinds =
        [
            new PodBuilder().Terminated("main", 137, "OOMKilled").Build(),
            new PodBuilder().Terminated("main", 1, "Error", "RuntimeError: CUDA error: device-side assert triggered\n").Build(),
            new PodBuilder().InitTerminated("setup", 2).Terminated("main", 3, "Error", "no such file\n").Build(),
            new PodBuilder().Terminated("main", 5, "Error", "cuda fine\n").Build(),
        ];
        var pods = Enumerable.Range(0, PodCount).Select(i => kinds[i % kinds.Length]).ToArray();
        var expected = pods.Select(pod => string.Join(",", classifier.Classify(pod))).ToArray();

        var actual = new string[PodCount];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) };
        Parallel.For(0, PodCount, options, i => actual[i] = string.Join(",", classifier.Classify(pods[i])));

        Assert.Multiple(() =>
        {
            expected.Take(kinds.Length).ShouldBe(["oom", "user_error,cuda", "user_error", ""]);
            actual.ShouldBe(expected);
        });
    }
}
