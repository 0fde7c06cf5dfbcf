using System.Text;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>
/// Hostile input: deep nesting, alias bombs, merge chains and floods of errors. Each load runs under
/// a generous hang guard; the limits must stop it long before.
/// </summary>
public sealed class ClassifierConfigLoaderLimitTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Test]
    public void CreateClassifier_DeepFlowNesting_RejectedAtLimit()
    {
        var yaml = new string('[', 100_000) + new string(']', 100_000);

        var exception = LoadExpectingError(yaml);

        var error = exception.Errors.ShouldHaveSingleItem();
        Assert.Multiple(() =>
        {
            error.Message.ShouldBe("the YAML nests lists and mappings more than 64 levels deep; an error-category config needs at most 7");
            error.Line.ShouldBe(1);
            error.Column.ShouldBe(65);
            error.Path.ShouldBe("errorCategories" + string.Concat(Enumerable.Repeat("[0]", 64)));
        });
    }

    [Test]
    public void CreateClassifier_DeepBlockNesting_RejectedAtLimit()
    {
        var yaml = new StringBuilder();
        for (var depth = 0; depth < 1000; depth++)
        {
            yaml.Append(' ', depth * 2).Append('k').Append(depth).Append(":\n");
        }

        var exception = LoadExpectingError(yaml.ToString());

        var error = exception.Errors.ShouldHaveSingleItem();
        Assert.Multiple(() =>
        {
            error.Message.ShouldBe("the YAML nests lists and mappings more than 64 levels deep; an error-category config needs at most 7");
            error.Line.ShouldBe(65);
            error.Column.ShouldBe(129);
        });
    }

    [Test]
    public void CreateClassifier_NestingAtLimitOutsideSection_Loads()
    {
        var yaml = "deep: " + new string('[', 63) + new string(']', 63) + "\napplication:\n  errorCategories: []\n";

        var classifier = Load(yaml);

        classifier.CategoryNames.ShouldBeEmpty();
    }

    [Test]
    public void CreateClassifier_AliasBombInSection_StopsAtNodeLimit()
    {
        // 1000 aliases of a category whose rules are 1000 aliases of a rule with 1000 exit codes:
        // about 25 kB of text that would expand to 10^9 values.
        var values = string.Join(", ", Enumerable.Range(1, 1000));
        var rules = string.Join(", ", Enumerable.Repeat("*r", 1000));
        var categories = string.Join(", ", Enumerable.Repeat("*c", 1000));
        var yaml = $"""
            anchors:
              - &r {"{"}onExitCodes: {"{"}operator: In, values: [{values}]{"}"}{"}"}
              - &c {"{"}name: bomb, rules: [{rules}]{"}"}
            application:
              errorCategories: [{categories}]
            """;

        var exception = LoadExpectingError(yaml);

        var error = exception.Errors.ShouldHaveSingleItem();
        Assert.Multiple(() =>
        {
            error.Path.ShouldBe("(document)");
            error.Message.ShouldBe(
                "the error-category section has more than 50000 nodes, counting each use of an alias or merge key; " +
                "this is far beyond a real config, so check for runaway aliases");
            error.Line.ShouldBe(2, "the limit is reached inside the anchored rule's values");
        });
    }

    [Test]
    public void CreateClassifier_AliasedPatternRules_Load()
    {
        // 90 aliases of a category whose rules are 100 aliases of one pattern rule: 9000 rules,
        // just under the node limit, which the classifier compiles with a single pattern.
        var rules = string.Join(", ", Enumerable.Repeat("*r", 100));
        var categories = string.Join(", ", Enumerable.Range(0, 90).Select(i => $"{{name: c{i}, rules: [{rules}]}}"));
        var yaml = $"""
            anchors:
              - &r {"{"}onTerminationMessage: {"{"}pattern: "(?i)cuda (error|out of memory)"{"}"}{"}"}
            application:
              errorCategories: [{categories}]
            """;

        var classifier = Load(yaml);

        classifier.CategoryNames.Count.ShouldBe(90);
    }

    [Test]
    public void CreateClassifier_AliasBombOutsideSection_IsNotExpanded()
    {
        var yaml = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var aliases = string.Join(", ", Enumerable.Repeat($"*lol{level - 1}", 10));
            yaml.Append($"lol{level}: &lol{level} [{aliases}]\n");
        }

        yaml.Append("application:\n  errorCategories:\n    - name: oom\n      rules: [{onConditions: [OOMKilled]}]\n");

        var classifier = Load(yaml.ToString());

        classifier.CategoryNames.ShouldBe(["oom"]);
    }

    [Test]
    public void CreateClassifier_AliasBombUnderUnknownKey_ReportsOnlyTheKey()
    {
        var yaml = new StringBuilder("x: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"x{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        yaml.Append("application:\n  errorCategories:\n    - name: a\n      payload: *l9\n      rules: [{onConditions: [OOMKilled]}]\n");

        var exception = LoadExpectingError(yaml.ToString());

        exception.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "application.errorCategories[0]: unknown key \"payload\"; known keys: name, rules (line 14, column 7)");
    }

    [Test]
    public void CreateClassifier_LongMergeChain_RejectedAtLimit()
    {
        var yaml = new StringBuilder("m0: &m0 {onConditions: [OOMKilled]}\n");
        for (var i = 1; i <= 10_000; i++)
        {
            yaml.Append($"m{i}: &m{i} {{<<: *m{i - 1}}}\n");
        }

        yaml.Append("application:\n  errorCategories:\n    - name: a\n      rules: [*m10000]\n");

        var exception = LoadExpectingError(yaml.ToString());

        exception.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "application.errorCategories[0].rules[0]: merge keys (<<) are chained more than 64 levels deep; write the keys out instead (line 9936, column 8)");
    }

    [Test]
    public void CreateClassifier_ManyErrors_ListsFirstHundred()
    {
        var values = string.Join(", ", Enumerable.Repeat("x", 150));
        var yaml = $"- name: a\n  rules: [{{onExitCodes: {{operator: In, values: [{values}]}}}}]\n";

        var exception = LoadExpectingError(yaml);

        Assert.Multiple(() =>
        {
            exception.Errors.Count.ShouldBe(101);
            exception.Errors[99].Path.ShouldBe("errorCategories[0].rules[0].onExitCodes.values[99]");
            exception.Errors[100].ToString().ShouldBe("(document): 50 more errors are not shown; fix the errors above and load the config again");
        });
    }

    [Test]
    public void CreateClassifier_LargeValidConfig_Loads()
    {
        var yaml = new StringBuilder("application:\n  errorCategories:\n");
        for (var i = 0; i < 500; i++)
        {
            yaml.Append($"    - name: c{i}\n      rules:\n");
            yaml.Append($"        - onExitCodes: {{operator: In, values: [{i + 1}, {i + 1000}]}}\n");
            yaml.Append($"        - onTerminationMessage: {{pattern: \"error {i}\"}}\n");
        }

        var classifier = Load(yaml.ToString());

        classifier.CategoryNames.Count.ShouldBe(500);
    }

    private static Classifier Load(string yaml)
    {
        var load = Task.Run(() => ClassifierConfigLoader.CreateClassifier(yaml));
        load.Wait(HangGuard).ShouldBeTrue("the load did not finish within the hang guard");
        return load.Result;
    }

    private static ClassifierConfigException LoadExpectingError(string yaml)
    {
        var load = Task.Run(() => Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(yaml)));
        load.Wait(HangGuard).ShouldBeTrue("the load did not finish within the hang guard");
        return load.Result;
    }
}
