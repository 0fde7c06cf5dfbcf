using Armada.ErrorCategorization.Categorization;

namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>Words one <c>--explain</c> match as the line the table prints under the pod's row.</summary>
internal static class ExplainLine
{
    /// <summary>How far the line is indented, so it reads as part of the row above.</summary>
    public const string Indent = "    ";

    /// <summary>
    /// Returns, for example, <c>    oom: rule 0 onConditions on container main matched "OOMKilled"</c>,
    /// or <c>on the pod</c> for a pod-level condition. The value is shortened as the MESSAGE column
    /// is: the line <see cref="TextExcerpt.KeyLine"/> picks, at most
    /// <see cref="TableWriter.MaxMessageLength"/> characters. <c>--format json</c> shows up to
    /// <see cref="JsonLinesWriter.MaxMatchValueLength"/> characters of every line.
    /// </summary>
    /// <remarks>
    /// NOTE: for a multi-line termination message the line shown need not be the one the pattern
    /// matched, because a match records the whole message, not where in it the pattern matched.
    /// </remarks>
    public static string Format(CategoryMatch match)
    {
        var where = match.ContainerName is null ? "on the pod" : $"on container {match.ContainerName}";
        var value = TextExcerpt.Shorten(TextExcerpt.KeyLine(match.Value), TableWriter.MaxMessageLength);
        var line = $"{Indent}{match.Category}: rule {match.RuleIndex} {match.Matcher} {where} matched \"{value}\"";

        // Category and container names come from the config and the pod, so they may hold control characters too.
        return TextExcerpt.ReplaceControlCharacters(line);
    }
}
