using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Tests.Support;
using ArmadaProject.Io.ArmadaEvents;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Failures;

[TestFixture]
public class ContainerStatusHelpersTests
{
    private static ContainerError Expected(string name, int exitCode, string message, string reason, KubernetesReason kubernetesReason) => new()
    {
        ObjectMeta = new ObjectMeta { ExecutorId = "cluster-1", Namespace = "jobs", Name = name },
        ExitCode = exitCode,
        Message = message,
        Reason = reason,
        KubernetesReason = kubernetesReason,
    };

    [Test]
    public void ExtractFailedPodContainerStatuses_MixedContainers_EveryTerminatedInOrder()
    {
        var pod = new PodBuilder()
            .Named("job-pod", "jobs")
            .Terminated("main", 137, "OOMKilled", "killed")
            .Waiting("waiting", "CrashLoopBackOff")
            .RunningAfterFailure("restarted", 1, "Error")
            .Terminated("sidecar", 0, "Completed")
            .InitTerminated("setup", 0, "Completed", "ready")
            .Build();

        var errors = PodFailures.ExtractFailedPodContainerStatuses(pod, "cluster-1");

        errors.Count.ShouldBe(3);
        errors[0].ShouldBe(Expected("main", 137, "killed", "OOMKilled", KubernetesReason.Oom));
        errors[1].ShouldBe(Expected("sidecar", 0, "", "Completed", KubernetesReason.AppError));
        errors[2].ShouldBe(Expected("setup", 0, "ready", "Completed", KubernetesReason.AppError));
    }

    [Test]
    public void ExtractFailedPodContainerStatuses_ObjectMeta_HasNoKubernetesId()
    {
        var pod = new PodBuilder().Named("job-pod", "jobs").Terminated("main", 1, "Error").Build();

        var meta = PodFailures.ExtractFailedPodContainerStatuses(pod, "cluster-1")[0].ObjectMeta;

        meta.KubernetesId.ShouldBe("");
        meta.Name.ShouldBe("main");
        meta.Namespace.ShouldBe("jobs");
        meta.ExecutorId.ShouldBe("cluster-1");
    }

    [Test]
    public void ExtractFailedPodContainerStatuses_NoTerminated_EmptyList()
    {
        var pod = new PodBuilder().Phase("Pending").Waiting("main", "ContainerCreating").Build();

        PodFailures.ExtractFailedPodContainerStatuses(pod, "cluster-1").ShouldBeEmpty();
    }

    [Test]
    public void ExtractFailedPodContainerStatuses_NullClusterId_Throws()
    {
        var error = Should.Throw<ArgumentNullException>(() => PodFailures.ExtractFailedPodContainerStatuses(new PodBuilder().Build(), null!));

        error.ParamName.ShouldBe("clusterId");
    }

    [Test]
    public void ExtractPodExitCodes_MixedContainers_EveryTerminated()
    {
        var pod = new PodBuilder()
            .Terminated("main", 2, "Error")
            .Terminated("sidecar", 0, "Completed")
            .Waiting("waiting", "CrashLoopBackOff")
            .InitTerminated("setup", 0, "Completed")
            .Build();

        var exitCodes = PodFailures.ExtractPodExitCodes(pod);

        exitCodes.Count.ShouldBe(3);
        exitCodes["main"].ShouldBe(2);
        exitCodes["sidecar"].ShouldBe(0);
        exitCodes["setup"].ShouldBe(0);
    }

    [Test]
    public void ExtractPodExitCodes_InitSharesName_InitOverwrites()
    {
        var pod = new PodBuilder().Terminated("same", 1, "Error").InitTerminated("same", 0, "Completed").Build();

        var exitCodes = PodFailures.ExtractPodExitCodes(pod);

        exitCodes.Count.ShouldBe(1);
        exitCodes["same"].ShouldBe(0);
    }
}
