using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Cli;
using Armada.ErrorCategorization.Cli.Output;
using Armada.ErrorCategorization.Tests.Support;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>With <c>--explain</c>, the table prints one indented line per matched category under the pod's row.</summary>
[TestFixture]
public class TableExplainTests
{
    private static readonly Lazy<CliResult> PlainRun = new(() => CliRunner.Run("--format", "table", CliRunner.SamplePods));
    private static readonly Lazy<CliResult> ExplainRun = new(() => CliRunner.Run("--format", "table", "--explain", CliRunner.SamplePods));

    private static IEnumerable<TestCaseData> ExplanationCases()
    {
        yield return new TestCaseData("ml-research/train-resnet-oom-7f9c2", new[]
        {
            "    oom: rule 0 onConditions on container main matched \"OOMKilled\"",
            "    sigkill: rule 0 onExitCodes on container main matched \"137\"",
        }).SetName("TableExplain_OomPod_ConditionAndExitCode");
        yield return new TestCaseData("data-eng/etl-evicted-9d3a7", new[]
        {
            "    evicted: rule 0 onConditions on the pod matched \"Evicted\"",
            "    sigkill: rule 0 onExitCodes on container main matched \"137\"",
        }).SetName("TableExplain_EvictedPod_PodLevelCondition");
        yield return new TestCaseData("data-eng/preprocess-init-oom-4b1d8", new[]
        {
            "    oom: rule 0 onConditions on container fetch-dataset matched \"OOMKilled\"",
            "    sigkill: rule 0 onExitCodes on container fetch-dataset matched \"137\"",
        }).SetName("TableExplain_InitContainer_NamesIt");
        yield return new TestCaseData("ml-research/train-bert-cuda-3f7a1", new[]
        {
            "    cuda_error: rule 0 onTerminationMessage on container main matched \"RuntimeError: CUDA error: an illegal memory access was en...\"",
            "    user_error: rule 0 onExitCodes on container main matched \"1\"",
        }).SetName("TableExplain_CudaPod_MessageShortened");
        yield return new TestCaseData("analytics/report-succeeded-2b8f4", Array.Empty<string>())
            .SetName("TableExplain_SucceededPod_NoLines");
        yield return new TestCaseData("ml-serving/serve-crashloop-0a9c6", Array.Empty<string>())
            .SetName("TableExplain_CrashLoopPod_NoLines");
    }

    [TestCaseSource(nameof(ExplanationCases))]
    public void TableExplain_Pod_LinesUnderRow(string pod, string[] expected)
    {
        ExplanationsOf(ExplainRun.Value, pod).ShouldBe(expected);
    }

    [Test]
    public void TableExplain_Rows_SameAsWithoutExplain()
    {
        var rows = ExplainRun.Value.Lines.Where(line => !line.StartsWith(ExplainLine.Indent, StringComparison.Ordinal));

        rows.ShouldBe(PlainRun.Value.Lines);
    }

    [Test]
    public void TableExplain_Samples_OneLinePerCategory()
    {
        var result = ExplainRun.Value;
        var explanationCount = result.Lines.Count(line => line.StartsWith(ExplainLine.Indent, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            explanationCount.ShouldBe(18);
            result.Stderr.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void TableExplain_TerminalDefault_PrintsLines()
    {
        var context = new CliContext { StdoutIsTerminal = true, TimeProvider = new FixedTimeProvider(CliRunner.EventTime) };

        var result = CliRunner.RunWithContext(context, string.Empty, "--explain", CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.Lines.Length.ShouldBe(5);
            result.Lines[0].ShouldStartWith("Rules: built-in default rules (");
            result.Lines[2].ShouldStartWith("ml-research/train-resnet-oom-7f9c2 ");
            result.Lines[3].ShouldBe("    oom: rule 0 onConditions on container main matched \"OOMKilled\"");
            result.Lines[4].ShouldBe("    sigkill: rule 0 onExitCodes on container main matched \"137\"");
        });
    }

    private static IEnumerable<TestCaseData> FormatCases()
    {
        yield return new TestCaseData(new CategoryMatch("deadline", 2, "onConditions", null, "DeadlineExceeded"),
                "    deadline: rule 2 onConditions on the pod matched \"DeadlineExceeded\"")
            .SetName("ExplainLine_PodCondition_SaysOnThePod");
        yield return new TestCaseData(new CategoryMatch("py", 0, "onTerminationMessage", "main",
                    "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nValueError: bad\n"),
                "    py: rule 0 onTerminationMessage on container main matched \"ValueError: bad\"")
            .SetName("ExplainLine_Traceback_ShowsLastLine");
        yield return new TestCaseData(new CategoryMatch("long", 1, "onTerminationMessage", "worker", new string('x', 61)),
                $"    long: rule 1 onTerminationMessage on container worker matched \"{new string('x', 57)}...\"")
            .SetName("ExplainLine_61Characters_CutTo60");
        yield return new TestCaseData(new CategoryMatch("fit", 0, "onTerminationMessage", "main", new string('y', 60)),
                $"    fit: rule 0 onTerminationMessage on container main matched \"{new string('y', 60)}\"")
            .SetName("ExplainLine_60Characters_Kept");
        yield return new TestCaseData(new CategoryMatch("bad\nname", 0, "onExitCodes", "ma\u001bin", "1"),
                "    bad name: rule 0 onExitCodes on container ma in matched \"1\"")
            .SetName("ExplainLine_ControlCharacters_ShownAsSpaces");
    }

    [TestCaseSource(nameof(FormatCases))]
    public void ExplainLine_Match_FormatsOneLine(CategoryMatch match, string expected)
    {
        ExplainLine.Format(match).ShouldBe(expected);
    }

    // The lines after the pod's row that are indented, up to the next row.
    private static string[] ExplanationsOf(CliResult result, string pod) =>
        result.Lines
            .SkipWhile(line => !line.StartsWith(pod + " ", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => line.StartsWith(ExplainLine.Indent, StringComparison.Ordinal))
            .ToArray();
}
