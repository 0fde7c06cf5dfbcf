using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Failures;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;
using Event = ArmadaProject.Io.ArmadaEvents.EventSequence.Types.Event;

namespace Armada.ErrorCategorization.Events;

// The events that end a run: failures, a returned lease and preemption.
public sealed partial class EventFactory
{
    /// <summary>Builds a <see cref="JobRunErrors"/> event with one terminal <see cref="PodError"/> for the pod.</summary>
    /// <remarks>
    /// The pod error carries the pod's UID, name, namespace and <paramref name="clusterId"/> as object
    /// meta, <paramref name="reason"/> as its message, the pod's node name and pod number,
    /// <paramref name="containerErrors"/>, <paramref name="cause"/> and <paramref name="debugMessage"/>.
    /// </remarks>
    /// <param name="pod">The failed pod.</param>
    /// <param name="reason">The failure message shown to users, such as the output of <see cref="PodFailures.ExtractPodFailedReason"/>.</param>
    /// <param name="cause">Why Kubernetes ended the pod.</param>
    /// <param name="debugMessage">Extra detail for operators; may be empty.</param>
    /// <param name="containerErrors">The terminated containers, such as the output of <see cref="PodFailures.ExtractFailedPodContainerStatuses"/>.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="failureInfo">The error's FailureInfo, attached as given (not copied); <see langword="null"/> leaves the field absent.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> or one of the string or list arguments is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="containerErrors"/> contains a null entry.</exception>
    /// <exception cref="EventCreationException">The pod's job id or run id label is missing.</exception>
    public EventSequence CreateJobFailedEvent(
        V1Pod pod,
        string reason,
        KubernetesReason cause,
        string debugMessage,
        IEnumerable<ContainerError> containerErrors,
        string clusterId,
        FailureInfo? failureInfo)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(debugMessage);
        ArgumentNullException.ThrowIfNull(containerErrors);
        ArgumentNullException.ThrowIfNull(clusterId);

        var (jobId, runId) = PodMetadata.GetIds(pod);
        var podError = new PodError
        {
            ObjectMeta = PodObjectMeta(pod, clusterId),
            Message = reason,
            NodeName = NodeName(pod),
            PodNumber = PodMetadata.GetPodNumber(pod),
            KubernetesReason = cause,
            DebugMessage = debugMessage,
        };
        AddContainerErrors(podError, containerErrors);

