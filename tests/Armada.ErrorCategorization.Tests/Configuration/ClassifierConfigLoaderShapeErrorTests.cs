using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>
/// Keys and types the loader rejects: each case lists every error as
/// <c>path: message (line L, column C)</c>, in the order the exception gives them.
/// </summary>
public sealed class ClassifierConfigLoaderShapeErrorTests
{
    private const string RuleKeys = "known keys: containerName, onConditions, onExitCodes, onTerminationMessage";

    private static IEnumerable<TestCaseData> ShapeErrors()
    {
        yield return Case("misspelt matcher key suggests the known key", """
            application:
              errorCategories:
                - name: user_error
                  rules:
                    - onExitCodes: {operator: In, values: [1]}
                    - onExitCode:
                        operator: In
                        values: [2]
            """,
            $"application.errorCategories[0].rules[1]: unknown key \"onExitCode\" (did you mean \"onExitCodes\"?); {RuleKeys} (line 6, column 11)");
        yield return Case("unknown key without a close match", """
            - name: a
              rules:
                - onPodError: {pattern: x}
            """,
            $"errorCategories[0].rules[0]: unknown key \"onPodError\"; {RuleKeys} (line 3, column 7)");
        yield return Case("rule key at category level", """
            - name: a
              onConditions: [OOMKilled]
              rules: [{onConditions: [OOMKilled]}]
            """,
            "errorCategories[0]: unknown key \"onConditions\"; onConditions is a rule key, so put it in an item under rules; known keys: name, rules (line 2, column 3)");
        yield return Case("category key at rule level", """
            - rules:
                - name: a
                  onConditions: [OOMKilled]
              name: a
            """,
            $"errorCategories[0].rules[0]: unknown key \"name\"; name is a category key, so check the indentation of this rule; {RuleKeys} (line 2, column 7)");
        yield return Case("misspelt key inside onExitCodes", """
            - name: a
              rules:
                - onExitCodes:
                    operator: In
                    value: [1]
            """,
            "errorCategories[0].rules[0].onExitCodes.values: exit code matcher requires at least one value (line 4, column 9)",
            "errorCategories[0].rules[0].onExitCodes: unknown key \"value\" (did you mean \"values\"?); known keys: operator, values (line 5, column 9)");
        yield return Case("misspelt key inside onTerminationMessage", """
            - name: a
              rules:
                - onTerminationMessage: {patern: x}
            """,
            "errorCategories[0].rules[0].onTerminationMessage: unknown key \"patern\" (did you mean \"pattern\"?); known keys: pattern (line 3, column 30)");
        yield return Case("same key twice", """
            - name: a
              name: b
              rules: [{onConditions: [OOMKilled]}]
            """,
            "errorCategories[0].name: duplicate key \"name\": already set at line 1, column 3; remove one of them (line 2, column 3)");
        yield return Case("same key twice in another case", """
            - name: a
              rules: [{onConditions: [OOMKilled]}]
              RULES: [{onConditions: [Evicted]}]
            """,
            "errorCategories[0].rules: duplicate key \"RULES\": already set as \"rules\" at line 2, column 3, and keys are case-insensitive; remove one of them (line 3, column 3)");
        yield return Case("scalar for the rule list", """
            - name: a
              rules: oops
            """,
            "errorCategories[0].rules: expected a list of rules, got \"oops\"; write each rule as a list item starting with - (line 2, column 10)");
        yield return Case("scalar for conditions", """
            - name: oom
              rules:
                - onConditions: OOMKilled
            """,
            "errorCategories[0].rules[0].onConditions: expected a list of conditions such as [OOMKilled], got \"OOMKilled\"; write [OOMKilled] (line 3, column 21)");
        yield return Case("list and null as condition names", """
            - name: oom
              rules:
                - onConditions: [[OOMKilled], ~, Evicted]
            """,
            "errorCategories[0].rules[0].onConditions[0]: expected a condition name (OOMKilled, Evicted, DeadlineExceeded), got a list (line 3, column 22)",
            "errorCategories[0].rules[0].onConditions[1]: expected a condition name (OOMKilled, Evicted, DeadlineExceeded), got null (line 3, column 35)");
        yield return Case("scalar for exit code values", """
            - name: a
              rules:
                - onExitCodes: {operator: In, values: 137}
            """,
            "errorCategories[0].rules[0].onExitCodes.values: expected a list of exit codes such as [1, 2], got \"137\"; write [137] (line 3, column 43)");
        yield return Case("invalid exit code in a rule with two matchers reports both", """
            - name: a
              rules:
                - onConditions: [OOMKilled]
                  onExitCodes: {operator: In, values: [x]}
            """,
            "errorCategories[0].rules[0]: rule must specify only one of onConditions, onExitCodes, or onTerminationMessage, but sets onConditions and onExitCodes; split it into one rule per matcher (line 3, column 7)",
            "errorCategories[0].rules[0].onExitCodes.values[0]: invalid exit code \"x\": expected a decimal integer such as 137 (line 4, column 44)");
        yield return Case("invalid exit codes", """
            - name: a
              rules:
                - onExitCodes:
                    operator: In
                    values: [abc, 1.5, 4294967296, "74", 010, 0x1F, ~, [1], "", " 7", 1_000]
            """,
            "errorCategories[0].rules[0].onExitCodes.values[0]: invalid exit code \"abc\": expected a decimal integer such as 137 (line 5, column 18)",
            "errorCategories[0].rules[0].onExitCodes.values[1]: invalid exit code \"1.5\": expected a decimal integer such as 137 (line 5, column 23)",
            "errorCategories[0].rules[0].onExitCodes.values[2]: invalid exit code \"4294967296\": out of range: exit codes are 32-bit signed integers, from -2147483648 to 2147483647 (line 5, column 28)",
            "errorCategories[0].rules[0].onExitCodes.values[4]: invalid exit code \"010\": leading zeros are not accepted because YAML readers disagree on whether they mean octal; write the number without them (line 5, column 46)",
            "errorCategories[0].rules[0].onExitCodes.values[5]: invalid exit code \"0x1F\": expected a decimal integer such as 137 (line 5, column 51)",
            "errorCategories[0].rules[0].onExitCodes.values[6]: invalid exit code: expected a decimal integer such as 137, got null (line 5, column 57)",
            "errorCategories[0].rules[0].onExitCodes.values[7]: invalid exit code: expected a decimal integer such as 137, got a list (line 5, column 60)",
            "errorCategories[0].rules[0].onExitCodes.values[8]: invalid exit code \"\": expected a decimal integer such as 137 (line 5, column 65)",
            "errorCategories[0].rules[0].onExitCodes.values[9]: invalid exit code \" 7\": expected a decimal integer such as 137 (line 5, column 69)",
            "errorCategories[0].rules[0].onExitCodes.values[10]: invalid exit code \"1_000\": expected a decimal integer such as 137 (line 5, column 75)");
        yield return Case("mapping for a name", """
            - name: {first: a}
              rules: [{onConditions: [OOMKilled]}]
            """,
            "errorCategories[0].name: expected a category name (a string), got a mapping (line 1, column 9)");
        yield return Case("list for an operator", """
            - name: a
              rules:
                - onExitCodes: {operator: [In], values: [1]}
            """,
            "errorCategories[0].rules[0].onExitCodes.operator: expected In or NotIn (a string), got a list (line 3, column 31)");
        yield return Case("mapping for a container name", """
            - name: a
              rules:
                - containerName: {name: main}
                  onConditions: [OOMKilled]
            """,
            "errorCategories[0].rules[0].containerName: expected a container name (a string), got a mapping (line 3, column 22)");
        yield return Case("list for a pattern", """
            - name: a
              rules:
                - onTerminationMessage: {pattern: [a, b]}
            """,
            "errorCategories[0].rules[0].onTerminationMessage.pattern: expected a regular expression (a string), got a list (line 3, column 39)");
        yield return Case("scalar category", "- oom\n",
            "errorCategories[0]: expected a category (a mapping with name and rules), got \"oom\" (line 1, column 3)");
        yield return Case("scalar rule", """
            - name: oom
              rules:
                - OOMKilled
            """,
            "errorCategories[0].rules[0]: expected a rule (a mapping with one of onConditions, onExitCodes or onTerminationMessage), got \"OOMKilled\" (line 3, column 7)");
        yield return Case("list for onExitCodes", """
            - name: a
              rules:
                - onExitCodes: [1, 2]
            """,
            "errorCategories[0].rules[0].onExitCodes: expected a mapping with operator and values, such as {operator: In, values: [1, 2]}, got a list (line 3, column 20)");
        yield return Case("scalar for onTerminationMessage", """
            - name: a
              rules:
                - onTerminationMessage: "CUDA error"
            """,
            "errorCategories[0].rules[0].onTerminationMessage: expected a mapping with pattern, got \"CUDA error\"; write {pattern: \"CUDA error\"} (line 3, column 29)");
        yield return Case("object form of errorCategories", """
            application:
              errorCategories:
                enabled: true
                categories: []
            """,
            "application.errorCategories: expected a list of categories, got a mapping; the form with enabled, defaultCategory and categories belongs to later Armada versions and is not supported, so list the categories directly under errorCategories (line 3, column 5)");
        yield return Case("scalar for errorCategories", "application:\n  errorCategories: oom\n",
            "application.errorCategories: expected a list of categories, each with a name and rules, got \"oom\" (line 2, column 20)");
        yield return Case("scalar for application", "application: gpu\n",
            "application: expected a mapping of executor settings, got \"gpu\" (line 1, column 14)");
        yield return Case("scalar document", "oom\n",
            "(document): expected an Armada executor config (a mapping with application.errorCategories) or a list of categories, got \"oom\" (line 1, column 1)");
        yield return Case("errorCategories at the document root", """
            errorCategories:
              - name: oom
                rules: [{onConditions: [OOMKilled]}]
            """,
            "errorCategories: errorCategories must be under application: in an executor config; indent it under application:, or make the category list itself the whole document (line 1, column 1)");
        yield return Case("application twice", """
            application: {}
            Application:
              errorCategories: []
            """,
            "application: duplicate key \"Application\": already set as \"application\" at line 1, column 1, and keys are case-insensitive; remove one of them (line 2, column 1)");
        yield return Case("list as a key", """
            - name: a
              ? [rules]
              : []
            """,
            "errorCategories[0]: invalid key: expected a string, got a list (line 2, column 5)");
        yield return Case("merge key with a scalar", """
            - name: a
              rules:
                - <<: main
                  onConditions: [OOMKilled]
            """,
            "errorCategories[0].rules[0]: invalid merge key: << expects a mapping or a list of mappings, got \"main\" (line 3, column 11)");
        yield return Case("unknown key in a merged mapping", """
            - name: a
              rules:
                - &base {containerName: main, onCondition: [OOMKilled]}
                - <<: *base
            """,
            $"errorCategories[0].rules[0]: unknown key \"onCondition\" (did you mean \"onConditions\"?); {RuleKeys} (line 3, column 35)",
            $"errorCategories[0].rules[1]: unknown key \"onCondition\" (did you mean \"onConditions\"?); {RuleKeys} (line 3, column 35)");
        yield return Case("several errors in config order", """
            - name: a
              rules:
                - onConditon: [OOMKilled]
            - name: b
              rules: oops
            - name: [c]
              rules:
                - onExitCodes: {operator: In, values: [x]}
            """,
            $"errorCategories[0].rules[0]: unknown key \"onConditon\" (did you mean \"onConditions\"?); {RuleKeys} (line 3, column 7)",
            "errorCategories[1].rules: expected a list of rules, got \"oops\"; write each rule as a list item starting with - (line 5, column 10)",
            "errorCategories[2].name: expected a category name (a string), got a list (line 6, column 9)",
            "errorCategories[2].rules[0].onExitCodes.values[0]: invalid exit code \"x\": expected a decimal integer such as 137 (line 8, column 44)");
    }

