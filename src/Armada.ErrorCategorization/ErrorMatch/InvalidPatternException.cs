namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// Thrown by <see cref="PatternCompiler.Compile(string)"/> when a pattern is not valid Go RE2 syntax, uses a
/// construct this library cannot give Go's meaning, or exceeds a limit.
/// </summary>
public sealed class InvalidPatternException : Exception
{
    /// <summary>Creates the exception for <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The rejected pattern.</param>
    /// <param name="reason">What is wrong and what to write instead, without the pattern itself.</param>
    /// <param name="position">Zero-based index of the offending construct in the pattern, if known.</param>
    /// <param name="innerException">The .NET parser's exception, if it raised one.</param>
    public InvalidPatternException(string pattern, string reason, int? position = null, Exception? innerException = null)
        : base(FormatMessage(pattern, reason, position), innerException)
    {
        Pattern = pattern;
        Reason = reason;
        Position = position;
    }

    /// <summary>The rejected pattern.</summary>
    public string Pattern { get; }

    /// <summary>What is wrong with the pattern and how to fix it.</summary>
    public string Reason { get; }

    /// <summary>Zero-based index of the offending construct in <see cref="Pattern"/>, or <see langword="null"/> when unknown.</summary>
    public int? Position { get; }

    private static string FormatMessage(string pattern, string reason, int? position) =>
        position is { } at
            ? $"invalid regex \"{pattern}\" at offset {at}: {reason}"
            : $"invalid regex \"{pattern}\": {reason}";
}
