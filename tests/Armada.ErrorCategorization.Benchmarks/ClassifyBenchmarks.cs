using Armada.ErrorCategorization.Benchmarks.Support;
using Armada.ErrorCategorization.Categorization;
using BenchmarkDotNet.Attributes;
using k8s.Models;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// Classifies one failed pod (three containers, one of them init) against eight categories of an
/// exit-code rule and a condition rule each.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ClassifyBenchmarks
{
    private Classifier classifier = null!;
    private V1Pod noMatchPod = null!;
    private V1Pod firstCategoryPod = null!;
    private V1Pod lastCategoryPod = null!;

    [GlobalSetup]
    public void Setup()
    {
        classifier = new Classifier(BenchmarkConfigs.ExitCodeAndConditionCategories());
        noMatchPod = BenchmarkPods.Failed(BenchmarkConfigs.UnmatchedExitCode);
        firstCategoryPod = BenchmarkPods.Failed(BenchmarkConfigs.ExitCodeOf(0));
        lastCategoryPod = BenchmarkPods.Failed(BenchmarkConfigs.ExitCodeOf(BenchmarkConfigs.ExitCodeCategoryCount - 1) + 3);

        Expect.Categories(classifier.Classify(noMatchPod));
        Expect.Categories(classifier.Classify(firstCategoryPod), "exit-code-0");
        Expect.Categories(classifier.Classify(lastCategoryPod), "exit-code-7");
    }

    /// <summary>Every rule runs and none matches: the most common case for an executor, and allocation-free.</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> NoMatch() => classifier.Classify(noMatchPod);

    [Benchmark]
    public IReadOnlyList<string> FirstCategoryMatches() => classifier.Classify(firstCategoryPod);

    [Benchmark]
    public IReadOnlyList<string> LastCategoryMatches() => classifier.Classify(lastCategoryPod);
}
