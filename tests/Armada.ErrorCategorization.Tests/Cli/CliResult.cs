using System.Text.Json;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>What one in-process run of the CLI wrote and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The stdout lines, without the final empty one.</summary>
    public string[] Lines => SplitLines(Stdout);

    /// <summary>The stderr lines, without the final empty one.</summary>
    public string[] ErrorLines => SplitLines(Stderr);

    /// <summary>Parses each stdout line as one JSON object.</summary>
    public List<JsonElement> JsonLines() =>
        Lines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    /// <summary>Returns the JSON line of the pod named <paramref name="pod"/> (<c>namespace/name</c>).</summary>
    public JsonElement JsonLineOf(string pod) =>
        JsonLines().Single(line => line.GetProperty("pod").GetString() == pod);

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