    private static IEnumerable<TestCaseData> SyntaxErrors()
    {
        yield return Case("unterminated quote", """
            - name: oom
              rules: [{onConditions: ["OOMKilled]}]
            """,
            "errorCategories[0].rules[0]: invalid YAML: While scanning a quoted scalar, found unexpected end of stream. (line 2, column 27)");
        yield return Case("tab indentation", "application:\n\terrorCategories: []\n",
            "application: invalid YAML: While scanning a mapping, found invalid tab as indentation. (line 1, column 1)");
        yield return Case("mapping value in a plain scalar", "- name: a: b\n",
            "errorCategories[0].name: invalid YAML: While scanning a plain scalar value, found invalid mapping. (line 1, column 10)");
        yield return Case("unclosed flow mapping", "- {name: a\n",
            "errorCategories[0].name: invalid YAML: While parsing a flow mapping, did not find expected ',' or '}'. (line 2, column 1)");
        yield return Case("unclosed flow sequence before a key", "application:\n  errorCategories: [1, 2\n  clusterId: a\n",
            "application.errorCategories[1]: invalid YAML: the parser could not read the text here; check for an unclosed [ or { or a missing quote (line 3, column 3)");
        yield return Case("list item among mapping keys", """
            - name: a
              rules:
                - onConditions: [OOMKilled]
              - name: b
            """,
            "errorCategories[0]: invalid YAML: While parsing a block mapping, did not find expected key. (line 4, column 3)");
        yield return Case("tag that is not a URI", "- !<:x> oom\n",
            "errorCategories[0]: invalid YAML: Global tags must be valid URIs. (line 1, column 3)");
        yield return Case("unknown alias", """
            - name: a
              rules: *missing
            """,
            "errorCategories[0].rules: unknown anchor \"missing\": an alias *missing must come after the node that defines &missing (line 2, column 10)");
        yield return Case("alias inside its own anchor", "- &loop [*loop]\n",
            "errorCategories[0][0]: unknown anchor \"loop\": an alias *loop must come after the node that defines &loop (line 1, column 10)");
        yield return Case("second document", "- name: a\n  rules: [{onConditions: [OOMKilled]}]\n---\n- name: b\n",
            "(document): the text contains a second YAML document; a config must be one document, so remove this --- line and what follows it (line 3, column 1)");
    }

