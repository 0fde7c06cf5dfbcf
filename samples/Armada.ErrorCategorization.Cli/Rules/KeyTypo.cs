namespace Armada.ErrorCategorization.Cli.Rules;

/// <summary>Decides whether a config key is probably a misspelling of a key the loader reads.</summary>
internal static class KeyTypo
{
    /// <summary>The largest case-insensitive edit distance that still counts as a typo.</summary>
    public const int MaxDistance = 2;

    /// <summary>
    /// Whether <paramref name="key"/> differs from <paramref name="intended"/> but is within
    /// <see cref="MaxDistance"/> edits of it, ignoring case. For <c>errorCategories</c>, a key that
    /// contains "categor" also counts, so that <c>errorCategory</c> and <c>categories</c> are caught.
    /// </summary>
    public static bool IsLikely(string key, string intended)
    {
        if (string.Equals(key, intended, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (intended == "errorCategories" && key.Contains("categor", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Keys far longer than the intended one cannot be within the distance, so skip the work.
        return Math.Abs(key.Length - intended.Length) <= MaxDistance
            && EditDistance(key.ToUpperInvariant(), intended.ToUpperInvariant()) <= MaxDistance;
    }

    /// <summary>Levenshtein distance: the fewest single-character insertions, deletions and substitutions.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
