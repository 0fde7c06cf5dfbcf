using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Tests.Support;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Failures;

[TestFixture]
public class PodFailureCauseTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new PodBuilder().PodReason("Evicted").Build(), KubernetesReason.Evicted)
            .SetName("ExtractPodFailureCause_Evicted_Evicted");
        yield return new TestCaseData(new PodBuilder().PodReason("DeadlineExceeded").Build(), KubernetesReason.DeadlineExceeded)
            .SetName("ExtractPodFailureCause_DeadlineExceeded_DeadlineExceeded");
        yield return new TestCaseData(new PodBuilder().PodReason("Evicted").Terminated("main", 137, "OOMKilled").Build(), KubernetesReason.Evicted)
            .SetName("ExtractPodFailureCause_EvictedAndOom_PodReasonWins");
        yield return new TestCaseData(new PodBuilder().PodReason("DeadlineExceeded").Terminated("main", 137, "OOMKilled").Build(), KubernetesReason.DeadlineExceeded)
            .SetName("ExtractPodFailureCause_DeadlineAndOom_PodReasonWins");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 137, "OOMKilled").Build(), KubernetesReason.Oom)
            .SetName("ExtractPodFailureCause_OomKilled_Oom");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 0, "OOMKilled").Build(), KubernetesReason.Oom)
            .SetName("ExtractPodFailureCause_OomKilledExitZero_Oom");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 1, "Error").InitTerminated("init", 137, "OOMKilled").Build(), KubernetesReason.Oom)
            .SetName("ExtractPodFailureCause_OomKilledInit_Oom");
        yield return new TestCaseData(new PodBuilder().Phase("Running").RunningAfterFailure("main", 137, "OOMKilled").Build(), KubernetesReason.AppError)
            .SetName("ExtractPodFailureCause_OomOnlyInLastState_AppError");
        yield return new TestCaseData(new PodBuilder().PodReason("OOMKilled").Build(), KubernetesReason.AppError)
            .SetName("ExtractPodFailureCause_PodReasonOomKilled_AppError");
        yield return new TestCaseData(new PodBuilder().PodReason("evicted").Build(), KubernetesReason.AppError)
            .SetName("ExtractPodFailureCause_LowerCaseEvicted_AppError");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 1, "Error").Build(), KubernetesReason.AppError)
            .SetName("ExtractPodFailureCause_PlainFailure_AppError");
    }

    [TestCaseSource(nameof(Cases))]
    public void ExtractPodFailureCause_Pod_ReturnsExpected(V1Pod pod, KubernetesReason expected) =>
        PodFailures.ExtractPodFailureCause(pod).ShouldBe(expected);

    [Test]
    public void ExtractPodFailureCause_NullStatus_AppError()
    {
        var pod = new PodBuilder().Build();
        pod.Status = null;

        PodFailures.ExtractPodFailureCause(pod).ShouldBe(KubernetesReason.AppError);
    }
}
