using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Tests.Support;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Failures;

[TestFixture]
public class ExtractFailureInfoTests
{
    /// <summary>Cases with a failed container: pod, then the expected exit code, termination message and container name.</summary>
    private static IEnumerable<TestCaseData> FailedContainerCases()
    {
        yield return new TestCaseData(new PodBuilder().Terminated("main", 1, "Error", "boom").Build(), 1, "boom", "main")
            .SetName("ExtractFailureInfo_OneFailedContainer_CopiesIt");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 137, "OOMKilled").Build(), 137, "", "main")
            .SetName("ExtractFailureInfo_NullMessage_EmptyTerminationMessage");
        yield return new TestCaseData(new PodBuilder().Terminated("main", -1, "Error", "signal").Build(), -1, "signal", "main")
            .SetName("ExtractFailureInfo_NegativeExitCode_CopiesIt");
        yield return new TestCaseData(
                new PodBuilder().Terminated("sidecar", 0, "Completed", "ok").Terminated("main", 2, "Error", "bad args").Build(), 2, "bad args", "main")
            .SetName("ExtractFailureInfo_ExitZeroBeforeFailure_SkipsExitZero");
        yield return new TestCaseData(
                new PodBuilder().Terminated("first", 3, "Error", "one").Terminated("second", 4, "Error", "two").Build(), 3, "one", "first")
            .SetName("ExtractFailureInfo_TwoFailedContainers_TakesFirst");
        yield return new TestCaseData(new PodBuilder().InitTerminated("setup", 5, "Error", "init failed").Build(), 5, "init failed", "setup")
            .SetName("ExtractFailureInfo_OnlyInitFailed_TakesInit");
        yield return new TestCaseData(
                new PodBuilder().InitTerminated("setup", 5, "Error", "init failed").Terminated("main", 6, "Error", "main failed").Build(),
                6, "main failed", "main")
            .SetName("ExtractFailureInfo_RegularAndInitFailed_PrefersRegular");
        yield return new TestCaseData(
                new PodBuilder().RunningAfterFailure("main", 1, "Error", "old").InitTerminated("setup", 7, "Error", "now").Build(), 7, "now", "setup")
            .SetName("ExtractFailureInfo_FailureOnlyInLastState_Ignored");
    }

    [TestCaseSource(nameof(FailedContainerCases))]
    public void ExtractFailureInfo_FailedContainer_FillsContainerFields(V1Pod pod, int exitCode, string message, string containerName)
    {
        var info = PodFailures.ExtractFailureInfo(pod, ["category"]);

        info.HasFailedContainer.ShouldBeTrue();
        info.HasExitCode.ShouldBeTrue();
        info.ExitCode.ShouldBe(exitCode);
        info.TerminationMessage.ShouldBe(message);
        info.ContainerName.ShouldBe(containerName);
        info.Categories.ShouldBe(["category"]);
    }

    private static IEnumerable<TestCaseData> NoFailedContainerCases()
    {
        yield return new TestCaseData(new PodBuilder().Build()).SetName("ExtractFailureInfo_NoContainers_NoContainerData");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 0, "Completed", "done").Build())
            .SetName("ExtractFailureInfo_OnlyExitZero_NoContainerData");
        yield return new TestCaseData(new PodBuilder().Terminated("main", 0, "OOMKilled").Build())
            .SetName("ExtractFailureInfo_OomKilledExitZero_NoContainerData");
        yield return new TestCaseData(new PodBuilder().Phase("Running").RunningAfterFailure("main", 1, "Error", "old").Build())
            .SetName("ExtractFailureInfo_RunningAfterFailure_NoContainerData");
        yield return new TestCaseData(new PodBuilder().Phase("Pending").Waiting("main", "ImagePullBackOff", "pull failed").Build())
            .SetName("ExtractFailureInfo_WaitingContainer_NoContainerData");
    }

    [TestCaseSource(nameof(NoFailedContainerCases))]
    public void ExtractFailureInfo_NoFailedContainer_LeavesDefaults(V1Pod pod)
    {
        var info = PodFailures.ExtractFailureInfo(pod, ["pod-level"]);

        info.HasFailedContainer.ShouldBeFalse();
        info.HasExitCode.ShouldBeFalse();
        info.ExitCode.ShouldBe(0);
        info.TerminationMessage.ShouldBe("");
        info.ContainerName.ShouldBe("");
        info.Categories.ShouldBe(["pod-level"]);
    }

    [Test]
    public void ExtractFailureInfo_NullPod_EmptyWithCategories()
    {
        var info = PodFailures.ExtractFailureInfo(null, ["a", "b"]);

        info.HasFailedContainer.ShouldBeFalse();
        info.ExitCode.ShouldBe(0);
        info.TerminationMessage.ShouldBe("");
        info.ContainerName.ShouldBe("");
        info.Categories.ShouldBe(["a", "b"]);
    }

    [Test]
    public void ExtractFailureInfo_NullStatus_NoContainerData()
    {
        var pod = new PodBuilder().Terminated("main", 1).Build();
        pod.Status = null;

        var info = PodFailures.ExtractFailureInfo(pod, null);

        info.HasFailedContainer.ShouldBeFalse();
        info.ContainerName.ShouldBe("");
    }

    [Test]
    public void ExtractFailureInfo_NullStatusEntry_Skipped()
    {
        var pod = new PodBuilder().Terminated("main", 9, "Error", "m").Build();
        pod.Status.ContainerStatuses.Insert(0, null!);

        var info = PodFailures.ExtractFailureInfo(pod, null);

        info.ExitCode.ShouldBe(9);
        info.ContainerName.ShouldBe("main");
    }

    [Test]
    public void ExtractFailureInfo_NullCategories_NoCategories()
    {
        var info = PodFailures.ExtractFailureInfo(new PodBuilder().Terminated("main", 1).Build(), null);

        info.Categories.ShouldBeEmpty();
    }

    [Test]
    public void ExtractFailureInfo_Categories_CopiedInOrder()
    {
        var info = PodFailures.ExtractFailureInfo(new PodBuilder().Build(), ["zeta", "alpha", "mid"]);

        info.Categories.ShouldBe(["zeta", "alpha", "mid"]);
    }

    [Test]
    public void ExtractFailureInfo_NullCategoryEntry_ThrowsNamingIndex()
    {
        var error = Should.Throw<ArgumentException>(() => PodFailures.ExtractFailureInfo(null, ["ok", null!]));

        error.ParamName.ShouldBe("categories");
        error.Message.ShouldStartWith("categories[1] is null.");
    }

    [Test]
    public void ExtractFailureInfo_TerminatedReason_NotCopied()
    {
        var info = PodFailures.ExtractFailureInfo(new PodBuilder().Terminated("main", 137, "OOMKilled", "killed").Build(), null);

        // FailureInfo has no reason field: the whole message equals one built from the other fields.
        info.ShouldBe(new FailureInfo { ExitCode = 137, TerminationMessage = "killed", ContainerName = "main" });
    }

    [Test]
    public void ExtractFailureInfo_NullContainerName_EmptyName()
    {
        var pod = new PodBuilder().Terminated("main", 1).Build();
        pod.Status.ContainerStatuses[0].Name = null;

        var info = PodFailures.ExtractFailureInfo(pod, null);

        info.ContainerName.ShouldBe("");
        info.ExitCode.ShouldBe(1);
    }
}
