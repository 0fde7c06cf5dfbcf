namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// The job-run states that a <see cref="JobRunFailureUpdate"/> sets. Each value is the ordinal that
/// Lookout stores in the <c>job_run.job_run_state</c> smallint column.
/// </summary>
public enum LookoutJobRunState
{
    /// <summary><c>RUN_FAILED</c>: the pod failed, or the error had another or no reason.</summary>
    Failed = 4,

    /// <summary><c>RUN_LEASE_RETURNED</c>: the executor gave the run back to the scheduler.</summary>
    LeaseReturned = 8,

    /// <summary><c>RUN_LEASE_EXPIRED</c>: the executor stopped renewing the run's lease.</summary>
    LeaseExpired = 9,
}
