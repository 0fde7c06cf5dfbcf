using Armada.ErrorCategorization.Benchmarks.Support;
using Armada.ErrorCategorization.Categorization;
using BenchmarkDotNet.Attributes;
using k8s.Models;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// Classifies <see cref="PodCount"/> pods with one shared classifier from
/// <see cref="DegreeOfParallelism"/> threads at once. The reported time is per pod, so with perfect
/// scaling it halves from one thread to two.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ParallelClassifyBenchmarks
{
    /// <summary>Pods classified per benchmark invocation.</summary>
    public const int PodCount = 4096;

    private Classifier classifier = null!;
    private V1Pod[] pods = null!;
    private ParallelOptions options = null!;

    /// <summary>The rules: the eight exit-code and condition categories, or those plus four message patterns.</summary>
    public enum RuleSet
    {
        ExitCodes,
        ExitCodesAndPatterns,
    }

    [Params(RuleSet.ExitCodes, RuleSet.ExitCodesAndPatterns)]
    public RuleSet Rules { get; set; }

    /// <summary>Threads classifying at once; the benchmark machine has two cores.</summary>
    [Params(1, 2)]
    public int DegreeOfParallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var withPatterns = Rules == RuleSet.ExitCodesAndPatterns;
        classifier = new Classifier(withPatterns
            ? BenchmarkConfigs.WithRegexCategories()
            : BenchmarkConfigs.ExitCodeAndConditionCategories());
        options = new ParallelOptions { MaxDegreeOfParallelism = DegreeOfParallelism };

        // A mix of outcomes: no category, the first, the last, and (with patterns) a message match.
        var message = withPatterns ? BenchmarkConfigs.TracebackMessage() : null;
        var oomMessage = withPatterns ? BenchmarkConfigs.TracebackMessage("Killed process 48121 (python_worker) total-vm:73400320kB") : null;
        V1Pod[] kinds =
        [
            BenchmarkPods.Failed(BenchmarkConfigs.UnmatchedExitCode, mainMessage: message),
            BenchmarkPods.Failed(BenchmarkConfigs.ExitCodeOf(0), mainMessage: message),
            BenchmarkPods.Failed(BenchmarkConfigs.ExitCodeOf(BenchmarkConfigs.ExitCodeCategoryCount - 1), mainMessage: message),
            BenchmarkPods.Failed(BenchmarkConfigs.UnmatchedExitCode, mainMessage: oomMessage),
        ];
        pods = new V1Pod[PodCount];
        for (var i = 0; i < pods.Length; i++)
        {
            pods[i] = kinds[i % kinds.Length];
        }
    }

    /// <summary>Time per pod. Pods per second per core is 1 / (mean × degree of parallelism).</summary>
    [Benchmark(OperationsPerInvoke = PodCount)]
    public int ClassifyAll()
    {
        var matched = 0;
        Parallel.For(0, pods.Length, options, () => 0, (i, _, count) => count + classifier.Classify(pods[i]).Count, count => Interlocked.Add(ref matched, count));
        return matched;
    }
}
