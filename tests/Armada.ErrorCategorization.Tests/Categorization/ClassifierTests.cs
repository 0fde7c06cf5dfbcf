using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using k8s.Models;
using Shouldly;
using ConditionNames = Armada.ErrorCategorization.ErrorMatch.Conditions;

namespace Armada.ErrorCategorization.Tests.Categorization;

[TestFixture]
public class ClassifierTests
{
    private static CategoryRule Conditions(params string[] conditions) => new() { OnConditions = conditions };

    private static CategoryRule ExitCodes(string @operator, params int[] values) =>
        new() { OnExitCodes = new ExitCodeMatcher { Operator = @operator, Values = values } };

    private static CategoryRule Message(string pattern) => new() { OnTerminationMessage = new RegexMatcher { Pattern = pattern } };

    private static CategoryConfig Category(string name, params CategoryRule[] rules) => new() { Name = name, Rules = rules };

    /// <summary>The categories of Armada's e2e executor config.</summary>
    private static readonly CategoryConfig[] E2eCategories =
    [
        Category("oom", Conditions(ConditionNames.OOMKilled)),
        Category("user_error", ExitCodes(ExitCodeOperator.In, 1, 2, 126, 127)),
    ];

    private static IEnumerable<TestCaseData> ClassifyCases()
    {
        yield return Case("E2e_OomKilledMain_Oom", E2eCategories,
            new PodBuilder().Terminated("oom", 137, "OOMKilled"), "oom");
        yield return Case("E2e_Exit1_UserError", E2eCategories,
            new PodBuilder().Terminated("fail", 1, "Error"), "user_error");
        yield return Case("E2e_Exit137NotOom_NoCategory", E2eCategories,
            new PodBuilder().Terminated("main", 137, "Error"));
        yield return Case("E2e_OomKilledWithExitCode1_BothInConfigOrder", E2eCategories,
            new PodBuilder().Terminated("main", 1, "OOMKilled"), "oom", "user_error");
        yield return Case("E2e_OomKilledExitZero_NoCategory", E2eCategories,
            new PodBuilder().Terminated("main", 0, "OOMKilled"));
        yield return Case("E2e_PodReasonOomKilled_NoCategory", E2eCategories,
            new PodBuilder().PodReason("OOMKilled"));
        yield return Case("E2e_OomKilledInitContainer_Oom", E2eCategories,
            new PodBuilder().InitTerminated("setup", 137, "OOMKilled"), "oom");
        yield return Case("E2e_FailureOnlyInLastState_NoCategory", E2eCategories,
            new PodBuilder().Phase("Running").RunningAfterFailure("main", 1, "OOMKilled"));
        yield return Case("E2e_WaitingContainer_NoCategory", E2eCategories,
            new PodBuilder().Phase("Pending").Waiting("main", "CrashLoopBackOff"));
        yield return Case("E2e_RunningPodWithTerminatedContainer_Classified", E2eCategories,
            new PodBuilder().Phase("Running").Terminated("main", 2), "user_error");
        yield return Case("E2e_SucceededSidecarFailedMain_UserError", E2eCategories,
            new PodBuilder().Terminated("sidecar", 0, "Completed").Terminated("main", 126, "Error"), "user_error");
        yield return Case("E2e_NoContainers_NoCategory", E2eCategories,
            new PodBuilder());

        CategoryConfig[] podConditions =
        [
            Category("evicted", Conditions(ConditionNames.Evicted)),
            Category("deadline", Conditions(ConditionNames.DeadlineExceeded)),
            Category("either", Conditions(ConditionNames.Evicted, ConditionNames.DeadlineExceeded)),
        ];
        yield return Case("PodCondition_Evicted_EvictedAndEither", podConditions,
            new PodBuilder().PodReason("Evicted", "The node was low on resource: memory."), "evicted", "either");
        yield return Case("PodCondition_DeadlineExceeded_DeadlineAndEither", podConditions,
            new PodBuilder().PodReason("DeadlineExceeded"), "deadline", "either");
        yield return Case("PodCondition_LowerCaseReason_NoCategory", podConditions,
            new PodBuilder().PodReason("evicted"));
        yield return Case("PodCondition_ContainerReasonEvicted_NoCategory", podConditions,
            new PodBuilder().Terminated("main", 1, "Evicted"));

        CategoryConfig[] scoped =
        [
            Category("main_oom", new CategoryRule { ContainerName = "main", OnConditions = [ConditionNames.OOMKilled] }),
            Category("main_exit", new CategoryRule { ContainerName = "main", OnExitCodes = new ExitCodeMatcher { Operator = "In", Values = [1] } }),
            Category("main_message", new CategoryRule { ContainerName = "main", OnTerminationMessage = new RegexMatcher { Pattern = "boom" } }),
            Category("x_evicted", new CategoryRule { ContainerName = "x", OnConditions = [ConditionNames.Evicted] }),
        ];
        yield return Case("Scoped_SidecarOom_NoMainOom", scoped,
            new PodBuilder().Terminated("sidecar", 137, "OOMKilled").Terminated("main", 0, "Completed"));
        yield return Case("Scoped_MainOom_MainOom", scoped,
            new PodBuilder().Terminated("sidecar", 0).Terminated("main", 137, "OOMKilled"), "main_oom");
        yield return Case("Scoped_SidecarExit1_NoMainExit", scoped,
            new PodBuilder().Terminated("sidecar", 1, "Error", "boom"));
        yield return Case("Scoped_MainExit1WithMessage_ExitAndMessage", scoped,
            new PodBuilder().Terminated("main", 1, "Error", "boom happened"), "main_exit", "main_message");
        yield return Case("Scoped_InitContainerNamedMain_Matches", scoped,
            new PodBuilder().InitTerminated("main", 1), "main_exit");
        yield return Case("Scoped_NameCaseDiffers_NoCategory", scoped,
            new PodBuilder().Terminated("Main", 1, "OOMKilled", "boom"));
        yield return Case("Scoped_PodEvictedWithoutContainerX_XEvicted", scoped,
            new PodBuilder().PodReason("Evicted"), "x_evicted");

        CategoryConfig[] notIn = [Category("unexpected", ExitCodes(ExitCodeOperator.NotIn, 0, 1))];
        yield return Case("NotIn_OneUnlistedAmongListed_Matches", notIn,
            new PodBuilder().Terminated("a", 1).Terminated("b", 3), "unexpected");
        yield return Case("NotIn_OnlyListed_NoCategory", notIn,
            new PodBuilder().Terminated("a", 1).InitTerminated("b", 1));
        yield return Case("NotIn_NoFailedContainer_NoCategory", notIn,
            new PodBuilder().Terminated("a", 0));
        yield return Case("NotIn_NegativeExitCode_Matches", notIn,
            new PodBuilder().Terminated("a", -1), "unexpected");

        CategoryConfig[] messages =
        [
            Category("cuda", Message("(?i)cuda.*error")),
            Category("any_message", Message("")),
            Category("traceback", Message("^Traceback")),
        ];
        yield return Case("Message_CudaInSidecar_CudaAndAny", messages,
            new PodBuilder().Terminated("main", 1, "Error", "ok").Terminated("gpu", 1, "Error", "RuntimeError: CUDA error: out of memory"),
            "cuda", "any_message");
        yield return Case("Message_EmptyMessage_NoCategory", messages,
            new PodBuilder().Terminated("main", 1, "Error", ""));
        yield return Case("Message_NullMessage_NoCategory", messages,
            new PodBuilder().Terminated("main", 1, "Error"));
        yield return Case("Message_MessageOfExitZero_NoCategory", messages,
            new PodBuilder().Terminated("main", 0, "Completed", "CUDA error"));
        yield return Case("Message_MessageOnlyInLastState_NoCategory", messages,
            new PodBuilder().Phase("Running").RunningAfterFailure("main", 1, "Error", "CUDA error"));
        yield return Case("Message_PythonTraceback_TracebackAndAny", messages,
            new PodBuilder().Terminated("main", 1, "Error", "Traceback (most recent call last):\n  File \"train.py\"\nValueError: bad\n"),
            "any_message", "traceback");

        CategoryConfig[] orRules =
        [
            Category("infra", Conditions(ConditionNames.Evicted), ExitCodes(ExitCodeOperator.In, 143)),
            Category("never", ExitCodes(ExitCodeOperator.In, 255)),
        ];
        yield return Case("Rules_SecondRuleMatches_CategoryMatches", orRules,
            new PodBuilder().Terminated("main", 143), "infra");
        yield return Case("Rules_NoRuleMatches_NoCategory", orRules,
            new PodBuilder().Terminated("main", 1));
        yield return Case("Rules_BothRulesMatch_CategoryOnce", orRules,
            new PodBuilder().PodReason("Evicted").Terminated("main", 143), "infra");
    }

