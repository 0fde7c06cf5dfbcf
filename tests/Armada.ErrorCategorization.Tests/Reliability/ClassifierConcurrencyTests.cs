using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using CsCheck;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// One classifier shared by eight threads, each classifying its own 2,000 generated pods at the
/// same time, gives the results that a second classifier with the same config gives sequentially.
/// The shared classifier starts cold, so the threads also race to build the regex automata.
/// </summary>
[TestFixture]
public class ClassifierConcurrencyTests
{
    private const int ThreadCount = 8;
    private const int PodsPerThread = 2000;

    /// <summary>Far above the second or so the test takes, so only a deadlock or hang trips it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    /// <summary>Categories with termination-message patterns, in addition to the generated ones.</summary>
    private static readonly CategoryConfig[] RegexCategories =
    [
        Message("cuda", "(?i)cuda.*(error|out of memory)"),
        Message("killed", @"\bKilled\b"),
        Message("three_digits", "[0-9]{3}"),
        Message("two_lines", @"(?s)one\s.*\btwo\b"),
        Message("ends_with_newline", "\n$"),
        Message("non_ascii", @"[^\x00-\x7F]"),
    ];

    private static CategoryConfig Message(string name, string pattern) =>
        new() { Name = name, Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = pattern } }] };

    private static readonly Gen<(CategoryConfig[] Categories, V1Pod?[][] Pods)> ConfigAndPodsPerThread =
        Gen.Select(RuleGen.Categories(4, 6), PodGen.Pod.Array[PodsPerThread].Array[ThreadCount]);

    [Test]
    public void Classify_SharedAcrossThreads_MatchesSequentialResults()
    {
        ConfigAndPodsPerThread.Sample((generated, podsPerThread) =>
        {
            CategoryConfig[] categories = [.. generated, .. RegexCategories];
            var sequential = new Classifier(categories);
            var expected = podsPerThread.Select(pods => pods.Select(pod => sequential.Classify(pod)).ToArray()).ToArray();
            var matchedNames = expected.SelectMany(results => results).SelectMany(names => names).ToHashSet();
            foreach (var category in RegexCategories)
            {
                matchedNames.ShouldContain(category.Name!, "each pattern should match some pod, or the test checks little");
            }

            var shared = new Classifier(categories);
            var actual = new IReadOnlyList<string>[ThreadCount][];
            using var start = new Barrier(ThreadCount);
            var threads = Enumerable.Range(0, ThreadCount).Select(index => new Thread(() =>
            {
                start.SignalAndWait();
                actual[index] = podsPerThread[index].Select(pod => shared.Classify(pod)).ToArray();
            })).ToList();

            threads.ForEach(thread => thread.Start());
            foreach (var thread in threads)
            {
                thread.Join(HangGuard).ShouldBeTrue($"a classifying thread did not finish within {HangGuard.TotalSeconds} s");
            }

            for (var thread = 0; thread < ThreadCount; thread++)
            {
                for (var pod = 0; pod < PodsPerThread; pod++)
                {
                    actual[thread][pod].ShouldBe(expected[thread][pod], $"thread {thread}, pod {pod}: {PodGen.Print(podsPerThread[thread][pod])}");
                }
            }
        }, iter: 3, threads: 1, print: sample => RuleGen.Print(sample.Item1));
    }
}
