namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// The member of the <c>reason</c> oneof of an armadaevents <c>Error</c>. Each value is the
/// member's field number in Armada's schema.
/// </summary>
internal enum ErrorReasonKind
{
    /// <summary>No reason, or one that Armada's schema at the reference version does not have.</summary>
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
