using Armada.ErrorCategorization.Cli.Reporting;
using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Tests.Support;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>The one-line reason the table shows for a pod, picked from the most specific field that is set.</summary>
[TestFixture]
public class PodSummaryTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new PodBuilder().Terminated("main", 1, "Error", "boom").PodReason("Evicted", "node pressure").Build(), "boom")
            .SetName("Summary_TerminationMessage_WinsOverPodMessage");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 137, "Error").PodReason("Evicted", "node pressure").Build(), "node pressure")
            .SetName("Summary_PodMessage_WinsOverReason");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 137, "OOMKilled").Build(), "OOMKilled")
            .SetName("Summary_TerminatedReason_WhenNotGeneric");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 134, "Error").Build(), "exit code 134: killed by SIGABRT")
            .SetName("Summary_SignalExitCode_NamesSignal");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 200, "Error").Build(), null)
            .SetName("Summary_UnknownSignal_IsNull");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 1, "Error").Build(), null)
            .SetName("Summary_GenericErrorWithoutMessage_IsNull");
        yield return new TestCaseData(new PodBuilder().PodReason("UnexpectedAdmissionError").Build(), "UnexpectedAdmissionError")
            .SetName("Summary_PodReasonOnly_IsReason");
        yield return new TestCaseData(new PodBuilder().Phase("Pending").Waiting("main", "ErrImagePull").Build(), "main: ErrImagePull")
            .SetName("Summary_WaitingContainer_NamesContainerAndReason");
        yield return new TestCaseData(new V1Pod(), null)
            .SetName("Summary_EmptyPod_IsNull");
    }

    [TestCaseSource(nameof(Cases))]
    public void Summary_Pod_PicksMessage(V1Pod pod, string? expected)
    {
        PodSummary.Describe(pod, PodFailures.ExtractFailureInfo(pod, null)).ShouldBe(expected);
    }
}
