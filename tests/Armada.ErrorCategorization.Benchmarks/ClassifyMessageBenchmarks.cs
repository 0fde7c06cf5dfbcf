using Armada.ErrorCategorization.Benchmarks.Support;
using Armada.ErrorCategorization.Categorization;
using BenchmarkDotNet.Attributes;
using k8s.Models;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// Classifies a pod whose <c>main</c> container left a 4 KiB traceback, against the eight
/// exit-code and condition categories followed by four categories of one pattern each.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ClassifyMessageBenchmarks
{
    private Classifier classifier = null!;
    private V1Pod noMatchPod = null!;
    private V1Pod matchPod = null!;

    [GlobalSetup]
    public void Setup()
    {
        classifier = new Classifier(BenchmarkConfigs.WithRegexCategories());
        noMatchPod = BenchmarkPods.Failed(BenchmarkConfigs.UnmatchedExitCode, mainMessage: BenchmarkConfigs.TracebackMessage());

        // The last pattern finds the last line, so every pattern reads the whole message.
        var oomLine = "Killed process 48121 (python_worker) total-vm:73400320kB";
        matchPod = BenchmarkPods.Failed(BenchmarkConfigs.UnmatchedExitCode, mainMessage: BenchmarkConfigs.TracebackMessage(oomLine));

        Expect.Categories(classifier.Classify(noMatchPod));
        Expect.Categories(classifier.Classify(matchPod), "message-3");
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> NoPatternMatches() => classifier.Classify(noMatchPod);

    [Benchmark]
    public IReadOnlyList<string> LastPatternMatches() => classifier.Classify(matchPod);
}
