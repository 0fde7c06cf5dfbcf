using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Events;
using ArmadaProject.Io.ArmadaEvents;
using Shouldly;
using static Armada.ErrorCategorization.Tests.Events.ManagedPod;

namespace Armada.ErrorCategorization.Tests.Events;

[TestFixture]
public class CreateEventForCurrentStateTests
{
    private static readonly Classifier OomClassifier = new(
    [
        new CategoryConfig { Name = "oom-failure", Rules = [new CategoryRule { OnConditions = ["OOMKilled"] }] },
        new CategoryConfig { Name = "evicted", Rules = [new CategoryRule { OnConditions = ["Evicted"] }] },
    ]);

    [Test]
    public void CreateEventForCurrentState_Pending_JobRunAssignedWithoutNode()
    {
        var pod = Builder("Pending").Build();

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, OomClassifier);

        var assigned = new JobRunAssigned { JobId = JobId, RunId = RunId, Pool = Pool };
        assigned.ResourceInfos.Add(new KubernetesResourceInfo { ObjectMeta = PodMeta, PodInfo = new PodInfo { PodNumber = PodNumber } });
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { JobRunAssigned = assigned }));
        sequence.Events[0].JobRunAssigned.ResourceInfos[0].PodInfo.NodeName.ShouldBe("");
    }

    [Test]
    public void CreateEventForCurrentState_Running_JobRunRunningWithNode()
    {
        var pod = Builder("Running").Build();

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, OomClassifier);

        var running = new JobRunRunning { JobId = JobId, RunId = RunId, Pool = Pool };
        running.ResourceInfos.Add(new KubernetesResourceInfo
        {
            ObjectMeta = PodMeta,
            PodInfo = new PodInfo { NodeName = NodeName, PodNumber = PodNumber },
        });
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { JobRunRunning = running }));
    }

    [Test]
    public void CreateEventForCurrentState_Succeeded_JobRunSucceededWithoutPool()
    {
        var pod = Builder("Succeeded").Terminated("main", 0, "Completed").Build();

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, OomClassifier);

        var succeeded = new JobRunSucceeded { JobId = JobId, RunId = RunId };
        succeeded.ResourceInfos.Add(new KubernetesResourceInfo
        {
            ObjectMeta = PodMeta,
            PodInfo = new PodInfo { NodeName = NodeName, PodNumber = PodNumber },
        });
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { JobRunSucceeded = succeeded }));
    }

    [Test]
    public void CreateEventForCurrentState_Failed_JobRunErrorsWithFailureInfo()
    {
        var pod = Builder("Failed")
            .Terminated("main", 137, "OOMKilled", "out of memory")
            .Terminated("sidecar", 0, "Completed")
            .Build();

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, OomClassifier);

        var podError = new PodError
        {
            ObjectMeta = PodMeta,
            Message = "Container main failed with exit code 137 because OOMKilled: out of memory\n",
            NodeName = NodeName,
            PodNumber = PodNumber,
            KubernetesReason = KubernetesReason.Oom,
            DebugMessage = "",
            ContainerErrors =
            {
                ContainerErrorOf("main", 137, "out of memory", "OOMKilled", KubernetesReason.Oom),
                ContainerErrorOf("sidecar", 0, "", "Completed", KubernetesReason.AppError),
            },
        };
        var failureInfo = new FailureInfo { ExitCode = 137, TerminationMessage = "out of memory", ContainerName = "main", Categories = { "oom-failure" } };
        var expected = new JobRunErrors { JobId = JobId, RunId = RunId, Errors = { new Error { Terminal = true, PodError = podError, FailureInfo = failureInfo } } };
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { JobRunErrors = expected }));
    }

    [Test]
    public void CreateEventForCurrentState_FailedNullClassifier_FailureInfoWithoutCategories()
    {
        var pod = Builder("Failed").Terminated("main", 137, "OOMKilled", "out of memory").Build();

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, null);

        var error = sequence.Events[0].JobRunErrors.Errors[0];
        error.FailureInfo.ShouldNotBeNull();
        error.FailureInfo.ShouldBe(new FailureInfo { ExitCode = 137, TerminationMessage = "out of memory", ContainerName = "main" });
    }

    [Test]
    public void CreateEventForCurrentState_FailedWithoutFailedContainer_FailureInfoWithoutContainer()
    {
        var pod = Builder("Failed").PodReason("Evicted", "The node was low on resource: memory.").Build();

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, OomClassifier);

        var error = sequence.Events[0].JobRunErrors.Errors[0];
        error.PodError.Message.ShouldBe("The node was low on resource: memory.");
        error.PodError.KubernetesReason.ShouldBe(KubernetesReason.Evicted);
        error.PodError.ContainerErrors.ShouldBeEmpty();
        error.FailureInfo.HasFailedContainer.ShouldBeFalse();
        error.FailureInfo.Categories.ShouldBe(["evicted"]);
    }

    [TestCase("Unknown", TestName = "CreateEventForCurrentState_UnknownPhase_Throws")]
    [TestCase("", TestName = "CreateEventForCurrentState_EmptyPhase_Throws")]
    [TestCase(null, TestName = "CreateEventForCurrentState_NullPhase_Throws")]
    [TestCase("failed", TestName = "CreateEventForCurrentState_LowerCasePhase_Throws")]
    public void CreateEventForCurrentState_PhaseWithoutEvent_Throws(string? phase)
    {
        var pod = Builder().Phase(phase).Build();

        var error = Should.Throw<EventCreationException>(() => Factory().CreateEventForCurrentState(pod, ClusterId, null));

        error.Message.ShouldBe(
            $"could not determine job status from pod {Namespace}/{Name} in phase '{phase}'. " +
            "Only the phases Pending, Running, Succeeded and Failed have an event, so report the pod once it is in one of them.");
    }

    [Test]
    public void CreateEventForCurrentState_IdsCheckedBeforePhase_JobIdError()
    {
        var pod = Builder("Unknown").Build();
        pod.Metadata.Labels.Remove(PodMetadataKeys.JobId);

        var error = Should.Throw<EventCreationException>(() => Factory().CreateEventForCurrentState(pod, ClusterId, null));

        error.Message.ShouldStartWith("job id label armada_job_id not found");
    }

    [Test]
    public void CreateEventForCurrentState_MissingQueueAndJobSet_EmptyOnSequence()
    {
        var pod = Builder("Running").Build();
        pod.Metadata.Labels.Remove(PodMetadataKeys.Queue);
        pod.Metadata.Annotations.Remove(PodMetadataKeys.JobSetId);
        pod.Metadata.Annotations.Remove(PodMetadataKeys.Pool);

        var sequence = Factory().CreateEventForCurrentState(pod, ClusterId, null);

        sequence.Queue.ShouldBe("");
        sequence.JobSetName.ShouldBe("");
        sequence.UserId.ShouldBe("");
        sequence.Groups.ShouldBeEmpty();
        sequence.Events[0].JobRunRunning.Pool.ShouldBe("");
    }

    [Test]
    public void CreateEventForCurrentState_NullClusterId_Throws()
    {
        var error = Should.Throw<ArgumentNullException>(() => Factory().CreateEventForCurrentState(Builder().Build(), null!, null));

        error.ParamName.ShouldBe("clusterId");
    }

    private static ContainerError ContainerErrorOf(string name, int exitCode, string message, string reason, KubernetesReason kubernetesReason) => new()
    {
        ObjectMeta = new ObjectMeta { ExecutorId = ClusterId, Namespace = Namespace, Name = name },
        ExitCode = exitCode,
        Message = message,
        Reason = reason,
        KubernetesReason = kubernetesReason,
    };
}
