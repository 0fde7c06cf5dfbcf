using System.Collections.Frozen;

namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// Names of the failure conditions that rules can match with <c>onConditions</c>. Comparisons are
/// ordinal and case-sensitive.
/// </summary>
public static class Conditions
{
    /// <summary>
    /// A failed container's current terminated state has the reason <c>OOMKilled</c>: the kernel
    /// killed it for exceeding its memory limit. Container-level, so <c>containerName</c> scopes it.
    /// </summary>
    public const string OOMKilled = "OOMKilled";

    /// <summary>The pod's <c>status.reason</c> is <c>Evicted</c>. Pod-level: <c>containerName</c> does not scope it.</summary>
    public const string Evicted = "Evicted";

    /// <summary>
    /// The pod's <c>status.reason</c> is <c>DeadlineExceeded</c> (it ran past <c>activeDeadlineSeconds</c>).
    /// Pod-level: <c>containerName</c> does not scope it.
    /// </summary>
    public const string DeadlineExceeded = "DeadlineExceeded";

    /// <summary>
    /// The run was preempted by the scheduler. Defined for a future retry engine; not observable on a
    /// pod and not accepted in config.
    /// </summary>
    public const string Preempted = "Preempted";

    /// <summary>
    /// The executor returned the run's lease. Defined for a future retry engine; not observable on a
    /// pod and not accepted in config.
    /// </summary>
    public const string LeaseReturned = "LeaseReturned";

    /// <summary>
    /// The conditions accepted in <c>onConditions</c>, in the order error messages list them:
    /// OOMKilled, Evicted, DeadlineExceeded.
    /// </summary>
    public static IReadOnlyList<string> Known { get; } = [OOMKilled, Evicted, DeadlineExceeded];

    private static readonly FrozenSet<string> KnownSet = Known.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Determines whether <paramref name="condition"/> is accepted in <c>onConditions</c>.</summary>
    /// <param name="condition">The condition name from a config, possibly null.</param>
    /// <returns><see langword="true"/> for the names in <see cref="Known"/> only.</returns>
    public static bool IsKnown(string? condition) => condition is not null && KnownSet.Contains(condition);
}
