using System.Text.RegularExpressions;
using Armada.ErrorCategorization.Diagnostics;

namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// The matching primitives shared by the classifier and any other component that matches exit
/// codes or texts. They validate nothing: config validation happens once, when a classifier is built.
/// </summary>
public static class ErrorMatcher
{
    /// <summary>Determines whether an exit code matches an exit-code rule.</summary>
    /// <param name="matcher">The rule; <see langword="null"/> never matches.</param>
    /// <param name="exitCode">The container's exit code. Zero (success) never matches, whatever the rule.</param>
    /// <returns>
    /// For <c>In</c>, whether the code is one of the values. For <c>NotIn</c>, whether it is none of them,
    /// so an empty or null list matches every non-zero code. Any other operator returns <see langword="false"/>.
    /// </returns>
    public static bool MatchExitCode(ExitCodeMatcher? matcher, int exitCode)
    {
        if (matcher is null || exitCode == 0)
        {
            return false;
        }

        return matcher.Operator switch
        {
            ExitCodeOperator.In => Contains(matcher.Values, exitCode),
            ExitCodeOperator.NotIn => !Contains(matcher.Values, exitCode),
            _ => false,
        };
    }

    /// <summary>Determines whether a compiled pattern occurs anywhere in a text.</summary>
    /// <param name="regex">A pattern compiled by <see cref="PatternCompiler"/>; <see langword="null"/> never matches.</param>
    /// <param name="value">The text; <see langword="null"/> or empty never matches, even for <c>.*</c> or the empty pattern.</param>
    /// <returns>
    /// Whether the pattern matches a substring of <paramref name="value"/> (an unanchored search, as
    /// Go's <c>Regexp.MatchString</c>). A match that exceeds the regex's timeout returns <see langword="false"/>.
    /// </returns>
    public static bool MatchPattern(Regex? regex, string? value)
    {
        if (regex is null || string.IsNullOrEmpty(value))
        {
            return false;
        }

        try
        {
            var matched = regex.IsMatch(value);
            if (matched && value.Length > UntimedRegexCopies.ConfirmAboveLength && UntimedRegexCopies.Applies(regex))
            {
                // NOTE: works around a false match of .NET 10's timed NonBacktracking engine on long inputs.
                matched = UntimedRegexCopies.Get(regex).IsMatch(value);
            }

            return matched;
        }
        catch (RegexMatchTimeoutException)
        {
            ErrorCategorizationMetrics.RecordRegexMatchTimeout();
            return false;
        }
    }

    private static bool Contains(IReadOnlyList<int>? values, int exitCode)
    {
        if (values is null)
        {
            return false;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == exitCode)
            {
                return true;
            }
        }

        return false;
    }
}