    [TestCaseSource(nameof(ShapeErrors))]
    [TestCaseSource(nameof(SyntaxErrors))]
    public void CreateClassifier_InvalidShape_ListsEveryError(string yaml, string[] expected)
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(yaml));

        exception.Errors.Select(error => error.ToString()).ShouldBe(expected);
    }

    [TestCaseSource(nameof(SyntaxErrors))]
    public void Parse_InvalidYaml_ListsTheSyntaxError(string yaml, string[] expected)
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.Parse(yaml));

        exception.Errors.Select(error => error.ToString()).ShouldBe(expected);
    }

    [Test]
    public void Parse_ShapeError_ThrowsWithoutValidating()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.Parse("""
            - name: a
              rules:
                - onConditions: OOMKilled
            - name: a
              rules: []
            """));

        exception.Errors.Select(error => error.ToString()).ShouldBe([
            "errorCategories[0].rules[0].onConditions: expected a list of conditions such as [OOMKilled], got \"OOMKilled\"; write [OOMKilled] (line 3, column 21)",
        ]);
    }

    [Test]
    public void CreateClassifier_UnknownKey_SetsEveryField()
    {
        var exception = Should.Throw<ClassifierConfigException>(() =>
            ClassifierConfigLoader.CreateClassifier("- name: a\n  rules:\n    - onExitCode: {operator: In, values: [1]}\n", "rules.yaml"));

        var error = exception.Errors.ShouldHaveSingleItem();
        Assert.Multiple(() =>
        {
            error.Path.ShouldBe("errorCategories[0].rules[0]");
            error.Line.ShouldBe(3);
            error.Column.ShouldBe(7);
            error.Value.ShouldBe("onExitCode");
            error.Message.ShouldBe($"unknown key \"onExitCode\" (did you mean \"onExitCodes\"?); {RuleKeys}");
            exception.ConfigSource.ShouldBe("rules.yaml");
        });
    }

    [Test]
    public void CreateClassifier_InvalidExitCode_SetsValueAsWritten()
    {
        var exception = Should.Throw<ClassifierConfigException>(() =>
            ClassifierConfigLoader.CreateClassifier("- name: a\n  rules:\n    - onExitCodes: {operator: In, values: ['1.5']}\n"));

        exception.Errors.ShouldHaveSingleItem().Value.ShouldBe("1.5");
    }

    [Test]
    public void CreateClassifier_SyntaxError_NamesTheSource()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier("- [\n", "broken.yaml"));

        exception.ConfigSource.ShouldBe("broken.yaml");
    }

    private static TestCaseData Case(string name, string yaml, params string[] expected) =>
        new TestCaseData(yaml, expected).SetArgDisplayNames(name);
}
