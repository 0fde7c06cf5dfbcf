using ArmadaProject.Io.Api;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf.WellKnownTypes;
using ApiContainerStatus = ArmadaProject.Io.Api.ContainerStatus;

namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// Turns the scheduler's <see cref="JobErrors"/> events into public <see cref="JobFailedEvent"/>s,
/// as Armada's event API does. This is the only way error categories reach the public event
/// stream: Armada makes no JobFailedEvent from the executor's JobRunErrors.
/// </summary>
/// <remarks>
/// <para>
/// Every event gets <c>job_id</c>, <c>job_set_id</c>, <c>queue</c> and <c>created</c>. A pod
/// error also fills <c>cluster_id</c> (the executor id), <c>pod_namespace</c>, <c>pod_name</c>,
/// <c>kubernetes_id</c>, <c>node_name</c>, <c>pod_number</c>, <c>reason</c> (the pod error's
/// message), <c>cause</c>, <c>container_statuses</c> (one per container error, with its name,
/// exit code, message, reason and cause) and <c>categories</c> (from the error's FailureInfo,
/// empty without one). The deprecated <c>exit_codes</c> map stays empty, as in Armada.
/// </para>
/// <para>
/// Other reasons never carry categories. A preemption gets the reason "preempted";
/// MaxRunsExceeded, GangJobUnschedulable and ReconciliationError their message; JobRejected its
/// message and the cause <see cref="Cause.Rejected"/>. Any other reason, or none, leaves the
/// reason empty.
/// </para>
/// <para>
/// A Kubernetes reason maps to the cause of the same name (AppError to <see cref="Cause.Error"/>).
/// An enum value this library does not know gives <see cref="Cause.Error"/>, the default that
/// Armada leaves in place.
/// </para>
/// </remarks>
public static class JobErrorsConverter
{
    /// <summary>Converts every <see cref="JobErrors"/> event of <paramref name="sequence"/>, in order.</summary>
    /// <param name="sequence">The event sequence; its queue and job set name go into each event.</param>
    /// <returns>One JobFailedEvent per terminal error, in event order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sequence"/> is null.</exception>
    public static IReadOnlyList<JobFailedEvent> ToJobFailedEvents(EventSequence sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);

        var failedEvents = new List<JobFailedEvent>();
        foreach (var sequenceEvent in sequence.Events)
        {
            if (sequenceEvent.EventCase == EventSequence.Types.Event.EventOneofCase.JobErrors)
            {
                failedEvents.AddRange(ToJobFailedEvents(
                    sequenceEvent.JobErrors, sequence.Queue, sequence.JobSetName, sequenceEvent.Created));
            }
        }

        return failedEvents;
    }

    /// <summary>Converts the terminal errors of <paramref name="jobErrors"/>; non-terminal errors are skipped.</summary>
    /// <param name="jobErrors">The scheduler's event.</param>
    /// <param name="queue">The queue of the event sequence.</param>
    /// <param name="jobSetId">The job set name of the event sequence.</param>
    /// <param name="created">The event's <c>created</c> time; each event gets its own copy. Null leaves it unset.</param>
    /// <returns>One JobFailedEvent per terminal error, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobErrors"/>, <paramref name="queue"/> or <paramref name="jobSetId"/> is null.</exception>
    public static IReadOnlyList<JobFailedEvent> ToJobFailedEvents(
        JobErrors jobErrors, string queue, string jobSetId, Timestamp? created)
    {
        ArgumentNullException.ThrowIfNull(jobErrors);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(jobSetId);

        var failedEvents = new List<JobFailedEvent>();
        foreach (var error in jobErrors.Errors)
        {
            if (!error.Terminal)
            {
                continue;
            }

            var failed = new JobFailedEvent
            {
                JobId = jobErrors.JobId,
                JobSetId = jobSetId,
                Queue = queue,
                Created = created?.Clone(),
            };
            switch (error.ReasonCase)
            {
                case Error.ReasonOneofCase.PodError:
                    FillFromPodError(failed, error.PodError, error.FailureInfo);
                    break;
                case Error.ReasonOneofCase.JobRunPreemptedError:
                    failed.Reason = "preempted";
                    break;
                case Error.ReasonOneofCase.JobRejected:
                    failed.Reason = error.JobRejected.Message;
                    failed.Cause = Cause.Rejected;
                    break;
                case Error.ReasonOneofCase.MaxRunsExceeded:
                    failed.Reason = error.MaxRunsExceeded.Message;
                    break;
                case Error.ReasonOneofCase.GangJobUnschedulable:
                    failed.Reason = error.GangJobUnschedulable.Message;
                    break;
                case Error.ReasonOneofCase.ReconciliationError:
                    failed.Reason = error.ReconciliationError.Message;
                    break;
            }

            failedEvents.Add(failed);
        }

        return failedEvents;
    }

    private static void FillFromPodError(JobFailedEvent failed, PodError podError, FailureInfo? failureInfo)
    {
        var pod = podError.ObjectMeta;
        failed.ClusterId = pod?.ExecutorId ?? "";
        failed.PodNamespace = pod?.Namespace ?? "";
        failed.PodName = pod?.Name ?? "";
        failed.KubernetesId = pod?.KubernetesId ?? "";
        failed.NodeName = podError.NodeName;
        failed.PodNumber = podError.PodNumber;
        failed.Reason = podError.Message;
        failed.Cause = ToCause(podError.KubernetesReason);
        foreach (var containerError in podError.ContainerErrors)
        {
            failed.ContainerStatuses.Add(new ApiContainerStatus
            {
                Name = containerError.ObjectMeta?.Name ?? "",
                ExitCode = containerError.ExitCode,
                Message = containerError.Message,
                Reason = containerError.Reason,
                Cause = ToCause(containerError.KubernetesReason),
            });
        }

        if (failureInfo is not null)
        {
            failed.Categories.AddRange(failureInfo.Categories);
        }
    }

    private static Cause ToCause(KubernetesReason reason) => reason switch
    {
        KubernetesReason.Evicted => Cause.Evicted,
        KubernetesReason.Oom => Cause.Oom,
        KubernetesReason.DeadlineExceeded => Cause.DeadlineExceeded,
        _ => Cause.Error,
    };
}
