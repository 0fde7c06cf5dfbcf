using Armada.ErrorCategorization.Cli;
using Armada.ErrorCategorization.Cli.Options;
using Armada.ErrorCategorization.Tests.Support;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>
/// Options that depend on each other: <c>--emit-event</c> and the format, <c>--cluster-id</c> and
/// <c>--emit-event</c>, and a value-taking option that swallowed the only input path.
/// </summary>
[TestFixture]
public class OptionInteractionTests
{
    private const string DefaultRulesNote =
        "armada-classify: no --config given, so using the built-in default rules " +
        "(9 categories: oom, evicted, deadline_exceeded, cuda_error, nccl_error, segfault, aborted, sigkill, user_error)";

    private const string ClusterIdWarning =
        "armada-classify: warning: --cluster-id has no effect without --emit-event, because only events carry the executor id.";

    private const string EmitEventTableError =
        "armada-classify: --emit-event writes protobuf JSON; use --format json, or leave --format out, instead of --format table.";

    private const string UsualNoInputMessage =
        "no input given. Pass pod files or directories, or - to read kubectl output from stdin; run armada-classify --help for usage.";

    private static readonly CliContext Terminal = new() { StdoutIsTerminal = true, TimeProvider = new FixedTimeProvider(CliRunner.EventTime) };

    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void EmitEvent_TerminalWithoutFormat_WritesJson()
    {
        var result = CliRunner.RunWithContext(Terminal, string.Empty, "--emit-event", CliRunner.Sample("train-resnet-oom-7f9c2.json"));
        var line = result.JsonLines().Single();

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            line.GetProperty("pod").GetString().ShouldBe("ml-research/train-resnet-oom-7f9c2");
            line.GetProperty("event").GetProperty("events")[0].GetProperty("created").GetString().ShouldBe("2025-03-14T12:00:00Z");
            result.ErrorLines.ShouldBe([DefaultRulesNote]);
        });
    }

    [TestCase("--emit-event", "--format", "table", TestName = "EmitEvent_FormatTableAfter_ExitsTwo")]
    [TestCase("--format", "table", "--emit-event", TestName = "EmitEvent_FormatTableBefore_ExitsTwo")]
    [TestCase("--format=table", "--emit-event", "--explain", TestName = "EmitEvent_InlineFormatTable_ExitsTwo")]
    public void EmitEvent_ExplicitTable_UsageError(params string[] options)
    {
        var result = CliRunner.RunWithContext(Terminal, string.Empty, [.. options, CliRunner.Sample("train-resnet-oom-7f9c2.json")]);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.ShouldBe([EmitEventTableError]);
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    // OutputFormat is internal, so the cases name formats as strings. Null means no --format.
    [TestCase(null, false, false, "json", TestName = "ResolveFormat_RedirectedNoFlags_Json")]
    [TestCase(null, false, true, "table", TestName = "ResolveFormat_TerminalNoFlags_Table")]
    [TestCase(null, true, true, "json", TestName = "ResolveFormat_TerminalEmitEvent_Json")]
    [TestCase(null, true, false, "json", TestName = "ResolveFormat_RedirectedEmitEvent_Json")]
    [TestCase("table", false, false, "table", TestName = "ResolveFormat_GivenTable_Wins")]
    [TestCase("json", false, true, "json", TestName = "ResolveFormat_GivenJson_Wins")]
    public void ResolveFormat_Options_PicksFormat(string? given, bool emitEvent, bool stdoutIsTerminal, string expected)
    {
        var options = new CliOptions { Format = given is null ? null : ParseFormat(given), EmitEvent = emitEvent };

        options.ResolveFormat(stdoutIsTerminal).ShouldBe(ParseFormat(expected));
    }

    [Test]
    public void Help_Options_SayWhatTheyInteractWith()
    {
        var help = CliRunner.Run("--help").Stdout;

        Assert.Multiple(() =>
        {
            help.ShouldContain("Default: json with\n                     --emit-event; otherwise table when stdout is a terminal, json when not.");
            help.ShouldContain("Makes json the default;\n                     with --format table it is a usage error.");
            help.ShouldContain("one indented line per category under the\n                     pod's row in table.");
            help.ShouldContain("Without\n                     --emit-event it has no effect, and a warning says so.");
            help.ShouldContain("A config without categories is accepted with a warning on stderr.");
        });
    }

    [Test]
    public void ClusterId_WithoutEmitEvent_Warns()
    {
        var result = CliRunner.Run("--format", "json", "--cluster-id", "gpu-east", CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.ErrorLines.ShouldBe([ClusterIdWarning, DefaultRulesNote]);
            result.JsonLines().Single().TryGetProperty("event", out _).ShouldBeFalse();
        });
    }

    [Test]
    public void ClusterId_TableFormat_Warns()
    {
        var result = CliRunner.Run("--format", "table", "--cluster-id=gpu-east", CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.ErrorLines.ShouldBe([ClusterIdWarning]);
            result.Lines.Length.ShouldBe(3);
        });
    }

    [Test]
    public void ClusterId_WithEmitEvent_NoWarning()
    {
        var result = CliRunner.Run("--emit-event", "--cluster-id", "gpu-east", CliRunner.Sample("train-resnet-oom-7f9c2.json"));
        var executorId = result.JsonLines().Single().GetProperty("event").GetProperty("events")[0]
            .GetProperty("jobRunErrors").GetProperty("errors")[0].GetProperty("podError").GetProperty("objectMeta").GetProperty("executorId");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.ErrorLines.ShouldBe([DefaultRulesNote]);
            executorId.GetString().ShouldBe("gpu-east");
        });
    }

    [Test]
    public void ClusterId_NotGiven_EventsSayLocal()
    {
        var result = CliRunner.Run("--emit-event", CliRunner.Sample("train-resnet-oom-7f9c2.json"));
        var executorId = result.JsonLines().Single().GetProperty("event").GetProperty("events")[0]
            .GetProperty("jobRunErrors").GetProperty("errors")[0].GetProperty("podError").GetProperty("objectMeta").GetProperty("executorId");

        executorId.GetString().ShouldBe("local");
    }

    [Test]
    public void NoInput_ClusterIdTookPodFile_SaysSo()
    {
        var pod = CliRunner.Sample("train-resnet-oom-7f9c2.json");

        var result = CliRunner.Run("--emit-event", "--cluster-id", pod);

        ShouldBeUsageError(result,
            $"no input given: --cluster-id took '{pod}' as its value, so no input path is left. " +
            $"Give --cluster-id a value of its own, as in --cluster-id ID {pod}.");
    }

    [Test]
    public void NoInput_ClusterIdTookDirectory_SaysSo()
    {
        var result = CliRunner.Run("--cluster-id", CliRunner.SamplePods);

        ShouldBeUsageError(result,
            $"no input given: --cluster-id took '{CliRunner.SamplePods}' as its value, so no input path is left. " +
            $"Give --cluster-id a value of its own, as in --cluster-id ID {CliRunner.SamplePods}.");
    }

    [Test]
    public void NoInput_ClusterIdTookStdin_SaysSo()
    {
        var result = CliRunner.Run("--emit-event", "--cluster-id", "-");

        ShouldBeUsageError(result,
            "no input given: --cluster-id took '-' as its value, so no input path is left. " +
            "Give --cluster-id a value of its own, as in --cluster-id ID -.");
    }

    [TestCase("train-resnet-oom-7f9c2.json", TestName = "NoInput_ConfigTookJsonPod_SaysSo")]
    [TestCase("train-bert-cuda-3f7a1.yaml", TestName = "NoInput_ConfigTookYamlPod_SaysSo")]
    [TestCase("sweep-lr-list.json", TestName = "NoInput_ConfigTookPodList_SaysSo")]
    public void NoInput_ConfigTookPodFile_SaysSo(string fileName)
    {
        var pod = CliRunner.Sample(fileName);

        var result = CliRunner.Run("--config", pod);

        ShouldBeUsageError(result,
            $"no input given: --config took '{pod}' as its value, so no input path is left. " +
            $"Give --config a value of its own, as in --config FILE {pod}.");
    }

    [Test]
    public void NoInput_ConfigTookRuleFile_UsualMessage()
    {
        var rules = temp.Write("rules.yaml", "- name: gpu\n  rules:\n    - onTerminationMessage:\n        pattern: CUDA\n");

        var result = CliRunner.Run("--config", rules);

        ShouldBeUsageError(result, UsualNoInputMessage);
    }

    [Test]
    public void NoInput_ClusterIdInline_UsualMessage()
    {
        var result = CliRunner.Run("--cluster-id=" + CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        ShouldBeUsageError(result, UsualNoInputMessage);
    }

    [Test]
    public void NoInput_ClusterIdPlainId_UsualMessage()
    {
        var result = CliRunner.Run("--emit-event", "--cluster-id", "gpu-east");

        ShouldBeUsageError(result, UsualNoInputMessage);
    }

    [Test]
    public void NoInput_ClusterIdMissingFile_UsualMessage()
    {
        var result = CliRunner.Run("--cluster-id", Path.Combine(temp.Path, "missing.json"));

        ShouldBeUsageError(result, UsualNoInputMessage);
    }

    [Test]
    public void NoInput_ClusterIdTextFile_UsualMessage()
    {
        var notes = temp.Write("notes.txt", "kind: Pod\n");

        var result = CliRunner.Run("--cluster-id", notes);

        ShouldBeUsageError(result, UsualNoInputMessage);
    }

    [Test]
    public void PodInputGuess_NestedKind_OnlyJsonCounts()
    {
        var rules = temp.Write("rules.json", "{\"application\": {\"kind\": \"Pod\"}}");
        var yamlRules = temp.Write("rules.yaml", "application:\n  kind: Pod\n");

        Assert.Multiple(() =>
        {
            // JSON has no line structure to tell the levels apart, so any "kind": "Pod" counts.
            PodInputGuess.LooksLikePodInput("--config", rules).ShouldBeTrue();
            PodInputGuess.LooksLikePodInput("--config", yamlRules).ShouldBeFalse();
        });
    }

    private static OutputFormat ParseFormat(string name) => name == "table" ? OutputFormat.Table : OutputFormat.Json;

    private static void ShouldBeUsageError(CliResult result, string expectedMessage) =>
        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(2);
            result.ErrorLines.ShouldBe([$"armada-classify: {expectedMessage}"]);
            result.Stdout.ShouldBe(string.Empty);
        });
}
