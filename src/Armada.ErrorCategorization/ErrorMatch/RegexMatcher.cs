namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// A rule on a text such as a container's termination message: a Go RE2 <c>pattern</c>, kept
/// uncompiled. <see cref="PatternCompiler"/> compiles it once when the classifier is built.
/// </summary>
public sealed record RegexMatcher
{
    /// <summary>The pattern in Go RE2 syntax. The empty pattern is valid and matches every non-empty text.</summary>
    /// <value>Empty by default.</value>
    public string Pattern { get; init; } = string.Empty;
}
