namespace Armada.ErrorCategorization.Categorization;

/// <summary>One problem in an error-category config.</summary>
/// <param name="Path">Where the problem is, such as <c>errorCategories[2].rules[0].onExitCodes.operator</c>.</param>
/// <param name="Message">What is wrong and what is accepted instead.</param>
/// <param name="Value">The offending value as written, or <see langword="null"/> when the value is missing.</param>
public sealed record ConfigError(string Path, string Message, string? Value = null)
{
    /// <summary>One-based line in the YAML source, when the config came from YAML.</summary>
    public int? Line { get; init; }

    /// <summary>One-based column in the YAML source, when the config came from YAML.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the error as <c>path: message (line L, column C)</c>.</summary>
    public override string ToString() =>
        Line is { } line
            ? $"{Path}: {Message} (line {line}, column {Column ?? 0})"
            : $"{Path}: {Message}";
}
