using Armada.ErrorCategorization.Categorization;
using ArmadaProject.Io.ArmadaEvents;

namespace Armada.ErrorCategorization.Cli.Reporting;

/// <summary>What the CLI found out about one pod, ready for a formatter.</summary>
internal sealed record PodReport
{
    /// <summary>The pod as <c>namespace/name</c>, or only the name when the pod has no namespace.</summary>
    public required string Pod { get; init; }

    /// <summary>The pod's <c>status.phase</c>, or <see langword="null"/> when it has none.</summary>
    public string? Phase { get; init; }

    /// <summary>The matching category names in config order; empty when none matched.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The FailureInfo an Armada executor would attach for this pod.</summary>
    public required FailureInfo FailureInfo { get; init; }

    /// <summary>One line describing the failure for the table, or <see langword="null"/> when there is nothing to say.</summary>
    public string? Summary { get; init; }

    /// <summary>With <c>--explain</c>: why each category matched; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<CategoryMatch>? Matches { get; init; }

    /// <summary>With <c>--emit-event</c>: the event for the pod's current phase, unless <see cref="Error"/> is set.</summary>
    public EventSequence? Event { get; init; }

    /// <summary>Why the pod could not be fully processed, such as a missing job id label; otherwise <see langword="null"/>.</summary>
    public string? Error { get; init; }
}
