using System.Globalization;
using System.Text;
using Armada.ErrorCategorization.Cli.Reporting;

namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>
/// Writes an aligned table with one row per pod, as kubectl does, and with <c>--explain</c> one
/// indented line per matched category under the row. Rows are buffered until
/// <see cref="Complete"/> so that columns fit their widest value; a row holds only short strings,
/// never the pod.
/// </summary>
/// <param name="stdout">Where the table goes.</param>
/// <param name="rulesLine">The line printed above the table, naming the rules in use.</param>
internal sealed class TableWriter(TextWriter stdout, string rulesLine) : IReportWriter
{
    /// <summary>The maximum length of the MESSAGE column, in characters.</summary>
    public const int MaxMessageLength = 60;

    private const string Gap = "   ";
    private const string None = "-";

    private static readonly string[] Header = ["POD", "PHASE", "EXIT", "CONTAINER", "CATEGORIES", "MESSAGE"];

    private readonly List<Row> rows = [];

    /// <inheritdoc/>
    public void Write(PodReport report)
    {
        var failure = report.FailureInfo;
        string[] cells =
        [
            report.Pod,
            OrNone(report.Phase),
            failure.HasExitCode ? failure.ExitCode.ToString(CultureInfo.InvariantCulture) : None,
            OrNone(failure.ContainerName),
            report.Categories.Count == 0 ? None : string.Join(",", report.Categories),
            report.Summary is null ? None : OrNone(TextExcerpt.Shorten(TextExcerpt.KeyLine(report.Summary), MaxMessageLength)),
        ];
        var explanations = report.Matches?.Select(ExplainLine.Format).ToList() ?? [];
        rows.Add(new Row(cells, explanations));
    }

    /// <inheritdoc/>
    public void Complete()
    {
        // The explanation lines are not cells, so they leave the column widths alone.
        var widths = new int[Header.Length];
        foreach (var cells in rows.Select(row => row.Cells).Prepend(Header))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        stdout.Write(rulesLine + "\n");
        stdout.Write(FormatRow(Header, widths));
        foreach (var row in rows)
        {
            stdout.Write(FormatRow(row.Cells, widths));
            foreach (var explanation in row.Explanations)
            {
                stdout.Write(explanation + "\n");
            }
        }

        stdout.Flush();
    }

    private static string FormatRow(string[] row, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            var last = i == row.Length - 1;
            line.Append(last ? row[i] : row[i].PadRight(widths[i]));
            if (!last)
            {
                line.Append(Gap);
            }
        }

        return line.Append('\n').ToString();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static string OrNone(string? value) => string.IsNullOrEmpty(value) ? None : value;

    /// <summary>One pod's cells, and its <c>--explain</c> lines (empty without <c>--explain</c>).</summary>
    private sealed record Row(string[] Cells, IReadOnlyList<string> Explanations);
}
