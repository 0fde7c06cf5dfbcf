using System.Text.RegularExpressions;
using Armada.ErrorCategorization.Cli;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>The table output: a line naming the rules, a header, and one aligned row per pod.</summary>
[TestFixture]
public class TableFormatTests
{
    private static readonly Lazy<CliResult> TableRun = new(() => CliRunner.Run("--format", "table", CliRunner.SamplePods));

    private static IEnumerable<TestCaseData> RowCases()
    {
        yield return Row("ml-research/train-resnet-oom-7f9c2", "Failed", "137", "main", "oom,sigkill", "OOMKilled");
        yield return Row("ml-research/featurize-traceback-8a2b4", "Failed", "1", "main", "user_error", "KeyError: 'session_duration_ms'");
        yield return Row("ml-research/parse-args-usage-9f1c3", "Failed", "2", "main", "user_error", "train.py: error: the following arguments are required: --...");
        yield return Row("data-eng/ingest-sigkill-2c6e1", "Failed", "137", "main", "sigkill", "exit code 137: killed by SIGKILL");
        yield return Row("data-eng/etl-evicted-9d3a7", "Failed", "137", "main", "evicted,sigkill", "The node was low on resource: memory. Threshold quantity:...");
        yield return Row("data-eng/preprocess-init-oom-4b1d8", "Failed", "137", "fetch-dataset", "oom,sigkill", "OOMKilled");
        yield return Row("ml-serving/serve-crashloop-0a9c6", "Running", "-", "-", "-", "main: CrashLoopBackOff");
        yield return Row("data-eng/fetch-imagepull-7b2e5", "Pending", "-", "-", "-", "main: ImagePullBackOff");
        yield return Row("analytics/report-succeeded-2b8f4", "Succeeded", "-", "-", "-", "-");
        yield return Row("ml-research/train-vit-admission-5c2a8", "Failed", "-", "-", "-", "Pod was rejected: Allocate failed due to requested number...");
    }

    [Test]
    public void Table_FirstLines_NameRulesThenHeader()
    {
        var lines = TableRun.Value.Lines;

        Assert.Multiple(() =>
        {
            lines[0].ShouldBe(
                "Rules: built-in default rules (9 categories: oom, evicted, deadline_exceeded, cuda_error, nccl_error, segfault, aborted, sigkill, user_error)");
            Cells(lines[1]).ShouldBe(["POD", "PHASE", "EXIT", "CONTAINER", "CATEGORIES", "MESSAGE"]);
            lines.Length.ShouldBe(2 + 19);
            TableRun.Value.ExitCode.ShouldBe(0);
        });
    }

    [TestCaseSource(nameof(RowCases))]
    public void Table_Pod_RowCells(string[] expected)
    {
        var row = TableRun.Value.Lines.Skip(2).Single(line => line.StartsWith(expected[0] + " ", StringComparison.Ordinal));

        Cells(row).ShouldBe(expected);
    }

    [Test]
    public void Table_Columns_StartWhereHeaderDoes()
    {
        var lines = TableRun.Value.Lines;
        var header = lines[1];
        var columnStarts = new[] { "PHASE", "EXIT", "CONTAINER", "CATEGORIES", "MESSAGE" }.Select(name => header.IndexOf(name, StringComparison.Ordinal)).ToArray();

        Assert.Multiple(() =>
        {
            foreach (var row in lines.Skip(2))
            {
                foreach (var start in columnStarts)
                {
                    row[start - 1].ShouldBe(' ', $"row '{row}' at column {start}");
                    row[start].ShouldNotBe(' ', $"row '{row}' at column {start}");
                }
            }
        });
    }

    [Test]
    public void Table_StdoutIsTerminal_IsDefaultFormat()
    {
        var result = CliRunner.RunWithContext(new CliContext { StdoutIsTerminal = true }, string.Empty, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.Lines[0].ShouldStartWith("Rules: built-in default rules (");
            result.Lines.Length.ShouldBe(3);
            result.Stderr.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Table_ConfigFile_NamesItAboveTable()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("rules.yaml", "- name: gpu\n  rules:\n    - onTerminationMessage:\n        pattern: CUDA\n");

        var result = CliRunner.Run("--format", "table", "--config", config, CliRunner.Sample("train-bert-cuda-3f7a1.yaml"));

        Assert.Multiple(() =>
        {
            result.Lines[0].ShouldBe($"Rules: {config} (1 category: gpu)");
            Cells(result.Lines[2])[4].ShouldBe("gpu");
        });
    }

    private static TestCaseData Row(params string[] cells) =>
        new TestCaseData(new object[] { cells }).SetName($"Table_{cells[0].Split('/')[1]}_RowCells");

    // Columns are separated by at least three spaces; values contain at most single spaces.
    private static string[] Cells(string row) => Regex.Split(row.TrimEnd(), " {3,}");
}
