using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Events;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using ArmadaProject.Io.ArmadaEvents;
using CsCheck;
using Google.Protobuf;
using k8s;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// The event factory on pods whose every string (names, labels, annotations, node, messages,
/// reasons) is hostile text: it returns an event that decodes back equal and formats as JSON, or it
/// throws the documented <see cref="EventCreationException"/>.
/// </summary>
[TestFixture]
public class EventFactoryPropertyTests
{
    private const int Iterations = 1500;
    private const string ClusterId = "cluster-1";

    private static readonly EventFactory Factory = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    private static readonly Classifier Classifier = new(
    [
        new CategoryConfig { Name = "any_message", Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "" } }] },
        new CategoryConfig { Name = "oom", Rules = [new CategoryRule { OnConditions = [Conditions.OOMKilled] }] },
    ]);

    private static readonly Gen<V1ContainerStatus?> ContainerStatus =
        Gen.Select(HostileText.Text, PodGen.ExitCode, HostileText.Text, HostileText.Text, (name, code, reason, message) => new V1ContainerStatus
        {
            Name = name,
            State = new V1ContainerState { Terminated = new V1ContainerStateTerminated { ExitCode = code, Reason = reason, Message = message } },
        }).Null(0.1);

    private static readonly Gen<Dictionary<string, string>?> Labels =
        Gen.Select(HostileText.Text, HostileText.Text, HostileText.Text, HostileText.Text, (jobId, runId, queue, podNumber) =>
        {
            var labels = new Dictionary<string, string>();
            AddIfNotNull(labels, PodMetadataKeys.JobId, jobId);
            AddIfNotNull(labels, PodMetadataKeys.RunId, runId);
            AddIfNotNull(labels, PodMetadataKeys.Queue, queue);
            AddIfNotNull(labels, PodMetadataKeys.PodNumber, podNumber);
            return labels;
        }).Null(0.1);

    private static readonly Gen<V1ObjectMeta> Metadata =
        Gen.Select(HostileText.Text, HostileText.Text, HostileText.Text, Labels, HostileText.Text, HostileText.Text,
            (name, @namespace, uid, labels, jobSet, pool) => new V1ObjectMeta
            {
                Name = name,
                NamespaceProperty = @namespace,
                Uid = uid,
                Labels = labels,
                Annotations = new Dictionary<string, string> { [PodMetadataKeys.JobSetId] = jobSet ?? "", [PodMetadataKeys.Pool] = pool ?? "" },
            });

    private static readonly Gen<V1PodStatus> Status =
        Gen.Select(
            Gen.OneOf(Gen.Const<string?>("Failed"), Gen.Const<string?>("Pending"), Gen.Const<string?>("Running"), Gen.Const<string?>("Succeeded"), Gen.Const<string?>("Unknown")),
            HostileText.Text, HostileText.Text, HostileText.Text, ContainerStatus.List[0, 3], ContainerStatus.List[0, 2],
            (phase, reason, message, hostIp, regular, init) => new V1PodStatus
            {
                Phase = phase,
                Reason = reason,
                Message = message,
                HostIP = hostIp,
                ContainerStatuses = regular,
                InitContainerStatuses = init,
            });

    /// <summary>A pod whose metadata, spec or status is sometimes null, and whose every string is hostile text.</summary>
    private static readonly Gen<V1Pod> Pod =
        Gen.Select(Metadata.Null(0.05), Status.Null(0.05), HostileText.Text, Gen.Bool, (metadata, status, nodeName, hasSpec) =>
            new V1Pod { Metadata = metadata, Spec = hasSpec ? new V1PodSpec { NodeName = nodeName } : null, Status = status });

    private static void AddIfNotNull(Dictionary<string, string> labels, string key, string? value)
    {
        if (value is not null)
        {
            labels[key] = value;
        }
    }

    /// <summary>The start of the documented error for a pod without both id labels, or null when it has them.</summary>
    private static string? MissingIdError(V1Pod pod) =>
        pod.Metadata?.Labels?.ContainsKey(PodMetadataKeys.JobId) != true ? $"job id label {PodMetadataKeys.JobId} not found on pod "
        : !pod.Metadata.Labels.ContainsKey(PodMetadataKeys.RunId) ? $"run id label {PodMetadataKeys.RunId} not found on pod "
        : null;

    /// <summary>Prints a pod with every string escaped, since its JSON serializer rejects lone surrogates.</summary>
    private static string Print(V1Pod pod)
    {
        var metadata = pod.Metadata;
        var labels = metadata?.Labels?.Select(label => $"{label.Key}={HostileText.Escape(label.Value)}") ?? ["null"];
        var annotations = metadata?.Annotations?.Select(annotation => $"{annotation.Key}={HostileText.Escape(annotation.Value)}") ?? ["null"];
        var containers = (pod.Status?.ContainerStatuses ?? []).Concat(pod.Status?.InitContainerStatuses ?? []).Select(status =>
            status is null
                ? "null"
                : $"{HostileText.Escape(status.Name)} exit {status.State.Terminated.ExitCode} " +
                  $"reason {HostileText.Escape(status.State.Terminated.Reason)} message {HostileText.Escape(status.State.Terminated.Message)}");
        return $"name {HostileText.Escape(metadata?.Name)}, namespace {HostileText.Escape(metadata?.NamespaceProperty)}, " +
               $"uid {HostileText.Escape(metadata?.Uid)}, labels [{string.Join(", ", labels)}], annotations [{string.Join(", ", annotations)}], " +
               $"node {HostileText.Escape(pod.Spec?.NodeName)}, phase {pod.Status?.Phase}, reason {HostileText.Escape(pod.Status?.Reason)}, " +
               $"message {HostileText.Escape(pod.Status?.Message)}, hostIP {HostileText.Escape(pod.Status?.HostIP)}, " +
               $"containers [{string.Join("; ", containers)}]";
    }

    private static void ShouldRoundTrip(EventSequence sequence)
    {
        EventSequence.Parser.ParseFrom(sequence.ToByteArray()).ShouldBe(sequence);
        JsonParser.Default.Parse<EventSequence>(JsonFormatter.Default.Format(sequence)).ShouldBe(sequence);
    }

    [Test]
    public void CreateEventForCurrentState_HostileText_RoundTripsOrThrowsDocumented()
    {
        Pod.Sample(pod =>
        {
            var expectedError = MissingIdError(pod) ??
                                (pod.Status?.Phase is "Unknown" or null ? "could not determine job status from pod " : null);
            if (expectedError is not null)
            {
                Should.Throw<EventCreationException>(() => Factory.CreateEventForCurrentState(pod, ClusterId, Classifier))
                    .Message.ShouldStartWith(expectedError);
                return;
            }

            ShouldRoundTrip(Factory.CreateEventForCurrentState(pod, ClusterId, Classifier));
        }, iter: Iterations, print: Print);
    }

    [Test]
    public void CreateNonRetryableIssueFailedEvent_HostileText_RoundTripsOrThrowsDocumented()
    {
        Pod.Sample(pod =>
        {
            if (MissingIdError(pod) is { } expectedError)
            {
                Should.Throw<EventCreationException>(() => Factory.CreateNonRetryableIssueFailedEvent(pod, "stuck", "", ClusterId, Classifier))
                    .Message.ShouldStartWith(expectedError);
                return;
            }

            ShouldRoundTrip(Factory.CreateNonRetryableIssueFailedEvent(pod, "stuck", "", ClusterId, Classifier));
        }, iter: Iterations / 3, print: Print);
    }

    [Test]
    public void CreateReturnLeaseEvent_HostileText_RoundTripsOrThrowsDocumented()
    {
        Pod.Sample(pod =>
        {
            if (MissingIdError(pod) is { } expectedError)
            {
                Should.Throw<EventCreationException>(() => Factory.CreateReturnLeaseEvent(pod, "lease returned", "", ClusterId, runAttempted: true))
                    .Message.ShouldStartWith(expectedError);
                return;
            }

            ShouldRoundTrip(Factory.CreateReturnLeaseEvent(pod, "lease returned", "", ClusterId, runAttempted: true));
        }, iter: Iterations / 3, print: Print);
    }

    [Test]
    public void CreateJobUtilisationEvent_HostileText_RoundTripsOrThrowsDocumented()
    {
        var utilisation = new ResourceUtilisationData
        {
            MaxResourcesForPeriod = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("250m") },
        };
        Pod.Sample(pod =>
        {
            if (MissingIdError(pod) is { } expectedError)
            {
                Should.Throw<EventCreationException>(() => Factory.CreateJobUtilisationEvent(pod, utilisation, ClusterId))
                    .Message.ShouldStartWith(expectedError);
                return;
            }

            ShouldRoundTrip(Factory.CreateJobUtilisationEvent(pod, utilisation, ClusterId));
        }, iter: Iterations / 3, print: Print);
    }
}
