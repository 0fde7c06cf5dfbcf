namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// The member of the <c>reason</c> oneof of an armadaevents <c>Error</c>. Each value is the
/// member's field number in Armada's schema.
/// </summary>
internal enum ErrorReasonKind
{
    /// <summary>No reason, or a field number that is not a reason in Armada's schema.</summary>
    None = 0,
    KubernetesError = 2,
    ContainerError = 3,
    ExecutorError = 4,
    LeaseExpired = 6,
    MaxRunsExceeded = 7,
    PodError = 8,
    PodLeaseReturned = 9,
    JobRunPreemptedError = 11,
    GangJobUnschedulable = 12,
    JobRejected = 13,
    ReconciliationError = 14,
}
