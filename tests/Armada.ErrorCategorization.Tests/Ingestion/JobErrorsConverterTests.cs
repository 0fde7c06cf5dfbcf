using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.Api;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf.WellKnownTypes;
using Shouldly;
using ApiContainerStatus = ArmadaProject.Io.Api.ContainerStatus;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class JobErrorsConverterTests
{
    private static readonly Timestamp Created = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));

    private static JobErrors Errors(params Error[] errors)
    {
        var jobErrors = new JobErrors { JobId = "job-1" };
        jobErrors.Errors.AddRange(errors);
        return jobErrors;
    }

    private static IReadOnlyList<JobFailedEvent> Convert(params Error[] errors) =>
        JobErrorsConverter.ToJobFailedEvents(Errors(errors), "queue-a", "set-a", Created);

    [Test]
    public void ToJobFailedEvents_TerminalPodError_EveryField()
    {
        var error = ArmadaErrors.PodError(
            true,
            ArmadaErrors.FailureInfo(137, "Killed", "main", "oom", "user_error"),
            ArmadaErrors.ContainerError("main", 137, KubernetesReason.Oom),
            ArmadaErrors.ContainerError("sidecar", 0));

        var failed = Convert(error).ShouldHaveSingleItem();

        var expected = new JobFailedEvent
        {
            JobId = "job-1",
            JobSetId = "set-a",
            Queue = "queue-a",
            Created = Created,
            ClusterId = "cluster-a",
            Reason = "pod failed: container main exited with 137",
            KubernetesId = "8a9f0c3e-5d1b-4c2a-9e7f-1b2c3d4e5f60",
            NodeName = "node-7",
            PodNumber = 3,
            Cause = Cause.Oom,
            PodName = "armada-job-1-0",
            PodNamespace = "team-ns",
            ContainerStatuses =
            {
                new ApiContainerStatus { Name = "main", ExitCode = 137, Message = "main message", Reason = "main reason", Cause = Cause.Oom },
                new ApiContainerStatus { Name = "sidecar", ExitCode = 0, Message = "sidecar message", Reason = "sidecar reason", Cause = Cause.Error },
            },
            Categories = { "oom", "user_error" },
        };
        failed.ShouldBe(expected);
    }

    [Test]
    public void ToJobFailedEvents_NoFailureInfo_NoCategories()
    {
        var failed = Convert(ArmadaErrors.PodError(true, null)).ShouldHaveSingleItem();

        failed.Categories.ShouldBeEmpty();
    }

    [Test]
    public void ToJobFailedEvents_NoObjectMeta_PodFieldsEmpty()
    {
        var error = ArmadaErrors.PodError(true, null, new ContainerError { ExitCode = 1 });
        error.PodError.ObjectMeta = null;

        var failed = Convert(error).ShouldHaveSingleItem();

        Assert.Multiple(() =>
        {
            failed.ClusterId.ShouldBe("");
            failed.PodName.ShouldBe("");
            failed.PodNamespace.ShouldBe("");
            failed.KubernetesId.ShouldBe("");
            failed.ContainerStatuses.ShouldHaveSingleItem().Name.ShouldBe("");
        });
    }

    [TestCase(KubernetesReason.AppError, Cause.Error, TestName = "ToJobFailedEvents_AppError_CauseError")]
    [TestCase(KubernetesReason.Evicted, Cause.Evicted, TestName = "ToJobFailedEvents_Evicted_CauseEvicted")]
    [TestCase(KubernetesReason.Oom, Cause.Oom, TestName = "ToJobFailedEvents_Oom_CauseOom")]
    [TestCase(KubernetesReason.DeadlineExceeded, Cause.DeadlineExceeded, TestName = "ToJobFailedEvents_DeadlineExceeded_CauseDeadlineExceeded")]
    [TestCase((KubernetesReason)7, Cause.Error, TestName = "ToJobFailedEvents_UnknownReasonValue_CauseError")]
    public void ToJobFailedEvents_KubernetesReason(KubernetesReason reason, Cause expected)
    {
        var error = ArmadaErrors.PodError(true, null, ArmadaErrors.ContainerError("main", 1, reason));
        error.PodError.KubernetesReason = reason;

        var failed = Convert(error).ShouldHaveSingleItem();

        Assert.Multiple(() =>
        {
            failed.Cause.ShouldBe(expected);
            failed.ContainerStatuses.ShouldHaveSingleItem().Cause.ShouldBe(expected);
        });
    }

    [Test]
    public void ToJobFailedEvents_NonTerminalErrors_Skipped()
    {
        var failedEvents = Convert(
            ArmadaErrors.PodError(false, ArmadaErrors.FailureInfo(1, "", "", "skipped")),
            ArmadaErrors.PodError(true, ArmadaErrors.FailureInfo(1, "", "", "kept")),
            ArmadaErrors.WithReason(Error.ReasonOneofCase.MaxRunsExceeded, "not terminal", terminal: false));

        failedEvents.ShouldHaveSingleItem().Categories.ShouldBe(["kept"]);
    }

    [Test]
    public void ToJobFailedEvents_SeveralTerminalErrors_OneEventEach()
    {
        var failedEvents = Convert(
            ArmadaErrors.PodError(true, ArmadaErrors.FailureInfo(1, "", "", "first")),
            ArmadaErrors.WithReason(Error.ReasonOneofCase.MaxRunsExceeded, "max runs"));

        Assert.Multiple(() =>
        {
            failedEvents.Count.ShouldBe(2);
            failedEvents[0].Categories.ShouldBe(["first"]);
            failedEvents[1].Reason.ShouldBe("max runs");
        });
    }

    private static readonly FailureInfo OtherReasonFailureInfo = ArmadaErrors.FailureInfo(137, "m", "main", "oom");

    private static readonly TestCaseData[] OtherReasonCases =
    [
        new TestCaseData(OtherReason(Error.ReasonOneofCase.JobRunPreemptedError), "preempted", Cause.Error).SetName("ToJobFailedEvents_Preempted_ReasonPreempted"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.MaxRunsExceeded, "max runs exceeded"), "max runs exceeded", Cause.Error).SetName("ToJobFailedEvents_MaxRunsExceeded_ReasonMessage"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.GangJobUnschedulable, "gang incomplete"), "gang incomplete", Cause.Error).SetName("ToJobFailedEvents_GangJobUnschedulable_ReasonMessage"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.JobRejected, "invalid spec"), "invalid spec", Cause.Rejected).SetName("ToJobFailedEvents_JobRejected_CauseRejected"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.ReconciliationError, "pod vanished"), "pod vanished", Cause.Error).SetName("ToJobFailedEvents_ReconciliationError_ReasonMessage"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.LeaseExpired), "", Cause.Error).SetName("ToJobFailedEvents_LeaseExpired_ReasonEmpty"),
        new TestCaseData(OtherReason(Error.ReasonOneofCase.ExecutorError), "", Cause.Error).SetName("ToJobFailedEvents_ExecutorError_ReasonEmpty"),
        new TestCaseData(
            ArmadaErrors.WithRawReason(16, ArmadaErrors.Field(1, "future"u8.ToArray()), terminal: true, OtherReasonFailureInfo),
            "",
            Cause.Error).SetName("ToJobFailedEvents_FutureReason_ReasonEmpty"),
    ];

    private static Error OtherReason(Error.ReasonOneofCase reason, string? message = null) =>
        ArmadaErrors.WithReason(reason, message, terminal: true, OtherReasonFailureInfo);

    [TestCaseSource(nameof(OtherReasonCases))]
    public void ToJobFailedEvents_OtherReason(Error error, string expectedReason, Cause expectedCause)
    {
        var failed = Convert(error).ShouldHaveSingleItem();

        var expected = new JobFailedEvent
        {
            JobId = "job-1",
            JobSetId = "set-a",
            Queue = "queue-a",
            Created = Created,
            Reason = expectedReason,
            Cause = expectedCause,
        };
        failed.ShouldBe(expected);
    }

    [Test]
    public void ToJobFailedEvents_NoReason_OnlyJobFields()
    {
        var error = new Error { Terminal = true, FailureInfo = ArmadaErrors.FailureInfo(1, "", "", "oom") };

        var failed = Convert(error).ShouldHaveSingleItem();

        failed.ShouldBe(new JobFailedEvent { JobId = "job-1", JobSetId = "set-a", Queue = "queue-a", Created = Created });
    }

    [Test]
    public void ToJobFailedEvents_Created_CopiedPerEvent()
    {
        var failedEvents = Convert(ArmadaErrors.PodError(), ArmadaErrors.PodError());

        Assert.Multiple(() =>
        {
            failedEvents[0].Created.ShouldNotBeSameAs(Created);
            failedEvents[1].Created.ShouldNotBeSameAs(failedEvents[0].Created);
            failedEvents[1].Created.ShouldBe(Created);
        });
    }

    [Test]
    public void ToJobFailedEvents_CreatedNull_LeftUnset()
    {
        var failed = JobErrorsConverter.ToJobFailedEvents(Errors(ArmadaErrors.PodError()), "q", "s", null).ShouldHaveSingleItem();

        failed.Created.ShouldBeNull();
    }

    [Test]
    public void ToJobFailedEvents_EventSequence_JobErrorsOnly()
    {
        var sequence = new EventSequence { Queue = "queue-b", JobSetName = "set-b", UserId = "user" };
        var secondCreated = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));
        sequence.Events.Add(new EventSequence.Types.Event { Created = Created, JobErrors = Errors(ArmadaErrors.PodError(true, ArmadaErrors.FailureInfo(1, "", "", "a"))) });
        sequence.Events.Add(new EventSequence.Types.Event
        {
            Created = Created,
            JobRunErrors = new JobRunErrors { JobId = "job-1", RunId = "run-1", Errors = { ArmadaErrors.PodError() } },
        });
        var second = Errors(ArmadaErrors.PodError(true, ArmadaErrors.FailureInfo(1, "", "", "b")));
        second.JobId = "job-2";
        sequence.Events.Add(new EventSequence.Types.Event { Created = secondCreated, JobErrors = second });

        var failedEvents = JobErrorsConverter.ToJobFailedEvents(sequence);

        Assert.Multiple(() =>
        {
            failedEvents.Select(failed => failed.JobId).ShouldBe(["job-1", "job-2"]);
            failedEvents.Select(failed => failed.Queue).ShouldBe(["queue-b", "queue-b"]);
            failedEvents.Select(failed => failed.JobSetId).ShouldBe(["set-b", "set-b"]);
            failedEvents.Select(failed => failed.Created).ShouldBe([Created, secondCreated]);
            failedEvents.Select(failed => failed.Categories.Single()).ShouldBe(["a", "b"]);
        });
    }

    [Test]
    public void ToJobFailedEvents_NullArguments_Throw()
    {
        Assert.Multiple(() =>
        {
            Should.Throw<ArgumentNullException>(() => JobErrorsConverter.ToJobFailedEvents(null!)).ParamName.ShouldBe("sequence");
            Should.Throw<ArgumentNullException>(() => JobErrorsConverter.ToJobFailedEvents(null!, "q", "s", null)).ParamName.ShouldBe("jobErrors");
            Should.Throw<ArgumentNullException>(() => JobErrorsConverter.ToJobFailedEvents(Errors(), null!, "s", null)).ParamName.ShouldBe("queue");
            Should.Throw<ArgumentNullException>(() => JobErrorsConverter.ToJobFailedEvents(Errors(), "q", null!, null)).ParamName.ShouldBe("jobSetId");
        });
    }
}
