using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using Armada.ErrorCategorization.Tests.Support;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>The document shapes, key spellings and scalar forms the loader accepts, and what it reads from each.</summary>
public sealed class ClassifierConfigLoaderParseTests
{
    private const string OomList = """
        - name: oom
          rules:
            - onConditions: [OOMKilled]
        """;

    private static IEnumerable<TestCaseData> AcceptedShapes()
    {
        yield return Case("executor config", """
            application:
              clusterId: gpu-a
              pool: gpu
              errorCategories:
                - name: oom
                  rules:
                    - onConditions: [OOMKilled]
            kubernetes:
              minimumPodAge: 3m
            """, "oom: conditions(OOMKilled)");
        yield return Case("bare list", OomList, "oom: conditions(OOMKilled)");
        yield return Case("bare list with document markers", "---\n" + OomList + "\n...\n", "oom: conditions(OOMKilled)");
        yield return Case("JSON document", """
            {"application": {"errorCategories": [{"name": "evicted", "rules": [{"onConditions": ["Evicted"]}]}]}}
            """, "evicted: conditions(Evicted)");
        yield return Case("Windows line endings", OomList.ReplaceLineEndings("\r\n"), "oom: conditions(OOMKilled)");
        yield return Case("empty text", "", "");
        yield return Case("only a comment", "# no categories yet\n", "");
        yield return Case("null root", "~\n", "");
        yield return Case("empty root list", "[]\n", "");
        yield return Case("executor config without application", "kubernetes:\n  minimumPodAge: 3m\n", "");
        yield return Case("null application", "application:\n", "");
        yield return Case("empty application", "application: {}\n", "");
        yield return Case("application without errorCategories", "application:\n  clusterId: a\n", "");
        yield return Case("errorCategories empty list", "application:\n  errorCategories: []\n", "");
        yield return Case("errorCategories empty value", "application:\n  errorCategories:\n", "");
        yield return Case("errorCategories tilde", "application:\n  errorCategories: ~\n", "");
        yield return Case("errorCategories null", "application:\n  errorCategories: null\n", "");
        yield return Case("other keys under application ignored", """
            application:
              errorCategoriesBackup: [1, 2]
              submitJobs: true
              errorCategories:
                - name: a
                  rules: [{onConditions: [DeadlineExceeded]}]
            """, "a: conditions(DeadlineExceeded)");
        yield return Case("all keys upper case", """
            APPLICATION:
              ERRORCATEGORIES:
                - NAME: user_error
                  RULES:
                    - CONTAINERNAME: main
                      ONEXITCODES: {OPERATOR: NotIn, VALUES: [0]}
                    - ONTERMINATIONMESSAGE: {PATTERN: fatal}
                    - ONCONDITIONS: [OOMKilled]
            """, "user_error: container=main exitCodes(NotIn 0) | message(\"fatal\") | conditions(OOMKilled)");
        yield return Case("keys in mixed case", """
            Application:
              errorcategories:
                - Name: a
                  Rules:
                    - ContainerName: main
                      OnExitCodes: {Operator: In, Values: [3]}
            """, "a: container=main exitCodes(In 3)");
        yield return Case("quoted and signed exit codes", """
            - name: a
              rules:
                - onExitCodes:
                    operator: In
                    values: ["74", '1', -3, +5, 0, "-0", 2147483647, -2147483648]
            """, "a: exitCodes(In 74,1,-3,5,0,0,2147483647,-2147483648)");
        yield return Case("values are case-sensitive and kept as written", """
            - name: a
              rules:
                - onConditions: [oomkilled, Evicted]
                - onExitCodes: {operator: in, values: [1]}
            """, "a: conditions(oomkilled,Evicted) | exitCodes(in 1)");
        yield return Case("scalars as names", """
            - name: 404
              rules: [{onConditions: [Evicted]}]
            - name: true
              rules: [{onConditions: [Evicted]}]
            - name: "~"
              rules: [{onConditions: [Evicted]}]
            - name: ''
              rules: [{onConditions: [Evicted]}]
            - name: 1.5e3
              rules: [{onConditions: [Evicted]}]
            """, "404: conditions(Evicted); true: conditions(Evicted); ~: conditions(Evicted); : conditions(Evicted); 1.5e3: conditions(Evicted)");
        yield return Case("null name forms", """
            - name: ~
              rules: [{onConditions: [Evicted]}]
            - name:
              rules: [{onConditions: [Evicted]}]
            - name: null
              rules: [{onConditions: [Evicted]}]
            - name: NULL
              rules: [{onConditions: [Evicted]}]
            - name: !!null whatever
              rules: [{onConditions: [Evicted]}]
            """, "-: conditions(Evicted); -: conditions(Evicted); -: conditions(Evicted); -: conditions(Evicted); -: conditions(Evicted)");
        yield return Case("null values are absent", """
            - name: a
              rules:
                - containerName: ~
                  onConditions:
                  onExitCodes: null
                  onTerminationMessage: ~
            """, "a: (empty rule)");
        yield return Case("null rules and null items", """
            - name: a
              rules: ~
            - ~
            - name: b
              rules:
                -
            """, "a: -; -: -; b: (empty rule)");
        yield return Case("empty matchers are present", """
            - name: a
              rules:
                - onConditions: []
                - onExitCodes: {}
                - onTerminationMessage: {}
                - onExitCodes: {operator: In, values: ~}
                - onTerminationMessage: {pattern: ~}
            """, "a: conditions() | exitCodes( ) | message(\"\") | exitCodes(In ) | message(\"\")");
        yield return Case("pattern scalar styles", """
            - name: a
              rules:
                - onTerminationMessage: {pattern: 'CUDA error: \d+'}
                - onTerminationMessage: {pattern: "line\tend\\z"}
                - onTerminationMessage:
                    pattern: |-
                      (?i)nccl
                - onTerminationMessage:
                    pattern: a, b [c] # comment
            """, "a: message(\"CUDA error: \\d+\") | message(\"line\tend\\z\") | message(\"(?i)nccl\") | message(\"a, b [c]\")");
        yield return Case("alias to a rule", """
            - name: a
              rules:
                - &oomRule
                  onConditions: [OOMKilled]
            - name: b
              rules:
                - *oomRule
                - containerName: main
                  onExitCodes: &codes {operator: In, values: [1, 2]}
            - name: c
              rules:
                - onExitCodes: *codes
            """, "a: conditions(OOMKilled); b: conditions(OOMKilled) | container=main exitCodes(In 1,2); c: exitCodes(In 1,2)");
        yield return Case("merge keys from outside the section", """
            defaults:
              main: &main
                containerName: main
              sidecar: &sidecar
                containerName: sidecar
                onConditions: [OOMKilled]
            application:
              errorCategories:
                - name: a
                  rules:
                    - <<: *main
                      onConditions: [OOMKilled]
                    - <<: [*main, *sidecar]
                    - <<: *sidecar
                      containerName: init
                      ONCONDITIONS: [Evicted]
            """, "a: container=main conditions(OOMKilled) | container=main conditions(OOMKilled) | container=init conditions(Evicted)");
        yield return Case("merge key into an executor config root", """
            base: &base
              application:
                errorCategories:
                  - name: a
                    rules: [{onConditions: [OOMKilled]}]
            <<: *base
            kubernetes: {}
            """, "a: conditions(OOMKilled)");
        yield return Case("quoted merge key is an ordinary key", """
            defaults: &d {clusterId: x}
            "<<": *d
            application:
              errorCategories: []
            """, "");
        yield return Case("tagged scalars are read by their text", """
            - name: !!str 42
              rules:
                - onExitCodes: {operator: !!str In, values: [!!int "7", !custom 8]}
            """, "42: exitCodes(In 7,8)");
    }

