using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// Copies of compiled patterns without a match timeout, made on first use and kept as long as the
/// original regex lives.
/// </summary>
/// <remarks>
/// .NET 10's <see cref="RegexOptions.NonBacktracking"/> engine with a finite match timeout can report
/// a match that does not exist once the input is longer than 100,000 characters: <c>a.*a</c> matches
/// <c>"a\n"</c> repeated 50,001 times (checked on .NET 10.0.12). The same pattern without a timeout
/// returns the right result, so <see cref="ErrorMatcher.MatchPattern"/> confirms a match on long inputs
/// with a copy from here. That copy is linear-time as well, so the missing timeout cannot make it hang.
/// </remarks>
internal static class UntimedRegexCopies
{
    /// <summary>Input length, in UTF-16 code units, above which a match is confirmed. It is well below the 100,000 characters where the fault starts.</summary>
    public const int ConfirmAboveLength = 16 * 1024;

    private static readonly ConditionalWeakTable<Regex, Regex> Copies = [];

    /// <summary>
    /// Whether <paramref name="regex"/> is a timed NonBacktracking regex, the only kind with the fault.
    /// A caller's backtracking regex is never copied, because without a timeout it could run for ever.
    /// </summary>
    public static bool Applies(Regex regex) =>
        (regex.Options & RegexOptions.NonBacktracking) != 0 && regex.MatchTimeout != Regex.InfiniteMatchTimeout;

    public static Regex Get(Regex regex) =>
        Copies.GetValue(regex, static original => new Regex(original.ToString(), original.Options, Regex.InfiniteMatchTimeout));
}
