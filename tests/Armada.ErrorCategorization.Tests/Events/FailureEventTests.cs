using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Events;
using ArmadaProject.Io.ArmadaEvents;
using Shouldly;
using static Armada.ErrorCategorization.Tests.Events.ManagedPod;

namespace Armada.ErrorCategorization.Tests.Events;

[TestFixture]
public class FailureEventTests
{
    private static PodError ExpectedPodError(string message, KubernetesReason cause, string debugMessage, params ContainerError[] containerErrors) => new()
    {
        ObjectMeta = PodMeta,
        Message = message,
        NodeName = NodeName,
        PodNumber = PodNumber,
        KubernetesReason = cause,
        DebugMessage = debugMessage,
        ContainerErrors = { containerErrors },
    };

    private static EventSequence ExpectedErrors(Error error) =>
        Sequence(new EventSequence.Types.Event { JobRunErrors = new JobRunErrors { JobId = JobId, RunId = RunId, Errors = { error } } });

    [Test]
    public void CreateJobFailedEvent_AllArguments_CopiedToPodError()
    {
        var containerError = new ContainerError { ExitCode = 3, Message = "m", Reason = "Error", ObjectMeta = new ObjectMeta { Name = "main" } };
        var failureInfo = new FailureInfo { ExitCode = 3, ContainerName = "main", Categories = { "user-error" } };

        var sequence = Factory().CreateJobFailedEvent(
            Builder().Build(), "it failed", KubernetesReason.DeadlineExceeded, "debug detail", [containerError], ClusterId, failureInfo);

        var expected = new Error
        {
            Terminal = true,
            PodError = ExpectedPodError("it failed", KubernetesReason.DeadlineExceeded, "debug detail", containerError),
            FailureInfo = failureInfo,
        };
        sequence.ShouldBe(ExpectedErrors(expected));
        sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.ShouldBeSameAs(failureInfo);
    }

    [Test]
    public void CreateJobFailedEvent_NullFailureInfo_FieldAbsent()
    {
        var sequence = Factory().CreateJobFailedEvent(Builder().Build(), "r", KubernetesReason.AppError, "", [], ClusterId, null);

        sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.ShouldBeNull();
    }

    [Test]
    public void CreateJobFailedEvent_NullContainerError_ThrowsNamingIndex()
    {
        var error = Should.Throw<ArgumentException>(() =>
            Factory().CreateJobFailedEvent(Builder().Build(), "r", KubernetesReason.AppError, "", [new ContainerError(), null!], ClusterId, null));

        error.ParamName.ShouldBe("containerErrors");
        error.Message.ShouldStartWith("containerErrors[1] is null.");
    }

    [Test]
    public void CreateSimpleJobFailedEvent_Preemption_NoContainerErrorsNoFailureInfo()
    {
        var pod = Builder().Terminated("main", 137, "Error", "killed").Build();

        var sequence = Factory().CreateSimpleJobFailedEvent(pod, ExecutorMessages.RunPreempted, "", ClusterId, KubernetesReason.AppError, null);

        sequence.ShouldBe(ExpectedErrors(new Error { Terminal = true, PodError = ExpectedPodError("Run preempted", KubernetesReason.AppError, "") }));
        sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.ShouldBeNull();
    }

    [Test]
    public void CreateSimpleJobFailedEvent_GivenFailureInfo_Attached()
    {
        var failureInfo = new FailureInfo { Categories = { "c" } };

        var sequence = Factory().CreateSimpleJobFailedEvent(Builder().Build(), "r", "d", ClusterId, KubernetesReason.Evicted, failureInfo);

        sequence.ShouldBe(ExpectedErrors(new Error { Terminal = true, PodError = ExpectedPodError("r", KubernetesReason.Evicted, "d"), FailureInfo = failureInfo }));
    }

    [Test]
    public void CreateNonRetryableIssueFailedEvent_StuckTerminatingOom_CategoriesAndContainer()
    {
        var pod = Builder("Running").Terminated("main", 137, "OOMKilled").Build();
        var classifier = new Classifier([new CategoryConfig { Name = "oom-failure", Rules = [new CategoryRule { OnConditions = ["OOMKilled"] }] }]);

        var sequence = Factory().CreateNonRetryableIssueFailedEvent(pod, ExecutorMessages.StuckTerminating, "debug", ClusterId, classifier);

        var expected = new Error
        {
            Terminal = true,
            PodError = ExpectedPodError(ExecutorMessages.StuckTerminating, KubernetesReason.AppError, "debug"),
            FailureInfo = new FailureInfo { ExitCode = 137, ContainerName = "main", Categories = { "oom-failure" } },
        };
        sequence.ShouldBe(ExpectedErrors(expected));
        sequence.Events[0].JobRunErrors.Errors[0].PodError.ContainerErrors.ShouldBeEmpty();
    }

