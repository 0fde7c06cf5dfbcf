namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// An immutable set of Unicode code points (0 to U+10FFFF), stored as sorted, disjoint, non-adjacent
/// inclusive ranges. RE2 character classes are computed as these sets before they are written out as
/// .NET syntax, so negation and case folding follow Go's rules rather than .NET's.
/// </summary>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    // Pairs of inclusive bounds: lo0, hi0, lo1, hi1, ... with hi(i) + 1 < lo(i+1).
    private readonly int[] bounds;

    private CodePointSet(int[] bounds) => this.bounds = bounds;

    public static CodePointSet Empty { get; } = new([]);

    public static CodePointSet All { get; } = new([0, MaxCodePoint]);

    /// <summary>The number of disjoint ranges.</summary>
    public int RangeCount => bounds.Length / 2;

    public bool IsEmpty => bounds.Length == 0;

    public (int Low, int High) this[int index] => (bounds[2 * index], bounds[(2 * index) + 1]);

    public static CodePointSet Single(int codePoint) => new([codePoint, codePoint]);

    public static CodePointSet Range(int low, int high) => low > high ? Empty : new([low, high]);

    /// <summary>Builds a set from ranges in any order, overlapping or not.</summary>
    public static CodePointSet FromRanges(IEnumerable<(int Low, int High)> ranges)
    {
        var sorted = ranges.Where(r => r.Low <= r.High).OrderBy(r => r.Low).ToList();
        var merged = new List<int>(sorted.Count * 2);
        foreach (var (low, high) in sorted)
        {
            // Merge with the previous range when the two overlap or touch.
            if (merged.Count > 0 && low <= merged[^1] + 1)
            {
                merged[^1] = Math.Max(merged[^1], high);
                continue;
            }

            merged.Add(low);
            merged.Add(high);
        }

        return new CodePointSet([.. merged]);
    }

    public IEnumerable<(int Low, int High)> Ranges()
    {
        for (var i = 0; i < bounds.Length; i += 2)
        {
            yield return (bounds[i], bounds[i + 1]);
        }
    }

    public bool Contains(int codePoint)
    {
        // Binary search over the ranges.
        int low = 0, high = RangeCount - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < bounds[2 * middle])
            {
                high = middle - 1;
            }
            else if (codePoint > bounds[(2 * middle) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public CodePointSet Union(CodePointSet other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        return IsEmpty ? other : FromRanges(Ranges().Concat(other.Ranges()));
    }

    public CodePointSet Complement()
    {
        var result = new List<int>(bounds.Length + 2);
        var next = 0;
        foreach (var (low, high) in Ranges())
        {
            if (low > next)
            {
                result.Add(next);
                result.Add(low - 1);
            }

            next = high + 1;
        }

        if (next <= MaxCodePoint)
        {
            result.Add(next);
            result.Add(MaxCodePoint);
        }

        return new CodePointSet([.. result]);
    }

    /// <summary>The part of this set that lies within <paramref name="low"/>..<paramref name="high"/>.</summary>
    public CodePointSet Intersect(int low, int high)
    {
        var result = new List<int>();
        foreach (var (rangeLow, rangeHigh) in Ranges())
        {
            var from = Math.Max(rangeLow, low);
            var to = Math.Min(rangeHigh, high);
            if (from <= to)
            {
                result.Add(from);
                result.Add(to);
            }
        }

        return new CodePointSet([.. result]);
    }

    public CodePointSet Intersect(CodePointSet other) => Except(other.Complement());

    /// <summary>The members of this set that are not in <paramref name="other"/>.</summary>
    public CodePointSet Except(CodePointSet other)
    {
        // Both sets are sorted, so the pieces come out sorted. Two pieces never touch, because a member
        // of other or a gap between two ranges of this set separates them. So no FromRanges pass is needed.
        var result = new List<int>(bounds.Length + 2);
        var j = 0;
        for (var i = 0; i < bounds.Length; i += 2)
        {
            // Walk the ranges of other that overlap this range, keeping the gaps between them.
            var low = bounds[i];
            var high = bounds[i + 1];
            var next = low;
            while (j < other.bounds.Length && other.bounds[j + 1] < next)
            {
                j += 2;
            }

            for (var k = j; k < other.bounds.Length && other.bounds[k] <= high; k += 2)
            {
                if (other.bounds[k] > next)
                {
                    result.Add(next);
                    result.Add(other.bounds[k] - 1);
                }

                next = Math.Max(next, other.bounds[k + 1] + 1);
            }

            if (next <= high)
            {
                result.Add(next);
                result.Add(high);
            }
        }

        return new CodePointSet([.. result]);
    }

    /// <summary>Determines whether every member of this set is in <paramref name="other"/>, without allocating.</summary>
    public bool IsSubsetOf(CodePointSet other)
    {
        // The ranges of other never touch, so each range of this set must lie inside a single one of them.
        var j = 0;
        for (var i = 0; i < bounds.Length; i += 2)
        {
            while (j < other.bounds.Length && other.bounds[j + 1] < bounds[i])
            {
                j += 2;
            }

            if (j >= other.bounds.Length || other.bounds[j] > bounds[i] || other.bounds[j + 1] < bounds[i + 1])
            {
                return false;
            }
        }

        return true;
    }

    public CodePointSet Subtract(int low, int high) => Except(Range(low, high));

    public bool SetEquals(CodePointSet other) => bounds.AsSpan().SequenceEqual(other.bounds);

    /// <summary>The ranges in hex, such as <c>[41-5A 61-7A]</c>; equal sets give equal text.</summary>
    public override string ToString() =>
        "[" + string.Join(' ', Ranges().Select(r => r.Low == r.High ? $"{r.Low:X}" : $"{r.Low:X}-{r.High:X}")) + "]";
}
