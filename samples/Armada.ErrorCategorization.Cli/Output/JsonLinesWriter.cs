using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Cli.Reporting;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;

namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>
/// Writes JSON Lines: one compact JSON object per pod and line, with the keys always in this
/// order: <c>pod</c>, <c>phase</c>, <c>categories</c>, <c>failureInfo</c>, <c>matches</c>,
/// <c>event</c>, <c>error</c>. Keys without a value are left out, except <c>pod</c> and
/// <c>categories</c>, which every line has.
/// </summary>
internal sealed class JsonLinesWriter : IReportWriter
{
    /// <summary>The maximum length of a matched value under <c>matches</c>, in characters.</summary>
    public const int MaxMatchValueLength = 200;

    // The relaxed encoder leaves quotes, '<', '>', '&' and non-ASCII letters as they are, which
    // keeps termination messages readable; it still escapes control characters and invalid
    // UTF-16, so every line is valid JSON. The output is not meant to be embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly TextWriter stdout;
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter json;

    /// <summary>Creates a writer that writes each line to <paramref name="stdout"/> as soon as it is complete.</summary>
    public JsonLinesWriter(TextWriter stdout)
    {
        this.stdout = stdout;
        json = new Utf8JsonWriter(buffer, WriterOptions);
    }

    /// <inheritdoc/>
    public void Write(PodReport report)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);

        json.WriteStartObject();
        json.WriteString("pod", report.Pod);
        if (!string.IsNullOrEmpty(report.Phase))
        {
            json.WriteString("phase", report.Phase);
        }

        WriteStrings("categories", report.Categories);
        WriteFailureInfo(report.FailureInfo);
        if (report.Matches is not null)
        {
            WriteMatches(report.Matches);
        }

        if (report.Event is not null)
        {
            // JsonFormatter indents with spaces; rewriting the parsed event keeps the line compact.
            using var eventJson = JsonDocument.Parse(JsonFormatter.Default.Format(report.Event));
            json.WritePropertyName("event");
            eventJson.RootElement.WriteTo(json);
        }

        if (report.Error is not null)
        {
            json.WriteString("error", report.Error);
        }

        json.WriteEndObject();
        json.Flush();

        stdout.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        stdout.Write('\n');
    }

    /// <inheritdoc/>
    public void Complete() => stdout.Flush();

    /// <inheritdoc/>
    public void Dispose() => json.Dispose();

    /// <summary>
    /// Writes the FailureInfo with the proto3 JSON convention that the embedded event also
    /// follows: an empty string or list is left out, and so is the exit code when no container failed.
    /// </summary>
    private void WriteFailureInfo(FailureInfo failureInfo)
    {
        json.WriteStartObject("failureInfo");
        if (failureInfo.HasExitCode)
        {
            json.WriteNumber("exitCode", failureInfo.ExitCode);
        }

        if (failureInfo.TerminationMessage.Length > 0)
        {
            json.WriteString("terminationMessage", failureInfo.TerminationMessage);
        }

        if (failureInfo.ContainerName.Length > 0)
        {
            json.WriteString("containerName", failureInfo.ContainerName);
        }

        if (failureInfo.Categories.Count > 0)
        {
            WriteStrings("categories", failureInfo.Categories);
        }

        json.WriteEndObject();
    }

    private void WriteMatches(IReadOnlyList<CategoryMatch> matches)
    {
        json.WriteStartArray("matches");
        foreach (var match in matches)
        {
            json.WriteStartObject();
            json.WriteString("category", match.Category);
            json.WriteNumber("rule", match.RuleIndex);
            json.WriteString("matcher", match.Matcher);
            if (match.ContainerName is not null)
            {
                json.WriteString("container", match.ContainerName);
            }

            json.WriteString("value", TextExcerpt.Shorten(match.Value, MaxMatchValueLength));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
