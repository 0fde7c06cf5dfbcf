using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch;

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

    public ExitCodeMatcher? ExitCodes { get; init; }

    public Regex? TerminationMessage { get; init; }
}

/// <summary>A validated category: its name and its rules in config order.</summary>
internal sealed class CompiledCategory(string name, CompiledRule[] rules)
{
    public string Name { get; } = name;

    public CompiledRule[] Rules { get; } = rules;
}
