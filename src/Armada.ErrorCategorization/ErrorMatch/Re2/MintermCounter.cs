using System.Text.RegularExpressions;

namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// Counts the minterms .NET's linear-time engine will build for a translated pattern: the classes
/// of UTF-16 code units that no character test in the pattern distinguishes.
/// </summary>
/// <remarks>
/// NOTE: with 256 or more minterms, .NET 10's <see cref="RegexOptions.NonBacktracking"/> engine
/// fails to match a final <c>\n</c> of the input (checked on .NET 10.0: <c>(?:a|[\u0100-\u0101]b|...)\n</c>
/// with 252 such classes does not match "a\n", and matches "a\nx"). Termination messages often end
/// in <c>\n</c>, so patterns at or above that count are rejected rather than matched wrongly.
/// </remarks>
internal static class MintermCounter
{
    /// <summary>The largest minterm count .NET handles correctly.</summary>
    public const int MaxMinterms = 255;

    // .NET's \b looks at its own, Unicode, word characters: \w plus the zero-width joiners.
    private static readonly Lazy<CodePointSet> DotNetWordCharacters = new(() =>
    {
        var word = new Regex(@"\w", RegexOptions.CultureInvariant);
        var ranges = new List<(int, int)> { (0x200C, 0x200D) };
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (word.IsMatch(((char)c).ToString()))
            {
                ranges.Add((c, c));
            }
        }

        return CodePointSet.FromRanges(ranges);
    });

    /// <summary>Counts the minterms of <paramref name="unitSets"/>, stopping early once the count passes <see cref="MaxMinterms"/>.</summary>
    /// <param name="unitSets">Every set of UTF-16 code units the pattern tests, each as a set within 0..FFFF.</param>
    /// <param name="usesWordBoundary">Whether the pattern has <c>\b</c> or <c>\B</c>, which add .NET's word-character test.</param>
    public static int Count(IEnumerable<CodePointSet> unitSets, bool usesWordBoundary)
    {
        // The engine always distinguishes \n, which it treats specially at the end of the input.
        var predicates = unitSets.Append(CodePointSet.Single('\n'));
        if (usesWordBoundary)
        {
            predicates = predicates.Append(DotNetWordCharacters.Value);
        }

        var distinct = Deduplicate(predicates);

        // Cut 0..FFFF at every range boundary; code units between two cuts share every test.
        var cuts = new SortedSet<int> { 0 };
        foreach (var set in distinct)
        {
            foreach (var (low, high) in set.Ranges())
            {
                cuts.Add(low);
                cuts.Add(high + 1);
            }
        }

        var signatures = new HashSet<string>(StringComparer.Ordinal);
        var signature = new char[distinct.Count];
        foreach (var start in cuts.Where(cut => cut <= 0xFFFF))
        {
            for (var i = 0; i < distinct.Count; i++)
            {
                signature[i] = distinct[i].Contains(start) ? '1' : '0';
            }

            signatures.Add(new string(signature));
            if (signatures.Count > MaxMinterms)
            {
                break;
            }
        }

        return signatures.Count;
    }

    private static List<CodePointSet> Deduplicate(IEnumerable<CodePointSet> sets)
    {
        var distinct = new Dictionary<string, CodePointSet>(StringComparer.Ordinal);
        foreach (var set in sets.Where(set => !set.IsEmpty))
        {
            distinct.TryAdd(set.ToString(), set);
        }

        return [.. distinct.Values];
    }
}
