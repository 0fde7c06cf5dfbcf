using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>The classifier's own checks, reported through the loader with the position of the YAML node each is about.</summary>
public sealed class ClassifierConfigLoaderValidationTests
{
    private const string InvalidValues = """
        application:
          errorCategories:
            - name: oom
              rules:
                - onConditions: [OOMKilled, AppError]
            - name: oom
              rules:
                - onExitCodes:
                    operator: in
                    values: []
            - name: cuda
              rules:
                - onTerminationMessage:
                    pattern: "cuda("
            - name: ""
              rules: []
            - name: noop
              rules:
                - containerName: main
            - name: two
              rules:
                - onConditions: [Evicted]
                  onExitCodes: {operator: In, values: [1]}
            - name: missing
              rules:
                - onExitCodes: {operator: NotIn}
            - ~
            - rules: [{onConditions: [Evicted]}]
        """;

    [Test]
    public void CreateClassifier_InvalidValues_ListsEveryErrorWithPosition()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(InvalidValues));

        // The regex message comes from the pattern compiler and is checked separately below.
        var lines = exception.Errors.Select(error => error.ToString()).Where(line => !line.Contains("invalid regex", StringComparison.Ordinal));
        lines.ShouldBe([
            "application.errorCategories[0].rules[0].onConditions[1]: unknown condition \"AppError\", valid values: OOMKilled, Evicted, DeadlineExceeded (case-sensitive) (line 5, column 37)",
            "application.errorCategories[1].name: duplicate category name \"oom\", already used by application.errorCategories[0]; rename one of them or merge their rules (line 6, column 13)",
            "application.errorCategories[1].rules[0].onExitCodes.operator: invalid exit code operator \"in\", must be \"In\" or \"NotIn\" (case-sensitive) (line 9, column 23)",
            "application.errorCategories[1].rules[0].onExitCodes.values: exit code matcher requires at least one value (line 10, column 21)",
            "application.errorCategories[3].name: category must have a name; add a unique, non-empty name (line 15, column 13)",
            "application.errorCategories[3].rules: category \"\" must have at least one rule (line 16, column 14)",
            "application.errorCategories[4].rules[0]: rule must specify one of onConditions, onExitCodes, or onTerminationMessage (line 19, column 11)",
            "application.errorCategories[5].rules[0]: rule must specify only one of onConditions, onExitCodes, or onTerminationMessage, but sets onConditions and onExitCodes; split it into one rule per matcher (line 22, column 11)",
            "application.errorCategories[6].rules[0].onExitCodes.values: exit code matcher requires at least one value (line 26, column 24)",
            "application.errorCategories[7]: category is empty; give it a name and at least one rule (line 27, column 7)",
            "application.errorCategories[8].name: category must have a name; add a unique, non-empty name (line 28, column 7)",
        ]);
    }

    [Test]
    public void CreateClassifier_InvalidRegex_HasPatternPosition()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(InvalidValues));

        var error = exception.Errors.Single(error => error.Message.Contains("invalid regex", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            error.Path.ShouldBe("application.errorCategories[2].rules[0].onTerminationMessage.pattern");
            error.Line.ShouldBe(14);
            error.Column.ShouldBe(22);
            error.Value.ShouldBe("cuda(");
            error.Message.ShouldStartWith("invalid regex \"cuda(\"");
        });
    }

    [Test]
    public void CreateClassifier_InvalidRegex_KeepsConfigOrder()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(InvalidValues));

        exception.Errors.Select(error => error.Line).ShouldBe([5, 6, 9, 10, 14, 15, 16, 19, 22, 26, 27, 28]);
    }

    [Test]
    public void CreateClassifier_ShapeAndValueErrors_MergedInDocumentOrder()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier("""
            - name: a
              rules:
                - onExitCodes: {operator: NotIn, values: [1]}
                  onConditions: [OOMKilled]
            - name: b
              rules:
                - onConditions: Evicted
            - name: a
              rules:
                - onExitCodes: {operator: In, values: [x, 2]}
            """));

        exception.Errors.Select(error => error.ToString()).ShouldBe([
            "errorCategories[0].rules[0]: rule must specify only one of onConditions, onExitCodes, or onTerminationMessage, but sets onConditions and onExitCodes; split it into one rule per matcher (line 3, column 7)",
            "errorCategories[1].rules[0].onConditions: expected a list of conditions such as [OOMKilled], got \"Evicted\"; write [Evicted] (line 7, column 21)",
            "errorCategories[2].name: duplicate category name \"a\", already used by errorCategories[0]; rename one of them or merge their rules (line 8, column 9)",
            "errorCategories[2].rules[0].onExitCodes.values[0]: invalid exit code \"x\": expected a decimal integer such as 137 (line 10, column 44)",
        ]);
    }

    [Test]
    public void CreateClassifier_ErrorFromShape_DropsRepeatedValidationError()
    {
        // The typo leaves the rule without a matcher; only the typo is reported.
        var exception = Should.Throw<ClassifierConfigException>(() =>
            ClassifierConfigLoader.CreateClassifier("- name: a\n  rules:\n    - onTerminationMesage: {pattern: x}\n"));

        exception.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("unknown key \"onTerminationMesage\" (did you mean \"onTerminationMessage\"?)");
    }

    [Test]
    public void CreateClassifier_ValidationErrors_FormatMessageForPeople()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(
            """
            - name: oom
              rules:
                - onExitCode: {operator: In, values: [137]}
            - name: oom
              rules:
                - onConditions: [OOMkilled]
            """,
            "rules.yaml"));

        var newLine = Environment.NewLine;
        exception.Message.ShouldBe(
            $"Invalid error-category config in rules.yaml (3 errors):{newLine}" +
            "  errorCategories[0].rules[0]: unknown key \"onExitCode\" (did you mean \"onExitCodes\"?); known keys: containerName, onConditions, onExitCodes, onTerminationMessage (line 3, column 7)" + newLine +
            "  errorCategories[1].name: duplicate category name \"oom\", already used by errorCategories[0]; rename one of them or merge their rules (line 4, column 9)" + newLine +
            "  errorCategories[1].rules[0].onConditions[0]: unknown condition \"OOMkilled\", valid values: OOMKilled, Evicted, DeadlineExceeded (case-sensitive) (line 6, column 22)");
    }

    [Test]
    public void CreateClassifier_ValidationError_NamesTheSource()
    {
        var exception = Should.Throw<ClassifierConfigException>(() =>
            ClassifierConfigLoader.CreateClassifier("- name: a\n  rules: []\n", "inline"));

        exception.ConfigSource.ShouldBe("inline");
    }
}
