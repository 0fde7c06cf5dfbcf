using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class JobRunErrorsConverterTests
{
    private static readonly DateTimeOffset EventTime = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private static JobRunErrors Errors(params Error[] errors)
    {
        var jobRunErrors = new JobRunErrors { JobId = "job-1", RunId = "run-1" };
        jobRunErrors.Errors.AddRange(errors);
        return jobRunErrors;
    }

    [Test]
    public void ToRunUpdate_TerminalPodError_EveryField()
    {
        var error = ArmadaErrors.PodError(
            terminal: true,
            ArmadaErrors.FailureInfo(137, "Killed", "main", "oom"),
            ArmadaErrors.ContainerError("sidecar", 0),
            ArmadaErrors.ContainerError("main", 137),
            ArmadaErrors.ContainerError("init", 1));

        var update = JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!;

        Assert.Multiple(() =>
        {
            update.RunId.ShouldBe("run-1");
            update.JobId.ShouldBe("job-1");
            update.State.ShouldBe(LookoutJobRunState.Failed);
            update.Finished.ShouldBe(EventTime);
            update.Node.ShouldBe("node-7");
            update.Error.ShouldBe("pod failed: container main exited with 137");
            update.Debug.ShouldBe("debug details");
            update.ExitCode.ShouldBe(137);
            update.FailureInfoJson.ShouldBe("""{"categories":["oom"],"containerName":"main","exitCode":137,"terminationMessage":"Killed"}""");
        });
    }

    [Test]
    public void ToRunUpdate_NonTerminal_NoFailureInfo()
    {
        var error = ArmadaErrors.PodError(terminal: false, ArmadaErrors.FailureInfo(1, "m", "main", "user_error"), ArmadaErrors.ContainerError("main", 1));

        var update = JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!;

        Assert.Multiple(() =>
        {
            update.State.ShouldBe(LookoutJobRunState.Failed);
            update.Finished.ShouldBeNull();
            update.FailureInfoJson.ShouldBeNull();
            update.ExitCode.ShouldBe(1);
        });
    }

    [Test]
    public void ToRunUpdate_NoFailureInfo_NoneStored()
    {
        var update = JobRunErrorsConverter.ToRunUpdate(Errors(ArmadaErrors.PodError(terminal: true, failureInfo: null)), EventTime)!;

        update.FailureInfoJson.ShouldBeNull();
    }

    [Test]
    public void ToRunUpdate_EmptyFailureInfo_NoneStored()
    {
        var update = JobRunErrorsConverter.ToRunUpdate(Errors(ArmadaErrors.PodError(terminal: true, new FailureInfo())), EventTime)!;

        update.FailureInfoJson.ShouldBeNull();
    }

    [Test]
    public void ToRunUpdate_AllExitCodesZero_Zero()
    {
        var error = ArmadaErrors.PodError(true, null, ArmadaErrors.ContainerError("main", 0));

        JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!.ExitCode.ShouldBe(0);
    }

    [Test]
    public void ToRunUpdate_NegativeContainerExitCode_Taken()
    {
        var error = ArmadaErrors.PodError(true, null, ArmadaErrors.ContainerError("main", -1), ArmadaErrors.ContainerError("b", 2));

        JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!.ExitCode.ShouldBe(-1);
    }

    [Test]
    public void ToRunUpdate_NulInNodeName_Removed()
    {
        var error = ArmadaErrors.PodError();
        error.PodError.NodeName = "node\0-7";

        JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!.Node.ShouldBe("node-7");
    }

    [Test]
    public void ToRunUpdate_EmptyNodeName_NodeNull()
    {
        var error = ArmadaErrors.PodError();
        error.PodError.NodeName = "";

        JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!.Node.ShouldBeNull();
    }

    [Test]
    public void ToRunUpdate_LongNodeName_CutTo512Bytes()
    {
        var error = ArmadaErrors.PodError();
        error.PodError.NodeName = new string('n', 511) + "\u00E9xyz";

        JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!.Node.ShouldBe(new string('n', 511));
    }

    [Test]
    public void ToRunUpdate_PodLeaseReturned_LeaseReturnedWithMessages()
    {
        var update = JobRunErrorsConverter.ToRunUpdate(Errors(ArmadaErrors.PodLeaseReturned()), EventTime)!;

        Assert.Multiple(() =>
        {
            update.State.ShouldBe(LookoutJobRunState.LeaseReturned);
            update.Finished.ShouldBeNull();
            update.Error.ShouldBe("lease returned: node drained");
            update.Debug.ShouldBe("returned debug");
            update.Node.ShouldBeNull();
            update.ExitCode.ShouldBeNull();
            update.FailureInfoJson.ShouldBeNull();
        });
    }

    [Test]
    public void ToRunUpdate_TerminalLeaseReturnWithFailureInfo_FailureInfoStored()
    {
        var error = ArmadaErrors.PodLeaseReturned(terminal: true, ArmadaErrors.FailureInfo(2, "", "", "infra"));

        var update = JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!;

        Assert.Multiple(() =>
        {
            update.Finished.ShouldBe(EventTime);
            update.FailureInfoJson.ShouldBe("""{"categories":["infra"],"exitCode":2}""");
        });
    }

    private static readonly FailureInfo OtherReasonFailureInfo = ArmadaErrors.FailureInfo(3, "msg", "c");

    private static readonly TestCaseData[] OtherReasonCases =
    [
        new TestCaseData(OtherReason(Error.ReasonOneofCase.LeaseExpired), (int)LookoutJobRunState.LeaseExpired, "Lease expired").SetName("ToRunUpdate_LeaseExpired_LeaseExpiredState"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.ReconciliationError, "pod vanished"), (int)LookoutJobRunState.Failed, "pod vanished").SetName("ToRunUpdate_ReconciliationError_FailedWithMessage"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.MaxRunsExceeded, "too many"), (int)LookoutJobRunState.Failed, "Unknown error").SetName("ToRunUpdate_MaxRunsExceeded_UnknownError"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.KubernetesError), (int)LookoutJobRunState.Failed, "Unknown error").SetName("ToRunUpdate_KubernetesError_UnknownError"),
        new TestCaseData(
            ArmadaErrors.WithRawReason(16, ArmadaErrors.Field(1, "future"u8.ToArray()), terminal: true, OtherReasonFailureInfo),
            (int)LookoutJobRunState.Failed,
            "Unknown error").SetName("ToRunUpdate_FutureReason_UnknownError"),
    ];

    private static Error OtherReason(Error.ReasonOneofCase reason, string? message = null) =>
        ArmadaErrors.WithReason(reason, message, terminal: true, OtherReasonFailureInfo);

    [TestCaseSource(nameof(OtherReasonCases))]
    public void ToRunUpdate_OtherReason(Error error, int expectedState, string expectedError)
    {
        var update = JobRunErrorsConverter.ToRunUpdate(Errors(error), EventTime)!;

        Assert.Multiple(() =>
        {
            update.State.ShouldBe((LookoutJobRunState)expectedState);
            update.Error.ShouldBe(expectedError);
            update.Finished.ShouldBe(EventTime);
            update.Debug.ShouldBeNull();
            update.Node.ShouldBeNull();
            update.ExitCode.ShouldBeNull();
            update.FailureInfoJson.ShouldBe("""{"containerName":"c","exitCode":3,"terminationMessage":"msg"}""");
        });
    }

    [Test]
    public void ToRunUpdate_NoReason_UnknownError()
    {
        var update = JobRunErrorsConverter.ToRunUpdate(Errors(new Error { Terminal = false }), EventTime)!;

        Assert.Multiple(() =>
        {
            update.State.ShouldBe(LookoutJobRunState.Failed);
            update.Error.ShouldBe("Unknown error");
            update.Finished.ShouldBeNull();
        });
    }

    [Test]
    public void ToRunUpdate_PreemptedFirst_SkippedForNextError()
    {
        var preempted = ArmadaErrors.WithReason(Error.ReasonOneofCase.JobRunPreemptedError, failureInfo: ArmadaErrors.FailureInfo(9, "", "", "preempted"));
        var first = ArmadaErrors.PodError(true, ArmadaErrors.FailureInfo(137, "", "main", "oom"));
        var second = ArmadaErrors.PodLeaseReturned(terminal: true, ArmadaErrors.FailureInfo(1, "", "", "other"));

        var update = JobRunErrorsConverter.ToRunUpdate(Errors(preempted, first, second), EventTime)!;

        Assert.Multiple(() =>
        {
            update.State.ShouldBe(LookoutJobRunState.Failed);
            update.FailureInfoJson.ShouldBe("""{"categories":["oom"],"containerName":"main","exitCode":137}""");
        });
    }

    [Test]
    public void ToRunUpdate_OnlyPreempted_Null()
    {
        var preempted = ArmadaErrors.WithReason(Error.ReasonOneofCase.JobRunPreemptedError);

        JobRunErrorsConverter.ToRunUpdate(Errors(preempted, preempted), EventTime).ShouldBeNull();
    }

    [Test]
    public void ToRunUpdate_NoErrors_Null()
    {
        JobRunErrorsConverter.ToRunUpdate(Errors(), EventTime).ShouldBeNull();
    }

    [Test]
    public void ToRunUpdate_NullEvent_Throws()
    {
        var exception = Should.Throw<ArgumentNullException>(() => JobRunErrorsConverter.ToRunUpdate(null!, EventTime));

        exception.ParamName.ShouldBe("jobRunErrors");
    }
}
