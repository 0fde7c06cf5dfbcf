using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>An invalid command line or rule config exits 2 before any pod is read, with one stderr line per problem.</summary>
[TestFixture]
public class UsageErrorTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    private static IEnumerable<TestCaseData> CommandLineCases()
    {
        yield return new TestCaseData(Array.Empty<string>(),
                "no input given. Pass pod files or directories, or - to read kubectl output from stdin; run armada-classify --help for usage.")
            .SetName("Usage_NoPath_AsksForInput");
        yield return new TestCaseData(new[] { "--bogus", "x.json" }, "unknown option '--bogus'. Run armada-classify --help to list the options.")
            .SetName("Usage_UnknownOption_NamesIt");
        yield return new TestCaseData(new[] { "--format", "xml", "x.json" }, "invalid --format 'xml'. Use --format table or --format json.")
            .SetName("Usage_UnknownFormat_ListsFormats");
        yield return new TestCaseData(new[] { "x.json", "--config" }, "option --config needs a value: --config FILE.")
            .SetName("Usage_ConfigWithoutValue_ShowsForm");
        yield return new TestCaseData(new[] { "--cluster-id=", "x.json" }, "option --cluster-id has an empty value; give it as --cluster-id ID.")
            .SetName("Usage_EmptyClusterId_ShowsForm");
        yield return new TestCaseData(new[] { "--explain=yes", "x.json" }, "option --explain takes no value, but got '--explain=yes'. Write it as --explain alone.")
            .SetName("Usage_FlagWithValue_RejectsIt");
        yield return new TestCaseData(new[] { "-", "-" }, "'-' (stdin) is given more than once. Stdin can be read only once, so pass it a single time.")
            .SetName("Usage_StdinTwice_RejectsIt");
    }

    [TestCaseSource(nameof(CommandLineCases))]
    public void Usage_InvalidCommandLine_ExitsTwo(string[] args, string expectedMessage)
    {
        var result = CliRunner.Run(args);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.ShouldBe([$"armada-classify: {expectedMessage}"]);
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Usage_ConfigNotFound_ExitsTwo()
    {
        var path = Path.Combine(temp.Path, "missing.yaml");

        var result = CliRunner.Run("--config", path, CliRunner.SamplePods);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.ShouldBe([$"armada-classify: {path}: config file not found. Check the --config path."]);
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Usage_ConfigIsDirectory_ExitsTwo()
    {
        var result = CliRunner.Run("--config", temp.Path, CliRunner.SamplePods);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.ShouldBe([$"armada-classify: {temp.Path}: the config is a directory. Pass a YAML file to --config."]);
        });
    }

    [Test]
    public void Usage_InvalidConfig_ListsEveryError()
    {
        var path = temp.Write(
            "rules.yaml",
            "- name: x\n" +
            "  rules:\n" +
            "    - onExitCodes:\n" +
            "        operator: in\n" +
            "        values: [1]\n" +
            "- name: y\n" +
            "  rules:\n" +
            "    - onConditions: [OOMKiled]\n");

        var result = CliRunner.Run("--config", path, CliRunner.SamplePods);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.ShouldBe(
            [
                $"armada-classify: {path}:4:19: errorCategories[0].rules[0].onExitCodes.operator: invalid exit code operator \"in\", must be \"In\" or \"NotIn\" (case-sensitive)",
                $"armada-classify: {path}:8:22: errorCategories[1].rules[0].onConditions[0]: unknown condition \"OOMKiled\", valid values: OOMKilled, Evicted, DeadlineExceeded (case-sensitive)",
            ]);
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Usage_ConfigWithYamlSyntaxError_NamesLine()
    {
        var path = temp.Write("broken.yaml", "- name: x\n  rules: [\n");

        var result = CliRunner.Run("--config", path, CliRunner.SamplePods);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.Length.ShouldBe(1);
            result.ErrorLines[0].ShouldStartWith($"armada-classify: {path}:3:");
        });
    }

    [Test]
    public void Usage_Help_PrintsUsageAndExitsZero()
    {
        var result = CliRunner.Run("--help");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.Lines[0].ShouldBe("Usage: armada-classify [options] PATH...");
            result.Stdout.ShouldContain("  --emit-event ");
            result.Stderr.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Usage_Version_PrintsNameAndVersion()
    {
        var result = CliRunner.Run("--version");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.Lines.Length.ShouldBe(1);
            result.Lines[0].ShouldStartWith("armada-classify ");
        });
    }
}
