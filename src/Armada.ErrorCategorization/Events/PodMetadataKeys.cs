namespace Armada.ErrorCategorization.Events;

/// <summary>
/// Label and annotation keys that an Armada executor puts on the pods it creates. The values are
/// Armada's, so pods created by a Go executor are read correctly.
/// </summary>
public static class PodMetadataKeys
{
    /// <summary>Label with the job id. <see cref="EventFactory"/> requires it on every pod.</summary>
    public const string JobId = "armada_job_id";

    /// <summary>Label with the run id. <see cref="EventFactory"/> requires it on every pod.</summary>
    public const string RunId = "armada_job_run_id";

    /// <summary>Label with the queue name. Missing gives an empty queue on the event sequence.</summary>
    public const string Queue = "armada_queue_id";

    /// <summary>Label with the pod number of the job's pod, a decimal integer. Missing or invalid gives 0.</summary>
    public const string PodNumber = "armada_pod_number";

    /// <summary>Annotation with the job set name. Missing gives an empty job set on the event sequence.</summary>
    public const string JobSetId = "armada_jobset_id";

    /// <summary>Annotation with the pool the run was scheduled in. Missing gives an empty pool.</summary>
    public const string Pool = "armadaproject.io/pool";

    /// <summary>Key with the number of pods of the job. The event factory does not read it.</summary>
    public const string PodCount = "armada_pod_count";

    /// <summary>Key with the user that owns the job. The event factory does not read it.</summary>
    public const string Owner = "armada_owner";

    /// <summary>Key set when the job has an ingress. The event factory does not read it.</summary>
    public const string HasIngress = "has_ingress";

    /// <summary>Key with the number of ingresses created for the job. The event factory does not read it.</summary>
    public const string AssociatedIngressesCount = "associated_ingresses_count";

    /// <summary>Key with the number of services created for the job. The event factory does not read it.</summary>
    public const string AssociatedServicesCount = "associated_services_count";

    /// <summary>Key set once the executor has reported the pod's ingress info. The event factory does not read it.</summary>
    public const string IngressReported = "ingress_reported";

    /// <summary>
    /// Annotation set when the executor has asked Kubernetes to delete the pod. Armada's job state
    /// reporter skips phase updates of pods that carry it. The event factory does not read it.
    /// </summary>
    public const string MarkedForDeletion = "deletion_requested";

    /// <summary>Annotation set once the executor has reported the run as preempted. The event factory does not read it.</summary>
    public const string ReportedPreempted = "reported_preempted";
}
