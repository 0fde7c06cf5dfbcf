using Armada.ErrorCategorization.Events;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;
using Shouldly;
using static Armada.ErrorCategorization.Tests.Events.ManagedPod;

namespace Armada.ErrorCategorization.Tests.Events;

/// <summary>The id-label checks, run against every factory method that reads a pod.</summary>
[TestFixture]
public class PodIdLabelTests
{
    private static readonly IReadOnlyDictionary<string, Func<EventFactory, V1Pod, EventSequence>> Methods =
        new Dictionary<string, Func<EventFactory, V1Pod, EventSequence>>
        {
            ["CreateEventForCurrentState"] = (factory, pod) => factory.CreateEventForCurrentState(pod, ClusterId, null),
            ["CreateJobFailedEvent"] = (factory, pod) => factory.CreateJobFailedEvent(pod, "r", KubernetesReason.AppError, "", [], ClusterId, null),
            ["CreateSimpleJobFailedEvent"] = (factory, pod) => factory.CreateSimpleJobFailedEvent(pod, "r", "", ClusterId, KubernetesReason.AppError, null),
            ["CreateNonRetryableIssueFailedEvent"] = (factory, pod) => factory.CreateNonRetryableIssueFailedEvent(pod, "m", "", ClusterId, null),
            ["CreateReturnLeaseEvent"] = (factory, pod) => factory.CreateReturnLeaseEvent(pod, "r", "", ClusterId, true),
            ["CreateSimpleJobPreemptedEvent"] = (factory, pod) => factory.CreateSimpleJobPreemptedEvent(pod),
            ["CreateJobIngressInfoEvent"] = (factory, pod) => factory.CreateJobIngressInfoEvent(pod, ClusterId, [new V1Service()], []),
            ["CreateJobUtilisationEvent"] = (factory, pod) => factory.CreateJobUtilisationEvent(pod, new ResourceUtilisationData(), ClusterId),
        };

    private static IEnumerable<string> MethodNames => Methods.Keys;

    [TestCaseSource(nameof(MethodNames))]
    public void Method_JobIdLabelMissing_ThrowsNamingPodAndLabel(string method)
    {
        var pod = Builder().Build();
        pod.Metadata.Labels.Remove(PodMetadataKeys.JobId);

        var error = Should.Throw<EventCreationException>(() => Methods[method](Factory(), pod));

        error.Message.ShouldBe(
            $"job id label armada_job_id not found on pod {Namespace}/{Name}. " +
            "Pods created by an Armada executor carry it, so pass only pods that Armada manages.");
    }

    [TestCaseSource(nameof(MethodNames))]
    public void Method_RunIdLabelMissing_ThrowsNamingPodAndLabel(string method)
    {
        var pod = Builder().Build();
        pod.Metadata.Labels.Remove(PodMetadataKeys.RunId);

        var error = Should.Throw<EventCreationException>(() => Methods[method](Factory(), pod));

        error.Message.ShouldBe(
            $"run id label armada_job_run_id not found on pod {Namespace}/{Name}. " +
            "Pods created by an Armada executor carry it, so pass only pods that Armada manages.");
    }

    [TestCaseSource(nameof(MethodNames))]
    public void Method_BothIdLabelsMissing_JobIdReportedFirst(string method)
    {
        var pod = Builder().Build();
        pod.Metadata.Labels.Clear();

        var error = Should.Throw<EventCreationException>(() => Methods[method](Factory(), pod));

        error.Message.ShouldStartWith("job id label armada_job_id not found");
    }

    [TestCaseSource(nameof(MethodNames))]
    public void Method_NullPod_ThrowsArgumentNull(string method)
    {
        var error = Should.Throw<ArgumentNullException>(() => Methods[method](Factory(), null!));

        error.ParamName.ShouldBeOneOf("pod", "originalPodState");
    }

    [Test]
    public void CreateSimpleJobPreemptedEvent_EmptyIdLabels_Accepted()
    {
        var pod = Builder().Label(PodMetadataKeys.JobId, "").Label(PodMetadataKeys.RunId, "").Build();

        var preempted = Factory().CreateSimpleJobPreemptedEvent(pod).Events[0].JobRunPreempted;

        preempted.PreemptedJobId.ShouldBe("");
        preempted.PreemptedRunId.ShouldBe("");
    }

    [Test]
    public void CreateSimpleJobPreemptedEvent_NoMetadata_NamesUnnamedPod()
    {
        var pod = Builder().Build();
        pod.Metadata = null;

        var error = Should.Throw<EventCreationException>(() => Factory().CreateSimpleJobPreemptedEvent(pod));

        error.Message.ShouldStartWith("job id label armada_job_id not found on pod (unnamed). ");
    }
}
