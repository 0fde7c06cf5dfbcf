using Armada.ErrorCategorization.ErrorMatch;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>
/// One rule of a category. Exactly one of <see cref="OnConditions"/>, <see cref="OnExitCodes"/> and
/// <see cref="OnTerminationMessage"/> must be set; <see cref="ContainerName"/> optionally narrows the
/// container-level matchers to one container.
/// </summary>
public sealed record CategoryRule
{
    /// <summary>
    /// When set, only the failed container (regular or init) with exactly this name is matched by
    /// exit code, termination message and <c>OOMKilled</c>. The pod-level conditions <c>Evicted</c>
    /// and <c>DeadlineExceeded</c> ignore it.
    /// </summary>
    public string? ContainerName { get; init; }

    /// <summary>
    /// Conditions, any of which matches: the names in <see cref="Conditions.Known"/>. An empty list
    /// counts as not set.
    /// </summary>
    public IReadOnlyList<string>? OnConditions { get; init; }

    /// <summary>Matches a failed container's exit code. Counts as set when present, even if empty.</summary>
    public ExitCodeMatcher? OnExitCodes { get; init; }

    /// <summary>Matches a failed container's termination message. Counts as set when present, even if empty.</summary>
    public RegexMatcher? OnTerminationMessage { get; init; }
}