    [TestCaseSource(nameof(AcceptedShapes))]
    public void Parse_AcceptedShape_ReadsCategories(string yaml, string expected)
    {
        var categories = ClassifierConfigLoader.Parse(yaml);

        CategoryText.Render(categories).ShouldBe(expected);
    }

    [TestCaseSource(nameof(AcceptedShapes))]
    public void Parse_TextReaderOverload_ReadsSameCategories(string yaml, string expected)
    {
        using var reader = new StringReader(yaml);

        var categories = ClassifierConfigLoader.Parse(reader);

        CategoryText.Render(categories).ShouldBe(expected);
    }

    [Test]
    public void Parse_InvalidValues_ReturnsThemUnvalidated()
    {
        var categories = ClassifierConfigLoader.Parse("""
            - name: a
              rules:
                - onConditions: [AppError]
            - name: a
              rules: []
            """);

        CategoryText.Render(categories).ShouldBe("a: conditions(AppError); a: ");
    }

    [Test]
    public void Parse_NullListItem_GivesEmptyCategory()
    {
        var categories = ClassifierConfigLoader.Parse("- ~\n");

        categories.Count.ShouldBe(1);
        categories[0].Name.ShouldBeNull();
        categories[0].Rules.ShouldBeNull();
    }

    [Test]
    public void CreateClassifier_NoCategories_ClassifiesNothing()
    {
        var pod = new PodBuilder().Terminated("main", 137, reason: "OOMKilled").PodReason("Evicted").Build();

        var classifier = ClassifierConfigLoader.CreateClassifier("application:\n  clusterId: a\n");

        classifier.CategoryNames.ShouldBeEmpty();
        classifier.Classify(pod).ShouldBeEmpty();
    }

    [TestCase("")]
    [TestCase("application:\n  errorCategories: []\n")]
    [TestCase("application:\n  errorCategories: ~\n")]
    [TestCase("[]")]
    public void CreateClassifier_EmptyConfig_HasNoCategories(string yaml)
    {
        var classifier = ClassifierConfigLoader.CreateClassifier(yaml);

        classifier.CategoryNames.ShouldBeEmpty();
    }

    [Test]
    public void CreateClassifier_TextReaderOverload_BuildsClassifier()
    {
        using var reader = new StringReader(OomList);

        var classifier = ClassifierConfigLoader.CreateClassifier(reader, "inline");

        classifier.CategoryNames.ShouldBe(["oom"]);
    }

    [Test]
    public void CreateClassifier_AliasedCategory_ReportsDuplicateName()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier("""
            - &oom
              name: oom
              rules: [{onConditions: [OOMKilled]}]
            - *oom
            """));

        exception.Errors.Select(error => error.ToString()).ShouldBe([
            "errorCategories[1].name: duplicate category name \"oom\", already used by errorCategories[0]; rename one of them or merge their rules (line 2, column 9)",
        ]);
    }

    private static TestCaseData Case(string name, string yaml, string expected) =>
        new TestCaseData(yaml, expected).SetArgDisplayNames(name);
}
