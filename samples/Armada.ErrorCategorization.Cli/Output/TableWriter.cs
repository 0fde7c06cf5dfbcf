using System.Globalization;
using System.Text;
using Armada.ErrorCategorization.Cli.Reporting;

namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>
/// Writes an aligned table with one row per pod, as kubectl does. Rows are buffered until
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

    private readonly List<string[]> rows = [];

    /// <inheritdoc/>
    public void Write(PodReport report)
    {
        var failure = report.FailureInfo;
        rows.Add(
        [
            report.Pod,
            OrNone(report.Phase),
            failure.HasExitCode ? failure.ExitCode.ToString(CultureInfo.InvariantCulture) : None,
            OrNone(failure.ContainerName),
            report.Categories.Count == 0 ? None : string.Join(",", report.Categories),
            report.Summary is null ? None : OrNone(TextExcerpt.Shorten(TextExcerpt.KeyLine(report.Summary), MaxMessageLength)),
        ]);
    }

    /// <inheritdoc/>
    public void Complete()
    {
        var widths = new int[Header.Length];
        foreach (var row in rows.Prepend(Header))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        stdout.Write(rulesLine + "\n");
        foreach (var row in rows.Prepend(Header))
        {
            stdout.Write(FormatRow(row, widths));
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
}
