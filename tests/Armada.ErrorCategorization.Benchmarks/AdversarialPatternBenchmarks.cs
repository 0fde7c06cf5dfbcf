using Armada.ErrorCategorization.Benchmarks.Support;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using BenchmarkDotNet.Attributes;
using k8s.Models;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// Classifies a pod whose termination message is built to make a backtracking engine take
/// exponential (or high polynomial) time on the pattern, and which the pattern does not match, so
/// the whole message is read. Time should grow linearly with <see cref="MessageBytes"/>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class AdversarialPatternBenchmarks
{
    private Classifier classifier = null!;
    private V1Pod pod = null!;

    [Params("(a+)+$", "(a|aa)*b", "(.*a){12}", "([a-z]+)*[0-9]")]
    public string Pattern { get; set; } = null!;

    /// <summary>Message length in bytes: 1 KiB, 10 KiB and 100 KiB.</summary>
    [Params(1024, 10 * 1024, 100 * 1024)]
    public int MessageBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rule = new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = Pattern } };
        classifier = new Classifier([new CategoryConfig { Name = "adversarial", Rules = [rule] }]);
        pod = BenchmarkPods.Failed(BenchmarkConfigs.UnmatchedExitCode, mainMessage: AdversarialMessage(Pattern, MessageBytes));

        // On .NET 10 the timed NonBacktracking engine reports a false match for (.*a){12} at 100 KiB;
        // ErrorMatcher.MatchPattern confirms long matches without a timeout, so this check holds.
        Expect.Categories(classifier.Classify(pod));
    }

    [Benchmark]
    public IReadOnlyList<string> Classify() => classifier.Classify(pod);

    /// <summary>Builds the worst input for <paramref name="pattern"/> that the pattern does not match.</summary>
    private static string AdversarialMessage(string pattern, int length) => pattern switch
    {
        // A run of 'a' that a final character keeps from matching: 2^n ways to split the run.
        "(a+)+$" or "([a-z]+)*[0-9]" => new string('a', length - 1) + "!",

        // Only 'a', never the 'b' the pattern needs.
        "(a|aa)*b" => new string('a', length),

        // Lines of eleven 'a': '.' stops at a newline, so no line contains the twelve the pattern needs.
        "(.*a){12}" => string.Concat(Enumerable.Repeat("aaaaaaaaaaa\n", (length / 12) + 1))[..length],

        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "no adversarial message defined for this pattern"),
    };
}