    private static TestCaseData Case(string name, CategoryConfig[] categories, PodBuilder pod, params string[] expected) =>
        new TestCaseData(categories, pod.Build(), expected).SetName("Classify_" + name);

    [TestCaseSource(nameof(ClassifyCases))]
    public void Classify(CategoryConfig[] categories, V1Pod pod, string[] expected)
    {
        var classifier = new Classifier(categories);

        classifier.Classify(pod).ShouldBe(expected);
    }

    [Test]
    public void Classify_NullPod_ReturnsEmpty()
    {
        new Classifier(E2eCategories).Classify(null).ShouldBeEmpty();
    }

    [Test]
    public void Classify_NullStatus_ReturnsEmpty()
    {
        var pod = new V1Pod { Metadata = new V1ObjectMeta { Name = "p" } };

        new Classifier(E2eCategories).Classify(pod).ShouldBeEmpty();
    }

    [Test]
    public void Classify_NullContainerStatusEntry_IsSkipped()
    {
        var pod = new PodBuilder().Terminated("main", 1).Build();
        pod.Status.ContainerStatuses.Insert(0, null!);
        pod.Status.InitContainerStatuses = null;

        new Classifier(E2eCategories).Classify(pod).ShouldBe(["user_error"]);
    }

    [Test]
    public void Classify_StateWithoutTerminated_IsSkipped()
    {
        var pod = new PodBuilder().Build();
        pod.Status.ContainerStatuses.Add(new V1ContainerStatus { Name = "main", State = null });

        new Classifier(E2eCategories).Classify(pod).ShouldBeEmpty();
    }

