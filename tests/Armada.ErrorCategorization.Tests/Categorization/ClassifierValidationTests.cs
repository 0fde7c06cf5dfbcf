using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Categorization;

[TestFixture]
public class ClassifierValidationTests
{
    private static readonly CategoryRule ValidRule = new() { OnConditions = [Conditions.OOMKilled] };

    private static IEnumerable<TestCaseData> SingleErrorCases()
    {
        yield return Case("EmptyName",
            [new CategoryConfig { Name = "", Rules = [ValidRule] }],
            "errorCategories[0].name", "category must have a name; add a unique, non-empty name", "");
        yield return Case("MissingName",
            [new CategoryConfig { Rules = [ValidRule] }],
            "errorCategories[0].name", "category must have a name; add a unique, non-empty name", null);
        yield return Case("DuplicateName",
            [new CategoryConfig { Name = "a", Rules = [ValidRule] }, new CategoryConfig { Name = "a", Rules = [ValidRule] }],
            "errorCategories[1].name",
            "duplicate category name \"a\", already used by errorCategories[0]; rename one of them or merge their rules", "a");
        yield return Case("NoRules",
            [new CategoryConfig { Name = "a", Rules = [] }],
            "errorCategories[0].rules", "category \"a\" must have at least one rule", null);
        yield return Case("NullRules",
            [new CategoryConfig { Name = "a" }],
            "errorCategories[0].rules", "category \"a\" must have at least one rule", null);
        yield return Case("NoMatcher",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { ContainerName = "main" }] }],
            "errorCategories[0].rules[0]", "rule must specify one of onConditions, onExitCodes, or onTerminationMessage", null);
        yield return Case("EmptyConditionsOnly",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnConditions = [] }] }],
            "errorCategories[0].rules[0]", "rule must specify one of onConditions, onExitCodes, or onTerminationMessage", null);
        yield return Case("TwoMatchers",
            [new CategoryConfig
            {
                Name = "a",
                Rules = [new CategoryRule { OnConditions = [Conditions.OOMKilled], OnTerminationMessage = new RegexMatcher { Pattern = "x" } }],
            }],
            "errorCategories[0].rules[0]",
            "rule must specify only one of onConditions, onExitCodes, or onTerminationMessage, but sets onConditions and onTerminationMessage; split it into one rule per matcher",
            null);
        yield return Case("UnknownCondition",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnConditions = [Conditions.OOMKilled, "AppError"] }] }],
            "errorCategories[0].rules[0].onConditions[1]",
            "unknown condition \"AppError\", valid values: OOMKilled, Evicted, DeadlineExceeded (case-sensitive)", "AppError");
        yield return Case("PreemptedCondition",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnConditions = [Conditions.Preempted] }] }],
            "errorCategories[0].rules[0].onConditions[0]",
            "unknown condition \"Preempted\", valid values: OOMKilled, Evicted, DeadlineExceeded (case-sensitive)", "Preempted");
        yield return Case("LowerCaseOperator",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = "in", Values = [1] } }] }],
            "errorCategories[0].rules[0].onExitCodes.operator",
            "invalid exit code operator \"in\", must be \"In\" or \"NotIn\" (case-sensitive)", "in");
        yield return Case("EmptyValues",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = "NotIn", Values = [] } }] }],
            "errorCategories[0].rules[0].onExitCodes.values", "exit code matcher requires at least one value", null);
        yield return Case("InvalidRegex",
            [new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "(unclosed" } }] }],
            "errorCategories[0].rules[0].onTerminationMessage.pattern", null, "(unclosed");
    }

    private static TestCaseData Case(string name, CategoryConfig[] categories, string path, string? message, string? value) =>
        new TestCaseData(categories, path, message, value).SetName("Classifier_" + name + "_ReportsOneError");

    [TestCaseSource(nameof(SingleErrorCases))]
    public void Classifier_InvalidConfig_ReportsOneError(CategoryConfig[] categories, string path, string? message, string? value)
    {
        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Errors.Count.ShouldBe(1);
        exception.Errors[0].Path.ShouldBe(path);
        exception.Errors[0].Value.ShouldBe(value);
        if (message is not null)
        {
            exception.Errors[0].Message.ShouldBe(message);
        }
    }

    [Test]
    public void Classifier_InvalidRegex_MessageNamesPattern()
    {
        var categories = new[]
        {
            new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "(unclosed" } }] },
        };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Errors[0].Message.ShouldStartWith("invalid regex \"(unclosed\"");
    }

    [Test]
    public void Classifier_EmptyExitCodeMatcher_ReportsOperatorThenValues()
    {
        var categories = new[] { new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher() }] } };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Errors.Select(error => error.Path).ShouldBe(
        [
            "errorCategories[0].rules[0].onExitCodes.operator",
            "errorCategories[0].rules[0].onExitCodes.values",
        ]);
        exception.Errors[0].Value.ShouldBe("");
    }

    [Test]
    public void Classifier_DuplicateWithoutRules_ReportsDuplicateFirst()
    {
        var categories = new[]
        {
            new CategoryConfig { Name = "a", Rules = [ValidRule] },
            new CategoryConfig { Name = "a", Rules = [] },
        };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Errors.Select(error => error.Path).ShouldBe(["errorCategories[1].name", "errorCategories[1].rules"]);
    }

    [Test]
    public void Classifier_SeveralProblems_ReportsAllInConfigOrder()
    {
        var categories = new[]
        {
            new CategoryConfig { Name = "ok", Rules = [ValidRule] },
            new CategoryConfig
            {
                Name = "bad",
                Rules =
                [
                    new CategoryRule { OnConditions = ["OOMKiled"] },
                    new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = "Equals", Values = [1] } },
                ],
            },
            new CategoryConfig { Name = "", Rules = [ValidRule] },
        };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Errors.Select(error => error.Path).ShouldBe(
        [
            "errorCategories[1].rules[0].onConditions[0]",
            "errorCategories[1].rules[1].onExitCodes.operator",
            "errorCategories[2].name",
        ]);
    }

    [Test]
    public void Classifier_SeveralProblems_MessageListsEachOnItsOwnLine()
    {
        var categories = new[]
        {
            new CategoryConfig { Name = "a", Rules = [new CategoryRule { OnConditions = ["Oom"] }] },
            new CategoryConfig { Name = "a", Rules = [ValidRule] },
        };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Message.ShouldBe(string.Join(Environment.NewLine,
            "Invalid error-category config (2 errors):",
            "  errorCategories[0].rules[0].onConditions[0]: unknown condition \"Oom\", valid values: OOMKilled, Evicted, DeadlineExceeded (case-sensitive)",
            "  errorCategories[1].name: duplicate category name \"a\", already used by errorCategories[0]; rename one of them or merge their rules"));
    }

    [Test]
    public void ClassifierConfigException_NoErrors_Rejected()
    {
        Should.Throw<ArgumentException>(() => new ClassifierConfigException([]));
    }

    [Test]
    public void ClassifierConfigException_ErrorsList_IsCopied()
    {
        var errors = new List<ConfigError> { new("errorCategories[0].name", "category must have a name") };
        var exception = new ClassifierConfigException(errors);

        errors.Clear();

        exception.Errors.Count.ShouldBe(1);
    }

    [Test]
    public void Classifier_RootPath_PrefixesErrorPaths()
    {
        var categories = new[] { new CategoryConfig { Name = "a" } };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories, "application.errorCategories"));

        exception.Errors[0].Path.ShouldBe("application.errorCategories[0].rules");
    }

    [Test]
    public void Classifier_NullCategoryEntry_ReportsIt()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier([null]));

        exception.Errors[0].Path.ShouldBe("errorCategories[0]");
    }

    [Test]
    public void Classifier_NullRuleEntry_ReportsMissingMatcher()
    {
        var categories = new[] { new CategoryConfig { Name = "a", Rules = [null!] } };

        var exception = Should.Throw<ClassifierConfigException>(() => new Classifier(categories));

        exception.Errors[0].Path.ShouldBe("errorCategories[0].rules[0]");
    }

    private static IEnumerable<TestCaseData> AcceptedCases()
    {
        yield return new TestCaseData(new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "" } })
            .SetName("Classifier_EmptyPattern_IsAccepted");
        yield return new TestCaseData(new CategoryRule { OnTerminationMessage = new RegexMatcher() })
            .SetName("Classifier_PatternUnset_IsAccepted");
        yield return new TestCaseData(new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = "In", Values = [1, 1, -5] } })
            .SetName("Classifier_DuplicateAndNegativeExitValues_AreAccepted");
        yield return new TestCaseData(new CategoryRule { ContainerName = "no-such-container", OnConditions = [Conditions.Evicted] })
            .SetName("Classifier_AnyContainerName_IsAccepted");
        yield return new TestCaseData(new CategoryRule { OnConditions = [Conditions.OOMKilled, Conditions.OOMKilled] })
            .SetName("Classifier_RepeatedCondition_IsAccepted");
    }

    [TestCaseSource(nameof(AcceptedCases))]
    public void Classifier_ValidRule_IsAccepted(CategoryRule rule)
    {
        var classifier = new Classifier([new CategoryConfig { Name = "a", Rules = [rule] }]);

        classifier.CategoryNames.ShouldBe(["a"]);
    }
}
