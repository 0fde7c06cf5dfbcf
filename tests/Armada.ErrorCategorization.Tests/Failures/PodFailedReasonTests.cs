using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Tests.Support;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Failures;

[TestFixture]
public class PodFailedReasonTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(
                new PodBuilder().PodReason("Evicted", "The node was low on resource: memory.").Terminated("main", 137, "Error", "x").Build(),
                "The node was low on resource: memory.")
            .SetName("ExtractPodFailedReason_StatusMessage_ReturnedAlone");
        yield return new TestCaseData(
                new PodBuilder().Terminated("main", 1, "Error", "boom").Build(),
                "Container main failed with exit code 1 because Error: boom\n")
            .SetName("ExtractPodFailedReason_OneFailedContainer_OneLineWithNewline");
        yield return new TestCaseData(
                new PodBuilder().Terminated("main", 2).Build(),
                "Container main failed with exit code 2 because : \n")
            .SetName("ExtractPodFailedReason_EmptyReasonAndMessage_KeepsSeparators");
        yield return new TestCaseData(
                new PodBuilder().Terminated("a", 1, "Error", "one").Terminated("ok", 0, "Completed", "fine").InitTerminated("init", 3, "Error", "three").Build(),
                "Container a failed with exit code 1 because Error: one\nContainer init failed with exit code 3 because Error: three\n")
            .SetName("ExtractPodFailedReason_RegularThenInit_SkipsExitZero");
        yield return new TestCaseData(
                new PodBuilder().Terminated("ok", 0, "Completed").Build(), "")
            .SetName("ExtractPodFailedReason_NoFailedContainer_Empty");
        yield return new TestCaseData(
                new PodBuilder().Phase("Running").RunningAfterFailure("main", 1, "Error", "old").Build(), "")
            .SetName("ExtractPodFailedReason_FailureOnlyInLastState_Empty");
        yield return new TestCaseData(
                new PodBuilder().PodReason("DeadlineExceeded", "").Terminated("main", 1, "Error", "m").Build(),
                "Container main failed with exit code 1 because Error: m\n")
            .SetName("ExtractPodFailedReason_EmptyStatusMessage_UsesContainers");
    }

    [TestCaseSource(nameof(Cases))]
    public void ExtractPodFailedReason_Pod_ReturnsExpected(V1Pod pod, string expected) =>
        PodFailures.ExtractPodFailedReason(pod).ShouldBe(expected);

    [Test]
    public void ExtractPodFailedReason_NullStatus_Empty()
    {
        var pod = new PodBuilder().Build();
        pod.Status = null;

        PodFailures.ExtractPodFailedReason(pod).ShouldBe("");
    }
}
