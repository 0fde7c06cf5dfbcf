using System.Text;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using BenchmarkDotNet.Attributes;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// Loads, validates and compiles a 50-category executor config from YAML, as an executor does once
/// at startup. <see cref="Patterns"/> adds one termination-message rule to every other category,
/// which separates the cost of building the regexes from the cost of reading the YAML.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ConfigLoadBenchmarks
{
    private const int CategoryCount = 50;

    private string yaml = null!;

    /// <summary>Whether 25 of the 50 categories also have a termination-message rule with a distinct pattern.</summary>
    [Params(false, true)]
    public bool Patterns { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        yaml = ExecutorConfig(Patterns);

        var names = ClassifierConfigLoader.CreateClassifier(yaml, "executor-config.yaml").CategoryNames;
        if (names.Count != CategoryCount)
        {
            throw new InvalidOperationException($"benchmark setup: expected {CategoryCount} categories but the config has {names.Count}");
        }
    }

    [Benchmark]
    public Classifier LoadConfig() => ClassifierConfigLoader.CreateClassifier(yaml, "executor-config.yaml");

    /// <summary>
    /// Builds an executor config whose categories each list four exit codes, every third adds a
    /// condition rule scoped to a container, and (with <paramref name="patterns"/>) every other adds a pattern.
    /// </summary>
    private static string ExecutorConfig(bool patterns)
    {
        var builder = new StringBuilder();
        builder.Append("application:\n  clusterId: gpu-cluster-a\n  errorCategories:\n");
        for (var i = 0; i < CategoryCount; i++)
        {
            var first = 10 + (4 * i);
            builder.Append($"    - name: category-{i}\n");
            builder.Append("      rules:\n");
            builder.Append($"        - onExitCodes:\n            operator: In\n            values: [{first}, {first + 1}, {first + 2}, {first + 3}]\n");
            if (i % 3 == 0)
            {
                builder.Append($"        - containerName: worker-{i}\n          onConditions: [OOMKilled]\n");
            }

            if (patterns && i % 2 == 0)
            {
                builder.Append($"        - onTerminationMessage:\n            pattern: \"(?i)stage {i} failed: (timeout|connection reset|no space left)\"\n");
            }
        }

        return builder.ToString();
    }
}
