using System.Text.RegularExpressions;

namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// Compiles rule patterns, written in Go RE2 syntax as Armada operators write them, into .NET
/// regexes whose matching time is linear in the input.
/// </summary>
public static class PatternCompiler
{
    /// <summary>Maximum pattern length in UTF-16 code units; a longer pattern is rejected.</summary>
    public const int MaxPatternLength = 8192;

    /// <summary>
    /// Time after which one match gives up. <see cref="ErrorMatcher.MatchPattern"/> then reports no
    /// match and counts the timeout; it never throws.
    /// </summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <summary>The options every pattern is compiled with.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Compiles <paramref name="pattern"/> once, for use with <see cref="ErrorMatcher.MatchPattern"/>.</summary>
    /// <param name="pattern">The pattern in Go RE2 syntax. Empty is valid and matches every non-empty text.</param>
    /// <returns>A regex that is safe to share between threads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="InvalidPatternException">
    /// The pattern is longer than <see cref="MaxPatternLength"/>, is not valid syntax, or uses a
    /// construct the linear-time engine does not support (lookarounds, backreferences, atomic groups).
    /// </exception>
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);

        if (pattern.Length > MaxPatternLength)
        {
            throw new InvalidPatternException(
                Shorten(pattern),
                $"the pattern is {pattern.Length} characters long, more than the maximum of {MaxPatternLength}; shorten it");
        }

        // TODO: translate Go RE2 syntax and meaning ($, \d\w\s, POSIX classes, (?P<...>)) before compiling.
        try
        {
            return new Regex(pattern, Options, MatchTimeout);
        }
        catch (RegexParseException exception)
        {
            throw new InvalidPatternException(pattern, exception.Error.ToString(), exception.Offset, exception);
        }
        catch (NotSupportedException exception)
        {
            throw new InvalidPatternException(
                pattern,
                "the pattern uses a construct that needs backtracking (lookaround, backreference, atomic group or conditional), which RE2 does not support; rewrite it without that construct",
                innerException: exception);
        }
    }

    private static string Shorten(string pattern) => pattern.Length <= 80 ? pattern : string.Concat(pattern.AsSpan(0, 80), "…");
}