    [Test]
    public void CreateNonRetryableIssueFailedEvent_NoTerminatedContainer_EmptyFailureInfo()
    {
        var pod = Builder("Pending").Waiting("main", "ImagePullBackOff").Build();

        var sequence = Factory().CreateNonRetryableIssueFailedEvent(pod, ExecutorMessages.ExternallyDeleted, "", ClusterId, null);

        var failureInfo = sequence.Events[0].JobRunErrors.Errors[0].FailureInfo;
        failureInfo.ShouldNotBeNull();
        failureInfo.HasFailedContainer.ShouldBeFalse();
        failureInfo.Categories.ShouldBeEmpty();
        failureInfo.CalculateSize().ShouldBe(0);
    }

    [Test]
    public void CreateNonRetryableIssueFailedEvent_NullMessage_ThrowsNamingIt()
    {
        var error = Should.Throw<ArgumentNullException>(() =>
            Factory().CreateNonRetryableIssueFailedEvent(Builder().Build(), null!, "", ClusterId, null));

        error.ParamName.ShouldBe("message");
    }

    [Test]
    public void CreateMinimalJobFailedEvent_Arguments_OnlyExecutorIdInMeta()
    {
        var sequence = Factory().CreateMinimalJobFailedEvent("job", "run", "set", "queue", ClusterId, ExecutorMessages.PodMissing);

        var podError = new PodError
        {
            ObjectMeta = new ObjectMeta { ExecutorId = ClusterId },
            Message = "Pod is unexpectedly missing in Kubernetes",
            KubernetesReason = KubernetesReason.AppError,
        };
        var expected = new JobRunErrors { JobId = "job", RunId = "run", Errors = { new Error { Terminal = true, PodError = podError } } };
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { JobRunErrors = expected }, queue: "queue", jobSet: "set"));
        sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.ShouldBeNull();
    }

    [TestCase(true, TestName = "CreateReturnLeaseEvent_RunAttempted_TerminalLeaseReturned")]
    [TestCase(false, TestName = "CreateReturnLeaseEvent_RunNotAttempted_TerminalLeaseReturned")]
    public void CreateReturnLeaseEvent_Pod_TerminalLeaseReturned(bool runAttempted)
    {
        var pod = Builder("Pending").Terminated("main", 1, "Error").Build();

        var sequence = Factory().CreateReturnLeaseEvent(pod, "unschedulable", "0/3 nodes available", ClusterId, runAttempted);

        var leaseReturned = new PodLeaseReturned
        {
            ObjectMeta = PodMeta,
            PodNumber = PodNumber,
            Message = "unschedulable",
            RunAttempted = runAttempted,
            DebugMessage = "0/3 nodes available",
        };
        sequence.ShouldBe(ExpectedErrors(new Error { Terminal = true, PodLeaseReturned = leaseReturned }));
        sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.ShouldBeNull();
    }

    [Test]
    public void CreateSimpleJobPreemptedEvent_Pod_IdsAndEmptyReason()
    {
        var sequence = Factory().CreateSimpleJobPreemptedEvent(Builder("Running").Build());

        var preempted = new JobRunPreempted { PreemptedJobId = JobId, PreemptedRunId = RunId };
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { JobRunPreempted = preempted }));
        sequence.Events[0].JobRunPreempted.Reason.ShouldBe("");
    }

    [Test]
    public void CreateMinimalJobFailedEvent_NullArgument_ThrowsNamingIt()
    {
        var error = Should.Throw<ArgumentNullException>(() => Factory().CreateMinimalJobFailedEvent("job", "run", "set", null!, ClusterId, "m"));

        error.ParamName.ShouldBe("queue");
    }

    [Test]
    public void EventFactory_DefaultClock_StampsCurrentTime()
    {
        var before = DateTimeOffset.UtcNow;

        var created = new EventFactory().CreateSimpleJobPreemptedEvent(Builder().Build()).Events[0].Created.ToDateTimeOffset();

        created.ShouldBeGreaterThanOrEqualTo(before);
        created.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow);
    }

    [Test]
    public void EventFactory_NullTimeProvider_Throws()
    {
        var error = Should.Throw<ArgumentNullException>(() => new EventFactory(null!));

        error.ParamName.ShouldBe("timeProvider");
    }
}
