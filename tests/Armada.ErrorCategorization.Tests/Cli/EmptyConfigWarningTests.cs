using Armada.ErrorCategorization.Cli.Rules;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>
/// A <c>--config</c> file without categories stays valid, but the CLI warns on stderr and, where a
/// key looks misspelt, names the key that was probably meant.
/// </summary>
[TestFixture]
public class EmptyConfigWarningTests
{
    private const string NoSection =
        "no application.errorCategories section or category list found, so every pod will have no categories.";

    private const string OneCategory =
        "    - name: x\n" +
        "      rules:\n" +
        "        - onExitCodes: {operator: In, values: [1]}\n";

    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private static IEnumerable<TestCaseData> WarningCases()
    {
        yield return Case("EmptyFile_NoContent", string.Empty, NoSection + " The file has no content.");
        yield return Case("OnlyComments_NoContent", "# rules go here\n", NoSection + " The file has no content.");
        yield return Case("NullDocument_NoContent", "~\n", NoSection + " The file has no content.");
        yield return Case("UnrelatedKey_NoHint", "foo: bar\n", NoSection);
        yield return Case("ApplicationTypo_DidYouMean", "aplication:\n  errorCategories:\n" + OneCategory,
            NoSection + " Did you mean application instead of 'aplication' (line 1)?");
        yield return Case("ApplicationTypoOtherCase_DidYouMean", "settings: 1\nApplicaton:\n  errorCategories: []\n",
            NoSection + " Did you mean application instead of 'Applicaton' (line 2)?");
        yield return Case("RootErrorCategoriesTypo_DidYouMean", "errorCategores:\n" + OneCategory,
            NoSection + " Did you mean application.errorCategories instead of 'errorCategores' (line 1)?");
        yield return Case("SingularUnderApplication_DidYouMean", "application:\n  errorCategory:\n" + OneCategory,
            NoSection + " Did you mean application.errorCategories instead of application.errorCategory (line 2)?");
        yield return Case("TwoTyposUnderApplication_NamesBoth", "application:\n  errorCategory: []\n  categories: []\n",
            NoSection + " Did you mean application.errorCategories instead of application.errorCategory (line 2), application.categories (line 3)?");
        yield return Case("ApplicationWithOtherKeys_DidYouMean", "application:\n  clusterId: gpu-east\n  pool: default\n",
            NoSection + " The application section has no errorCategories key. Did you mean to list the categories under application.errorCategories?");
        yield return Case("NullApplication_DidYouMean", "application:\n",
            NoSection + " The application section has no errorCategories key. Did you mean to list the categories under application.errorCategories?");
        yield return Case("EmptyList_SaysEmpty", "[]\n", "the category list is empty, so every pod will have no categories.");
        yield return Case("EmptyErrorCategories_SaysEmpty", "application:\n  errorCategories: []\n",
            "application.errorCategories is empty, so every pod will have no categories.");
        yield return Case("NullErrorCategories_SaysEmpty", "application:\n  ErrorCategories: ~\n",
            "application.errorCategories is empty, so every pod will have no categories.");
        yield return Case("DeploymentGiven_NamesKind", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
            NoSection + " The file looks like a Kubernetes Deployment, not a rule config: pass pods as PATH arguments and rules with --config.");
    }

    [TestCaseSource(nameof(WarningCases))]
    public void EmptyConfig_Content_WarnsOnce(string content, string expectedWarning)
    {
        var config = temp.Write("rules.yaml", content);

        var result = CliRunner.Run("--format", "json", "--config", config, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.ErrorLines.ShouldBe([$"armada-classify: warning: {config}: {expectedWarning}"]);
            SamplePodsTests.Strings(result.JsonLines().Single().GetProperty("categories")).ShouldBeEmpty();
        });
    }

    [TestCase("train-resnet-oom-7f9c2.json", TestName = "EmptyConfig_JsonPodFile_NamesKind")]
    [TestCase("train-bert-cuda-3f7a1.yaml", TestName = "EmptyConfig_YamlPodFile_NamesKind")]
    public void EmptyConfig_PodFile_NamesKind(string fileName)
    {
        var config = CliRunner.Sample(fileName);

        var result = CliRunner.Run("--format", "json", "--config", config, CliRunner.Sample("etl-evicted-9d3a7.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.ErrorLines.ShouldBe(
            [
                $"armada-classify: warning: {config}: {NoSection} The file looks like a Kubernetes Pod, not a rule config: pass pods as PATH arguments and rules with --config.",
            ]);
        });
    }

    [Test]
    public void EmptyConfig_TableFormat_WarnsAndShowsNoCategories()
    {
        var config = temp.Write("rules.yaml", "foo: bar\n");

        var result = CliRunner.Run("--format", "table", "--config", config, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.ErrorLines.ShouldBe([$"armada-classify: warning: {config}: {NoSection}"]);
            result.Lines[0].ShouldBe($"Rules: {config} (0 categories)");
        });
    }

    [Test]
    public void EmptyConfig_InputError_ExitStatusUnchanged()
    {
        var config = temp.Write("rules.yaml", string.Empty);
        var missing = Path.Combine(temp.Path, "missing.json");

        var result = CliRunner.Run("--format", "json", "--config", config, missing);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines[0].ShouldBe($"armada-classify: warning: {config}: {NoSection} The file has no content.");
            result.ErrorLines.Length.ShouldBe(2);
        });
    }

    [Test]
    public void EmptyConfig_WithCategories_NoWarning()
    {
        var config = temp.Write("rules.yaml", "application:\n  errorCategories:\n" + OneCategory);

        var result = CliRunner.Run("--format", "json", "--config", config, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.Stderr.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void EmptyConfig_UnreadableAgain_WarnsWithoutHint()
    {
        EmptyConfigWarning.Describe("rules.yaml", null).ShouldBe($"rules.yaml: {NoSection}");
    }

    [TestCase("aplication", "application", true, TestName = "KeyTypo_OneDeletion_Likely")]
    [TestCase("APPLICATOIN", "application", true, TestName = "KeyTypo_SwapOtherCase_Likely")]
    [TestCase("applications", "application", true, TestName = "KeyTypo_OneInsertion_Likely")]
    [TestCase("Application", "application", false, TestName = "KeyTypo_SameKeyOtherCase_NotTypo")]
    [TestCase("applicationXYZ", "application", false, TestName = "KeyTypo_ThreeEdits_NotTypo")]
    [TestCase("api", "application", false, TestName = "KeyTypo_ShortKey_NotTypo")]
    [TestCase("errorCategores", "errorCategories", true, TestName = "KeyTypo_MissingLetter_Likely")]
    [TestCase("errorCategory", "errorCategories", true, TestName = "KeyTypo_Singular_Likely")]
    [TestCase("Categories", "errorCategories", true, TestName = "KeyTypo_WithoutError_Likely")]
    [TestCase("clusterId", "errorCategories", false, TestName = "KeyTypo_UnrelatedKey_NotTypo")]
    public void KeyTypo_Key_IsLikely(string key, string intended, bool expected)
    {
        KeyTypo.IsLikely(key, intended).ShouldBe(expected);
    }

    [TestCase("", "", 0)]
    [TestCase("abc", "", 3)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("APLICATION", "APPLICATION", 1)]
    public void KeyTypo_EditDistance_Counts(string a, string b, int expected)
    {
        KeyTypo.EditDistance(a, b).ShouldBe(expected);
    }

    private static TestCaseData Case(string name, string content, string expectedWarning) =>
        new TestCaseData(content, expectedWarning).SetName("EmptyConfig_" + name);
}
