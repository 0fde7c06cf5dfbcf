namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>Finds the known key an unknown key was probably meant to be, for "did you mean" hints.</summary>
internal static class KeySuggestion
{
    private const int MaxDistance = 2;
    private const int MaxKeyLength = 64;

    /// <summary>
    /// Returns the known key closest to <paramref name="key"/> by case-insensitive edit distance, when
    /// the distance is at most 2 and less than half the length of that known key; otherwise null.
    /// </summary>
    public static string? Find(string key, IReadOnlyList<string> knownKeys)
    {
        if (key.Length == 0 || key.Length > MaxKeyLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in knownKeys)
        {
            var distance = EditDistance(key.ToUpperInvariant(), known.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return bestDistance <= MaxDistance && bestDistance * 2 < best!.Length ? best : null;
    }

    /// <summary>Levenshtein distance: the fewest single-character insertions, deletions and substitutions.</summary>
    internal static int EditDistance(string a, string b)
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
