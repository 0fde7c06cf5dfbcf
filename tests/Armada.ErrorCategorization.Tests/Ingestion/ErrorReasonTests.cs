using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class ErrorReasonTests
{
    private static readonly TestCaseData[] LeftOutCases =
    [
        new TestCaseData(2, null, (int)ErrorReasonKind.KubernetesError, "").SetName("Of_KubernetesError_Found"),
        new TestCaseData(3, null, (int)ErrorReasonKind.ContainerError, "").SetName("Of_ContainerError_Found"),
        new TestCaseData(4, null, (int)ErrorReasonKind.ExecutorError, "").SetName("Of_ExecutorError_Found"),
        new TestCaseData(6, null, (int)ErrorReasonKind.LeaseExpired, "").SetName("Of_LeaseExpired_Found"),
        new TestCaseData(7, "too many runs", (int)ErrorReasonKind.MaxRunsExceeded, "too many runs").SetName("Of_MaxRunsExceeded_FoundWithMessage"),
        new TestCaseData(11, null, (int)ErrorReasonKind.JobRunPreemptedError, "").SetName("Of_JobRunPreemptedError_Found"),
        new TestCaseData(12, "gang incomplete", (int)ErrorReasonKind.GangJobUnschedulable, "gang incomplete").SetName("Of_GangJobUnschedulable_FoundWithMessage"),
        new TestCaseData(13, "bad spec", (int)ErrorReasonKind.JobRejected, "bad spec").SetName("Of_JobRejected_FoundWithMessage"),
        new TestCaseData(14, "pod vanished", (int)ErrorReasonKind.ReconciliationError, "pod vanished").SetName("Of_ReconciliationError_FoundWithMessage"),
        new TestCaseData(7, null, (int)ErrorReasonKind.MaxRunsExceeded, "").SetName("Of_MaxRunsExceededWithoutMessage_EmptyMessage"),
        new TestCaseData(11, "ignored", (int)ErrorReasonKind.JobRunPreemptedError, "").SetName("Of_PreemptedWithField1_MessageNotRead"),
        new TestCaseData(16, "future", (int)ErrorReasonKind.None, "").SetName("Of_FieldNumberUnknownToArmada_None"),
        new TestCaseData(5, "removed", (int)ErrorReasonKind.None, "").SetName("Of_ReservedFieldNumber_None"),
    ];

    [TestCaseSource(nameof(LeftOutCases))]
    public void Of_LeftOutReason(int fieldNumber, string? message, int expectedKind, string expectedMessage)
    {
        var reason = ErrorReason.Of(ArmadaErrors.WithLeftOutReason(fieldNumber, message));

        Assert.Multiple(() =>
        {
            reason.Kind.ShouldBe((ErrorReasonKind)expectedKind);
            reason.Message.ShouldBe(expectedMessage);
        });
    }

    [Test]
    public void Of_PodError_KindAndMessage()
    {
        var reason = ErrorReason.Of(ArmadaErrors.PodError());

        reason.ShouldBe(new ErrorReason(ErrorReasonKind.PodError, "pod failed: container main exited with 137"));
    }

    [Test]
    public void Of_PodLeaseReturned_KindAndMessage()
    {
        var reason = ErrorReason.Of(ArmadaErrors.PodLeaseReturned());

        reason.ShouldBe(new ErrorReason(ErrorReasonKind.PodLeaseReturned, "lease returned: node drained"));
    }

    [Test]
    public void Of_NoReason_None()
    {
        ErrorReason.Of(new Error { Terminal = true }).ShouldBe(new ErrorReason(ErrorReasonKind.None, ""));
    }

    [Test]
    public void Of_TwoLeftOutMembers_LastOnWireWins()
    {
        var first = new Error { Terminal = true }.ToByteArray();
        var bytes = first
            .Concat(ArmadaErrors.Field(ArmadaErrors.JobRejected, ArmadaErrors.Field(1, "rejected"u8.ToArray())))
            .Concat(ArmadaErrors.Field(ArmadaErrors.MaxRunsExceeded, ArmadaErrors.Field(1, "max runs"u8.ToArray())))
            .ToArray();

        var reason = ErrorReason.Of(Error.Parser.ParseFrom(bytes));

        reason.ShouldBe(new ErrorReason(ErrorReasonKind.MaxRunsExceeded, "max runs"));
    }

    [Test]
    public void Of_MalformedReasonBody_KindWithEmptyMessage()
    {
        // A varint tag that never ends: not a valid message.
        var error = ArmadaErrors.WithRawReason(ArmadaErrors.JobRejected, [0xFF, 0xFF, 0xFF]);

        ErrorReason.Of(error).ShouldBe(new ErrorReason(ErrorReasonKind.JobRejected, ""));
    }

    [Test]
    public void Of_ReasonWithFailureInfo_BothParsed()
    {
        var error = ArmadaErrors.WithLeftOutReason(ArmadaErrors.ReconciliationError, "gone", failureInfo: ArmadaErrors.FailureInfo(1, "m", "c", "x"));

        Assert.Multiple(() =>
        {
            ErrorReason.Of(error).Kind.ShouldBe(ErrorReasonKind.ReconciliationError);
            error.FailureInfo.Categories.ShouldBe(["x"]);
        });
    }
}
