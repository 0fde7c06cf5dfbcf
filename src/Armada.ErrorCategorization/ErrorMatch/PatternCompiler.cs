using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch.Re2;

namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// Compiles rule patterns, written in Go RE2 syntax as Armada operators write them, into .NET
/// regexes with the same meaning whose matching time is linear in the input.
/// </summary>
/// <remarks>
/// A pattern is parsed as Go's <c>regexp.Compile</c> parses it, rejected where Go rejects it, and
/// translated into .NET syntax where .NET reads the same text differently (<c>$</c>, <c>\d</c>,
/// <c>[[:alpha:]]</c>, <c>(?i)</c> and others). docs/regex.md lists what is translated, what is
/// rejected, and the differences that remain.
/// </remarks>
public static class PatternCompiler
{
    /// <summary>Maximum pattern length in UTF-16 code units; a longer pattern is rejected.</summary>
    public const int MaxPatternLength = 8192;

    /// <summary>The options every pattern is compiled with.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// Time after which one match gives up. <see cref="ErrorMatcher.MatchPattern"/> then returns
    /// <see langword="false"/> and counts the timeout instead of throwing it.
    /// </summary>
    /// <value>One second.</value>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Compiles <paramref name="pattern"/> once, for use with <see cref="ErrorMatcher.MatchPattern"/>.</summary>
    /// <param name="pattern">The pattern in Go RE2 syntax. Empty is valid and matches every non-empty text.</param>
    /// <returns>A regex that is safe to share between threads, with <see cref="MatchTimeout"/> as its timeout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="InvalidPatternException">
    /// The pattern is longer than <see cref="MaxPatternLength"/>, Go's <c>regexp.Compile</c> rejects
    /// it, it uses a Unicode script (which .NET has no data for), or it is too large for .NET's
    /// linear-time engine.
    /// </exception>
    public static Regex Compile(string pattern) => Compile(pattern, MatchTimeout);

    /// <summary>Compiles <paramref name="pattern"/> with another match timeout, so tests can provoke a timeout.</summary>
    internal static Regex Compile(string pattern, TimeSpan matchTimeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);

        if (pattern.Length > MaxPatternLength)
        {
            throw new InvalidPatternException(
                Shorten(pattern),
                $"the pattern is {pattern.Length} characters long, more than the maximum of {MaxPatternLength}; shorten it");
        }

        var translated = Re2Translator.Translate(pattern);
        try
        {
            return new Regex(translated, Options, matchTimeout);
        }
        catch (NotSupportedException exception)
        {
            throw new InvalidPatternException(pattern, Re2Messages.TooLargeForDotNet(), innerException: exception);
        }
        catch (ArgumentException exception)
        {
            // The writer only emits syntax .NET accepts; reaching this is a bug in the translation.
            throw new InvalidPatternException(
                pattern,
                $"internal error: the pattern translated to .NET syntax that .NET rejects ({exception.Message}); please report this pattern",
                innerException: exception);
        }
    }

    private static string Shorten(string pattern) => pattern.Length <= 80 ? pattern : string.Concat(pattern.AsSpan(0, 80), "…");
}
