using Armada.ErrorCategorization.Failures;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Failures;

[TestFixture]
public class PodFailuresNullPodTests
{
    private static IEnumerable<TestCaseData> Helpers()
    {
        yield return new TestCaseData(new Action(() => PodFailures.ExtractPodFailedReason(null!)))
            .SetName("ExtractPodFailedReason_NullPod_ArgumentNull");
        yield return new TestCaseData(new Action(() => PodFailures.ExtractPodFailureCause(null!)))
            .SetName("ExtractPodFailureCause_NullPod_ArgumentNull");
        yield return new TestCaseData(new Action(() => PodFailures.ExtractFailedPodContainerStatuses(null!, "cluster")))
            .SetName("ExtractFailedPodContainerStatuses_NullPod_ArgumentNull");
        yield return new TestCaseData(new Action(() => PodFailures.ExtractPodExitCodes(null!)))
            .SetName("ExtractPodExitCodes_NullPod_ArgumentNull");
    }

    [TestCaseSource(nameof(Helpers))]
    public void Helper_NullPod_ThrowsArgumentNull(Action call)
    {
        var error = Should.Throw<ArgumentNullException>(call);

        error.ParamName.ShouldBe("pod");
    }
}
