using System.Text;

namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// Unicode simple case folding as Go's <c>(?i)</c> applies it: a character matches every character
/// in its fold orbit, the set of characters that fold to the same character (k, K and the Kelvin
/// sign K form one orbit).
/// </summary>
/// <remarks>
/// .NET has no case-folding API, so the orbits are built from .NET's invariant simple case mappings
/// (<see cref="Rune.ToUpperInvariant"/> and <see cref="Rune.ToLowerInvariant"/>): two characters share
/// an orbit when one maps to the other. Unicode's simple folding differs from that in two places.
/// The dotted and dotless Turkish i (U+0130, U+0131) fold to nothing else, and .NET's invariant
/// mappings agree. Three pairs that only CaseFolding.txt relates (since Unicode 14) are added by hand.
/// </remarks>
internal static class CaseFolding
{
    // Pairs in CaseFolding.txt (status S) that no simple case mapping relates.
    private static readonly (int, int)[] FoldingOnlyPairs = [(0x1FD3, 0x0390), (0x1FE3, 0x03B0), (0xFB05, 0xFB06)];

    private const int LastCasedPlaneEnd = 0x1FFFF;

    private static readonly Lazy<FoldTable> Table = new(Build);

    /// <summary>The orbit of <paramref name="codePoint"/> in ascending order, or a one-element set when nothing else folds to it.</summary>
    public static CodePointSet Orbit(int codePoint) =>
        Table.Value.Orbits.TryGetValue(codePoint, out var orbit)
            ? CodePointSet.FromRanges(orbit.Select(c => (c, c)))
            : CodePointSet.Single(codePoint);

    /// <summary>Adds to <paramref name="set"/> every character that folds to one of its members.</summary>
    public static CodePointSet Close(CodePointSet set)
    {
        var table = Table.Value;
        var extra = new List<(int, int)>();
        foreach (var codePoint in table.Members)
        {
            if (!set.Contains(codePoint))
            {
                continue;
            }

            foreach (var partner in table.Orbits[codePoint])
            {
                extra.Add((partner, partner));
            }
        }

        return extra.Count == 0 ? set : set.Union(CodePointSet.FromRanges(extra));
    }

    private static FoldTable Build()
    {
        // Union-find over code points that have a case mapping.
        var parent = new Dictionary<int, int>();

        int Find(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        void Join(int a, int b)
        {
            if (a == b)
            {
                return;
            }

            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var rootA = Find(a);
            var rootB = Find(b);
            if (rootA != rootB)
            {
                parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
            }
        }

        // Cased characters exist only in planes 0 and 1; planes 2 and up hold ideographs, tags and
        // private use, so scanning them would only cost time.
        for (var codePoint = 0; codePoint <= LastCasedPlaneEnd; codePoint++)
        {
            if (!Rune.IsValid(codePoint))
            {
                continue;
            }

            var rune = new Rune(codePoint);
            Join(codePoint, Rune.ToUpperInvariant(rune).Value);
            Join(codePoint, Rune.ToLowerInvariant(rune).Value);
        }

        foreach (var (a, b) in FoldingOnlyPairs)
        {
            Join(a, b);
        }

        var orbits = new Dictionary<int, int[]>();
        foreach (var group in parent.Keys.GroupBy(Find))
        {
            var members = group.Order().ToArray();
            foreach (var member in members)
            {
                orbits[member] = members;
            }
        }

        return new FoldTable(orbits, [.. orbits.Keys.Order()]);
    }

    private sealed record FoldTable(Dictionary<int, int[]> Orbits, int[] Members);
}
