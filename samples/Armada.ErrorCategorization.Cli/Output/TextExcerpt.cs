namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>Shortens messages for display without splitting a UTF-16 surrogate pair.</summary>
internal static class TextExcerpt
{
    private const string Ellipsis = "...";

    /// <summary>
    /// Returns the most telling line of a multi-line message: for a Python traceback its last
    /// line, which names the exception; otherwise the first line that mentions "error" (any case),
    /// such as argparse's second line; otherwise the first non-blank line.
    /// </summary>
    public static string KeyLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            return string.Empty;
        }

        var line = lines[0].StartsWith("Traceback (most recent call last)", StringComparison.Ordinal)
            ? lines[^1]
            : Array.Find(lines, candidate => candidate.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? lines[0];
        return ReplaceControlCharacters(line);
    }

    /// <summary>
    /// Replaces control characters, such as the escape sequences some programs write into their
    /// termination message, with spaces, so that printing a message cannot drive the terminal.
    /// </summary>
    public static string ReplaceControlCharacters(string text) =>
        text.Any(char.IsControl) ? string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }) : text;

    /// <summary>Returns <paramref name="text"/>, or its start followed by <c>...</c>, at most <paramref name="maxLength"/> characters in all.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var keep = maxLength - Ellipsis.Length;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..Math.Max(keep, 0)] + Ellipsis;
    }
}