        var error = new Error { Terminal = true, PodError = podError, FailureInfo = failureInfo };
        return NewSequence(pod, new Event { JobRunErrors = NewJobRunErrors(jobId, runId, error) });
    }

    /// <summary>
    /// Builds the same event as <see cref="CreateJobFailedEvent"/> with no container errors. Armada's
    /// executor uses it for a preempted run and for a job that could not be submitted, both with a
    /// null <paramref name="failureInfo"/>.
    /// </summary>
    /// <param name="pod">The pod of the run.</param>
    /// <param name="reason">The failure message shown to users.</param>
    /// <param name="debugMessage">Extra detail for operators; may be empty.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="cause">Why the run ended; Armada's executor passes <see cref="KubernetesReason.AppError"/>.</param>
    /// <param name="failureInfo">The error's FailureInfo, attached as given; <see langword="null"/> leaves the field absent.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> or one of the string arguments is null.</exception>
    /// <exception cref="EventCreationException">The pod's job id or run id label is missing.</exception>
    public EventSequence CreateSimpleJobFailedEvent(
        V1Pod pod, string reason, string debugMessage, string clusterId, KubernetesReason cause, FailureInfo? failureInfo) =>
        CreateJobFailedEvent(pod, reason, cause, debugMessage, [], clusterId, failureInfo);

    /// <summary>
    /// Builds the failure event of a pod-level issue that will not be retried, such as a pod stuck
    /// terminating or deleted by someone else, with a FailureInfo read from the pod.
    /// </summary>
    /// <remarks>
    /// This is the path of Armada's pod issue handler. The pod error has no container errors and the
    /// cause <see cref="KubernetesReason.AppError"/>, while the FailureInfo is built from
    /// <paramref name="originalPodState"/> by <see cref="PodFailures.ExtractFailureInfo"/> and may
    /// carry a failed container. Most such pods have no terminated container, so the FailureInfo
    /// often has no container data and only the categories of pod-level conditions.
    /// </remarks>
    /// <param name="originalPodState">A copy of the pod taken when the issue was found.</param>
    /// <param name="message">The issue message shown to users; <see cref="ExecutorMessages"/> has Armada's.</param>
    /// <param name="debugMessage">Extra detail for operators; may be empty.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="classifier">The classifier; null assigns no categories, but the FailureInfo is still attached.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="originalPodState"/> or one of the string arguments is null.</exception>
    /// <exception cref="EventCreationException">The pod's job id or run id label is missing.</exception>
    public EventSequence CreateNonRetryableIssueFailedEvent(
        V1Pod originalPodState, string message, string debugMessage, string clusterId, Classifier? classifier)
    {
        ArgumentNullException.ThrowIfNull(originalPodState);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(debugMessage);
        ArgumentNullException.ThrowIfNull(clusterId);

        var failureInfo = PodFailures.ExtractFailureInfo(originalPodState, classifier.ClassifyOrEmpty(originalPodState));
        return CreateSimpleJobFailedEvent(originalPodState, message, debugMessage, clusterId, KubernetesReason.AppError, failureInfo);
    }

    /// <summary>
    /// Builds a failure event from ids alone, for a run whose pod cannot be read: the job could not be
    /// created, or its pod is missing from Kubernetes. It never carries a FailureInfo.
    /// </summary>
    /// <remarks>
    /// The terminal pod error has only <paramref name="clusterId"/> in its object meta, no node name,
    /// pod number 0, no container errors and the cause <see cref="KubernetesReason.AppError"/>.
    /// </remarks>
    /// <param name="jobId">The job id.</param>
    /// <param name="runId">The run id.</param>
    /// <param name="jobSet">The job set name of the sequence.</param>
    /// <param name="queue">The queue of the sequence.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="message">The failure message shown to users.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EventSequence CreateMinimalJobFailedEvent(string jobId, string runId, string jobSet, string queue, string clusterId, string message)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(jobSet);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(clusterId);
        ArgumentNullException.ThrowIfNull(message);

        var podError = new PodError
        {
            ObjectMeta = new ObjectMeta { ExecutorId = clusterId },
            Message = message,
            KubernetesReason = KubernetesReason.AppError,
        };
        var error = new Error { Terminal = true, PodError = podError };
        return NewSequence(queue, jobSet, new Event { JobRunErrors = NewJobRunErrors(jobId, runId, error) });
    }

    /// <summary>
    /// Builds a <see cref="JobRunErrors"/> event whose one error is a <see cref="PodLeaseReturned"/>:
    /// the executor gives the run back to the scheduler, which may run the job again. It never carries
    /// a FailureInfo.
    /// </summary>
    /// <remarks>The error is marked terminal for the run, as Armada's executor marks it.</remarks>
    /// <param name="pod">The pod of the run.</param>
    /// <param name="reason">Why the lease is returned, shown to users.</param>
    /// <param name="debugMessage">Extra detail for operators; may be empty.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="runAttempted">Whether the run may have started. Armada's executor passes false only for a pod that could not be scheduled.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> or one of the string arguments is null.</exception>
    /// <exception cref="EventCreationException">The pod's job id or run id label is missing.</exception>
    public EventSequence CreateReturnLeaseEvent(V1Pod pod, string reason, string debugMessage, string clusterId, bool runAttempted)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(debugMessage);
        ArgumentNullException.ThrowIfNull(clusterId);

        var (jobId, runId) = PodMetadata.GetIds(pod);
        var leaseReturned = new PodLeaseReturned
        {
            ObjectMeta = PodObjectMeta(pod, clusterId),
            PodNumber = PodMetadata.GetPodNumber(pod),
            Message = reason,
            RunAttempted = runAttempted,
            DebugMessage = debugMessage,
        };
        var error = new Error { Terminal = true, PodLeaseReturned = leaseReturned };
        return NewSequence(pod, new Event { JobRunErrors = NewJobRunErrors(jobId, runId, error) });
    }

    /// <summary>Builds a <see cref="JobRunPreempted"/> event with the pod's job id and run id and an empty reason.</summary>
    /// <remarks>Armada's executor sends it before the failure event of the preempted run.</remarks>
    /// <param name="pod">The pod of the preempted run.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> is null.</exception>
    /// <exception cref="EventCreationException">The pod's job id or run id label is missing.</exception>
    public EventSequence CreateSimpleJobPreemptedEvent(V1Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);

        var (jobId, runId) = PodMetadata.GetIds(pod);
        var preempted = new JobRunPreempted { PreemptedJobId = jobId, PreemptedRunId = runId };
        return NewSequence(pod, new Event { JobRunPreempted = preempted });
    }

    private static JobRunErrors NewJobRunErrors(string jobId, string runId, Error error) =>
        new() { JobId = jobId, RunId = runId, Errors = { error } };

    private static void AddContainerErrors(PodError podError, IEnumerable<ContainerError> containerErrors)
    {
        var index = 0;
        foreach (var containerError in containerErrors)
        {
            if (containerError is null)
            {
                throw new ArgumentException(
                    $"containerErrors[{index}] is null. Pass only non-null entries, such as the output of PodFailures.ExtractFailedPodContainerStatuses.",
                    nameof(containerErrors));
            }

            podError.ContainerErrors.Add(containerError);
            index++;
        }
    }
}