    [Test]
    public void Classify_EmptyConfig_ReturnsEmpty()
    {
        var pod = new PodBuilder().Terminated("main", 137, "OOMKilled").PodReason("Evicted").Build();

        new Classifier([]).Classify(pod).ShouldBeEmpty();
    }

    [Test]
    public void Classify_NullConfig_ReturnsEmpty()
    {
        var pod = new PodBuilder().Terminated("main", 1).Build();

        new Classifier(null).Classify(pod).ShouldBeEmpty();
    }

    [Test]
    public void Classify_EveryCategoryMatches_AllInConfigOrder()
    {
        var categories = new[]
        {
            Category("c", ExitCodes(ExitCodeOperator.In, 1)),
            Category("a", Message("fail")),
            Category("b", ExitCodes(ExitCodeOperator.NotIn, 2)),
        };
        var pod = new PodBuilder().Terminated("main", 1, "Error", "failed").Build();

        new Classifier(categories).Classify(pod).ShouldBe(["c", "a", "b"]);
    }

    [Test]
    public void ClassifyOrEmpty_NullClassifier_ReturnsEmpty()
    {
        Classifier? classifier = null;
        var pod = new PodBuilder().Terminated("main", 1).Build();

        classifier.ClassifyOrEmpty(pod).ShouldBeEmpty();
    }

    [Test]
    public void ClassifyOrEmpty_Classifier_ReturnsCategories()
    {
        Classifier? classifier = new(E2eCategories);
        var pod = new PodBuilder().Terminated("main", 1).Build();

        classifier.ClassifyOrEmpty(pod).ShouldBe(["user_error"]);
    }

    [Test]
    public void Classifier_ConfigListMutatedAfterConstruction_KeepsRules()
    {
        var values = new List<int> { 1 };
        var rules = new List<CategoryRule> { new() { OnExitCodes = new ExitCodeMatcher { Operator = "In", Values = values } } };
        var categories = new List<CategoryConfig> { new() { Name = "user_error", Rules = rules } };
        var classifier = new Classifier(categories);

        values[0] = 2;
        categories.Clear();

        classifier.Classify(new PodBuilder().Terminated("main", 1).Build()).ShouldBe(["user_error"]);
    }

    [Test]
    public void CategoryNames_AreInConfigOrder()
    {
        new Classifier(E2eCategories).CategoryNames.ShouldBe(["oom", "user_error"]);
    }

    [Test]
    public void Explain_OomAndExitCode_NamesRuleContainerAndValue()
    {
        var categories = new[]
        {
            Category("oom", Conditions(ConditionNames.OOMKilled)),
            Category("user_error", ExitCodes(ExitCodeOperator.In, 3), ExitCodes(ExitCodeOperator.In, 137)),
            Category("evicted", Conditions(ConditionNames.Evicted)),
            Category("cuda", Message("CUDA")),
        };
        var pod = new PodBuilder()
            .PodReason("Evicted")
            .Terminated("sidecar", 0)
            .Terminated("main", 137, "OOMKilled", "CUDA error: out of memory")
            .Build();

        var matches = new Classifier(categories).Explain(pod);

        matches.ShouldBe(
        [
            new CategoryMatch("oom", 0, "onConditions", "main", "OOMKilled"),
            new CategoryMatch("user_error", 1, "onExitCodes", "main", "137"),
            new CategoryMatch("evicted", 0, "onConditions", null, "Evicted"),
            new CategoryMatch("cuda", 0, "onTerminationMessage", "main", "CUDA error: out of memory"),
        ]);
    }

    [Test]
    public void Explain_NullPod_ReturnsEmpty()
    {
        new Classifier(E2eCategories).Explain(null).ShouldBeEmpty();
    }
}
