using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Failures;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>Which matcher a validated rule uses.</summary>
internal enum RuleKind
{
    Conditions,
    ExitCodes,
    TerminationMessage,
}

/// <summary>A validated rule with its pattern compiled, read-only after construction.</summary>
internal sealed class CompiledRule
{
    public required int Index { get; init; }

    public required RuleKind Kind { get; init; }

    public string? ContainerName { get; init; }

    public bool OnOomKilled { get; init; }

    public bool OnEvicted { get; init; }

    public bool OnDeadlineExceeded { get; init; }

    /// <summary>The exit codes of an <c>onExitCodes</c> rule, in a private array.</summary>
    public int[] ExitCodes { get; init; } = [];

    /// <summary>Whether the exit-code operator is <c>NotIn</c>; otherwise it is <c>In</c>.</summary>
    public bool ExitCodesNotIn { get; init; }

    public Regex? TerminationMessage { get; init; }

    /// <summary>
    /// Applies the exit-code rule as <see cref="ErrorMatcher.MatchExitCode"/> does, without its
    /// operator string comparison and list interface calls on every call.
    /// </summary>
    public bool MatchesExitCode(int exitCode)
    {
        if (exitCode == 0)
        {
            return false;
        }

        foreach (var listed in ExitCodes)
        {
            if (listed == exitCode)
            {
                return !ExitCodesNotIn;
            }
        }

        return ExitCodesNotIn;
    }
}

/// <summary>A validated category: its name and its rules in config order.</summary>
internal sealed class CompiledCategory(string name, CompiledRule[] rules)
{
    public string Name { get; } = name;

    public CompiledRule[] Rules { get; } = rules;

    /// <summary>Determines whether any rule matches; the rules are tried in config order.</summary>
    public bool Matches(string? podReason, ReadOnlySpan<FailedContainer> failed)
    {
        foreach (var rule in Rules)
        {
            if (RuleEvaluator.Match(rule, podReason, failed).IsMatch)
            {
                return true;
            }
        }

        return false;
    }
}
