using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Text;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf.WellKnownTypes;
using k8s.Models;
using Event = ArmadaProject.Io.ArmadaEvents.EventSequence.Types.Event;

namespace Armada.ErrorCategorization.Events;

/// <summary>
/// Builds the <see cref="EventSequence"/> messages that an Armada executor sends about the runs it
/// manages, with Armada's layout and field values, so that Armada's services read them as their own.
/// </summary>
/// <remarks>
/// <para>
/// Each method returns a new sequence holding exactly one event. The sequence's queue comes from the
/// pod's <see cref="PodMetadataKeys.Queue"/> label and its job set from the
/// <see cref="PodMetadataKeys.JobSetId"/> annotation; either is empty when missing. Every event's
/// <c>created</c> time is read from the <see cref="TimeProvider"/> given to the constructor.
/// </para>
/// <para>
/// Methods that read a pod require its <see cref="PodMetadataKeys.JobId"/> and
/// <see cref="PodMetadataKeys.RunId"/> labels (an empty value is accepted) and throw
/// <see cref="EventCreationException"/> when one is missing. An instance holds no state besides the
/// time provider and is safe to share between threads.
/// </para>
/// <para>
/// Each lone UTF-16 surrogate in a string read from a pod, service or ingress becomes U+FFFD, which
/// is what protobuf writes for it, so an event equals its decoded copy and its <c>ToString()</c>
/// cannot throw. Strings passed as arguments, such as the cluster id, are copied as given.
/// </para>
/// </remarks>
public sealed partial class EventFactory
{
    private readonly TimeProvider timeProvider;

    /// <summary>Creates a factory that stamps events with the system clock.</summary>
    public EventFactory()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates a factory that stamps events with the time from <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock for each event's <c>created</c> time.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public EventFactory(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
    }

    /// <summary>Builds the event that reports the pod's current phase.</summary>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>phase</term><description>event</description></listheader>
    /// <item><term>Pending</term><description><see cref="JobRunAssigned"/> with the pool annotation and pod info without a node name.</description></item>
    /// <item><term>Running</term><description><see cref="JobRunRunning"/> with the pool annotation and pod info with the node name.</description></item>
    /// <item><term>Succeeded</term><description><see cref="JobRunSucceeded"/> with pod info with the node name, and no pool.</description></item>
    /// <item><term>Failed</term><description><see cref="JobRunErrors"/> as built by <see cref="CreateJobFailedEvent"/>, with a <see cref="FailureInfo"/> from the pod and the categories that <paramref name="classifier"/> assigns to it.</description></item>
    /// </list>
    /// The id labels are checked before the phase. Phase names are compared case-sensitively.
    /// </remarks>
    /// <param name="pod">The pod, as the informer reports it.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="classifier">The classifier for failed pods; null assigns no categories, but a failed pod's FailureInfo is still attached.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> or <paramref name="clusterId"/> is null.</exception>
    /// <exception cref="EventCreationException">An id label is missing, or the phase is none of the four above (such as <c>Unknown</c> or empty).</exception>
    public EventSequence CreateEventForCurrentState(V1Pod pod, string clusterId, Classifier? classifier)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(clusterId);

        var (jobId, runId) = PodMetadata.GetIds(pod);
        var phase = pod.Status?.Phase;
        switch (phase)
        {
            case "Pending":
                var assigned = new JobRunAssigned { JobId = jobId, RunId = runId, Pool = PodMetadata.GetAnnotation(pod, PodMetadataKeys.Pool) };
                assigned.ResourceInfos.Add(PodResourceInfo(pod, clusterId, nodeName: string.Empty));
                return NewSequence(pod, new Event { JobRunAssigned = assigned });

            case "Running":
                var running = new JobRunRunning { JobId = jobId, RunId = runId, Pool = PodMetadata.GetAnnotation(pod, PodMetadataKeys.Pool) };
                running.ResourceInfos.Add(PodResourceInfo(pod, clusterId, NodeName(pod)));
                return NewSequence(pod, new Event { JobRunRunning = running });

            case "Succeeded":
                var succeeded = new JobRunSucceeded { JobId = jobId, RunId = runId };
                succeeded.ResourceInfos.Add(PodResourceInfo(pod, clusterId, NodeName(pod)));
                return NewSequence(pod, new Event { JobRunSucceeded = succeeded });

            case "Failed":
                var failureInfo = PodFailures.ExtractFailureInfo(pod, classifier.ClassifyOrEmpty(pod));
                return CreateJobFailedEvent(
                    pod,
                    PodFailures.ExtractPodFailedReason(pod),
                    PodFailures.ExtractPodFailureCause(pod),
                    debugMessage: string.Empty,
                    PodFailures.ExtractFailedPodContainerStatuses(pod, clusterId),
                    clusterId,
                    failureInfo);

            default:
                throw new EventCreationException(
                    $"could not determine job status from pod {PodMetadata.Describe(pod)} in phase '{phase}'. " +
                    "Only the phases Pending, Running, Succeeded and Failed have an event, so report the pod once it is in one of them.");
        }
    }

    /// <summary>Wraps <paramref name="event"/> in a new sequence for the pod's queue and job set, stamped with the current time.</summary>
    private EventSequence NewSequence(V1Pod pod, Event @event) =>
        NewSequence(PodMetadata.GetLabel(pod, PodMetadataKeys.Queue), PodMetadata.GetAnnotation(pod, PodMetadataKeys.JobSetId), @event);

    private EventSequence NewSequence(string queue, string jobSetName, Event @event)
    {
        @event.Created = Timestamp.FromDateTimeOffset(timeProvider.GetUtcNow());
        return new EventSequence { Queue = queue, JobSetName = jobSetName, Events = { @event } };
    }

    /// <summary>Builds the object meta of the pod itself: UID, name, namespace and executor id.</summary>
    private static ObjectMeta PodObjectMeta(V1Pod pod, string clusterId) => new()
    {
        KubernetesId = WellFormedText.Of(pod.Metadata?.Uid),
        Name = WellFormedText.Of(pod.Metadata?.Name),
        Namespace = WellFormedText.Of(pod.Metadata?.NamespaceProperty),
        ExecutorId = clusterId,
    };

    private static KubernetesResourceInfo PodResourceInfo(V1Pod pod, string clusterId, string nodeName) => new()
    {
        ObjectMeta = PodObjectMeta(pod, clusterId),
        PodInfo = new PodInfo { NodeName = nodeName, PodNumber = PodMetadata.GetPodNumber(pod) },
    };

    private static string NodeName(V1Pod pod) => WellFormedText.Of(pod.Spec?.NodeName);
}
