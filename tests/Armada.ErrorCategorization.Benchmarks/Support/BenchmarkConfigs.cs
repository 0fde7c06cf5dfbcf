using System.Text;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;

namespace Armada.ErrorCategorization.Benchmarks.Support;

/// <summary>The category configs and termination messages the classify benchmarks share.</summary>
internal static class BenchmarkConfigs
{
    /// <summary>Number of exit-code categories in <see cref="ExitCodeAndConditionCategories"/>.</summary>
    public const int ExitCodeCategoryCount = 8;

    /// <summary>Size of the termination messages in bytes, the cap Kubernetes puts on one container's message.</summary>
    public const int MessageBytes = 4096;

    /// <summary>An exit code that no benchmark category lists.</summary>
    public const int UnmatchedExitCode = 1;

    /// <summary>The termination-message patterns of <see cref="RegexCategories"/>, in config order.</summary>
    public static readonly string[] MessagePatterns =
    [
        @"(?i)cuda (error|out of memory)",
        @"No space left on device",
        @"(?i)connection (refused|reset by peer) to [a-z0-9.-]+:\d+",
        @"Killed process \d+ \([a-z_]+\) total-vm:\d+kB",
    ];

    /// <summary>Returns the first exit code that category <paramref name="index"/> lists.</summary>
    public static int ExitCodeOf(int index) => 100 + (4 * index);

    /// <summary>
    /// Eight categories of two rules each. Rule 0 lists four exit codes of its own. Rule 1 checks a
    /// condition the benchmark pods never meet: OOMKilled scoped to a container the pods lack for
    /// even categories, and the pod-level Evicted or DeadlineExceeded for odd ones.
    /// </summary>
    public static CategoryConfig[] ExitCodeAndConditionCategories()
    {
        var categories = new CategoryConfig[ExitCodeCategoryCount];
        for (var i = 0; i < categories.Length; i++)
        {
            var first = ExitCodeOf(i);
            var exitCodes = new CategoryRule
            {
                OnExitCodes = new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = [first, first + 1, first + 2, first + 3] },
            };
            var condition = (i % 4) switch
            {
                0 or 2 => new CategoryRule { ContainerName = $"worker-{i}", OnConditions = [Conditions.OOMKilled] },
                1 => new CategoryRule { OnConditions = [Conditions.Evicted] },
                _ => new CategoryRule { OnConditions = [Conditions.DeadlineExceeded] },
            };
            categories[i] = new CategoryConfig { Name = $"exit-code-{i}", Rules = [exitCodes, condition] };
        }

        return categories;
    }

    /// <summary>
    /// <see cref="ExitCodeAndConditionCategories"/> followed by four categories of one
    /// termination-message rule each, with the patterns of <see cref="MessagePatterns"/>.
    /// </summary>
    public static CategoryConfig[] WithRegexCategories()
    {
        var categories = new List<CategoryConfig>(ExitCodeAndConditionCategories());
        for (var i = 0; i < MessagePatterns.Length; i++)
        {
            categories.Add(new CategoryConfig
            {
                Name = $"message-{i}",
                Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = MessagePatterns[i] } }],
            });
        }

        return [.. categories];
    }

    /// <summary>
    /// Builds a Python traceback of exactly <see cref="MessageBytes"/> ASCII characters. With
    /// <paramref name="lastLine"/>, that line ends the message, so a pattern that finds it has read
    /// the whole message first.
    /// </summary>
    public static string TracebackMessage(string? lastLine = null)
    {
        var tail = lastLine is null ? "RuntimeError: step 4812 produced NaN loss\n" : lastLine + "\n";
        var builder = new StringBuilder(MessageBytes);
        builder.Append("Traceback (most recent call last):\n");
        var frame = 0;
        while (builder.Length + tail.Length < MessageBytes)
        {
            builder.Append($"  File \"/opt/app/trainer/loop.py\", line {100 + frame}, in step_{frame}\n    loss = model(batch)\n");
            frame++;
        }

        builder.Length = MessageBytes - tail.Length;
        builder.Append(tail);
        return builder.ToString();
    }
}
