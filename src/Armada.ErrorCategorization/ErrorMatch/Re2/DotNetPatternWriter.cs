using System.Globalization;
using System.Text;

namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// Writes a parsed RE2 pattern as a .NET pattern with the same meaning under
/// <see cref="PatternCompiler.Options"/>. It writes every character class out as explicit UTF-16
/// ranges and uses no inline options except <c>(?m:^)</c> and <c>(?m:$)</c>, so .NET's Unicode-aware
/// <c>\d \w \s</c>, its case-insensitivity rules and its <c>$</c> never come into play.
/// </summary>
/// <remarks>
/// .NET matches UTF-16 code units. A class that includes characters outside the BMP is written as
/// an alternation whose extra branches match whole surrogate pairs, so <c>.</c> consumes an emoji as
/// one character, as Go does. No class matches an unpaired surrogate, because Go reads text as
/// UTF-8, where none can occur.
/// </remarks>
internal sealed class DotNetPatternWriter
{
    private const int HighSurrogateStart = 0xD800;
    private const int LowSurrogateStart = 0xDC00;
    private const int LowSurrogateEnd = 0xDFFF;

    // Every set of UTF-16 code units the written pattern tests, for MintermCounter.
    private readonly List<CodePointSet> unitSets = [];
    private readonly bool coarsenUnassigned;
    private bool usesWordBoundary;

    private DotNetPatternWriter(bool coarsenUnassigned) => this.coarsenUnassigned = coarsenUnassigned;

    /// <summary>Writes <paramref name="root"/> as a .NET pattern.</summary>
    /// <param name="root">The parsed pattern.</param>
    /// <param name="coarsenUnassigned">
    /// Whether classes may match code points outside the BMP that are unassigned in .NET's Unicode
    /// data when that needs fewer ranges (see <see cref="CoarsenSupplementary"/>).
    /// </param>
    public static DotNetPattern Write(Re2Node root, bool coarsenUnassigned = false)
    {
        var writer = new DotNetPatternWriter(coarsenUnassigned);
        var builder = new StringBuilder();
        writer.Write(root, builder);
        return new DotNetPattern(builder.ToString(), writer.unitSets, writer.usesWordBoundary);
    }

    /// <returns>Whether the text written is a single .NET atom that a quantifier may follow.</returns>
    private bool Write(Re2Node node, StringBuilder builder)
    {
        switch (node)
        {
            case Re2Node.CharClass charClass:
                return WriteClass(charClass.Set, builder);
            case Re2Node.Assertion assertion:
                usesWordBoundary |= assertion.Kind is AssertionKind.WordBoundary or AssertionKind.NoWordBoundary;
                builder.Append(AssertionText(assertion.Kind));
                return false;
            case Re2Node.Empty:
                builder.Append("(?:)");
                return true;
            case Re2Node.Concat concat:
                foreach (var item in concat.Items)
                {
                    Write(item, builder);
                }

                return false;
            case Re2Node.Alternate alternate:
                builder.Append("(?:");
                for (var i = 0; i < alternate.Branches.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : "|");
                    Write(alternate.Branches[i], builder);
                }

                builder.Append(')');
                return true;
            case Re2Node.Capture capture:
                // .NET reads a name that starts with a digit as a group number, so such groups stay unnamed.
                builder.Append(capture.Name is { } name && !char.IsAsciiDigit(name[0]) ? $"(?<{name}>" : "(");
                Write(capture.Body, builder);
                builder.Append(')');
                return true;
            case Re2Node.Repeat repeat:
                WriteRepeat(repeat, builder);
                return false;
            default:
                throw new InvalidOperationException($"Unknown RE2 node {node.GetType().Name}.");
        }
    }

    private void WriteRepeat(Re2Node.Repeat repeat, StringBuilder builder)
    {
        var body = new StringBuilder();
        if (Write(repeat.Body, body))
        {
            builder.Append(body);
        }
        else
        {
            builder.Append("(?:").Append(body).Append(')');
        }

        builder.Append((repeat.Min, repeat.Max) switch
        {
            (0, -1) => "*",
            (1, -1) => "+",
            (0, 1) => "?",
            (var min, -1) => $"{{{min},}}",
            var (min, max) when min == max => $"{{{min}}}",
            var (min, max) => $"{{{min},{max}}}",
        });
        if (!repeat.Greedy)
        {
            builder.Append('?');
        }
    }

    private static string AssertionText(AssertionKind kind) => kind switch
    {
        AssertionKind.BeginText => @"\A",
        AssertionKind.EndText => @"\z",

        // .NET's multiline ^ and $ are Go's: after or before any \n, or at either end of the text.
        AssertionKind.BeginLine => "(?m:^)",
        AssertionKind.EndLine => "(?m:$)",
        AssertionKind.WordBoundary => @"\b",
        AssertionKind.NoWordBoundary => @"\B",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private bool WriteClass(CodePointSet set, StringBuilder builder)
    {
        // Surrogate code points never occur in Go's decoded text, so they are dropped.
        var bmp = set.Intersect(0, 0xFFFF).Subtract(HighSurrogateStart, LowSurrogateEnd);
        var supplementary = set.Intersect(0x10000, CodePointSet.MaxCodePoint);
        if (coarsenUnassigned)
        {
            supplementary = CoarsenSupplementary(supplementary);
        }

        if (supplementary.IsEmpty)
        {
            if (bmp.IsEmpty)
            {
                builder.Append(@"[^\u0000-\uFFFF]");
            }
            else if (bmp.RangeCount == 1 && bmp[0].Low == bmp[0].High)
            {
                AppendChar(builder, bmp[0].Low, inClass: false);
            }
            else
            {
                AppendBmpClass(builder, bmp);
            }

            return true;
        }

        var branches = new List<string>();
        if (!bmp.IsEmpty)
        {
            var text = new StringBuilder();
            if (bmp.RangeCount == 1 && bmp[0].Low == bmp[0].High)
            {
                AppendChar(text, bmp[0].Low, inClass: false);
            }
            else
            {
                AppendBmpClass(text, bmp);
            }

            branches.Add(text.ToString());
        }

        branches.AddRange(SurrogatePairBranches(supplementary));
        if (branches.Count == 1 && supplementary.RangeCount == 1 && supplementary[0].Low == supplementary[0].High)
        {
            builder.Append(branches[0]);
            return false;
        }

        builder.Append("(?:").AppendJoin('|', branches).Append(')');
        return true;
    }

    /// <summary>
    /// Joins neighbouring ranges across gaps of unassigned code points, and drops unassigned code
    /// points that would stand alone. The result differs from the input only on code points outside
    /// the BMP that no Unicode version known to .NET has assigned, and needs far fewer ranges for
    /// classes such as <c>\pL</c>.
    /// </summary>
    private static CodePointSet CoarsenSupplementary(CodePointSet supplementary)
    {
        var unassigned = UnicodeClasses.Find("Cn")!;
        var required = supplementary.Except(unassigned);
        var merged = new List<(int Low, int High)>();
        foreach (var (low, high) in required.Ranges())
        {
            if (merged.Count > 0 && CodePointSet.Range(merged[^1].High + 1, low - 1).IsSubsetOf(unassigned))
            {
                merged[^1] = (merged[^1].Low, high);
            }
            else
            {
                merged.Add((low, high));
            }
        }

        return CodePointSet.FromRanges(merged);
    }

    /// <summary>
    /// Writes supplementary code points as high-surrogate, low-surrogate pairs, one branch per run
    /// of high surrogates that share the same low surrogates.
    /// </summary>
    private IEnumerable<string> SurrogatePairBranches(CodePointSet supplementary)
    {
        var lowsByHigh = new SortedDictionary<int, List<(int, int)>>();
        foreach (var (low, high) in supplementary.Ranges())
        {
            var (firstHigh, firstLow) = ToSurrogates(low);
            var (lastHigh, lastLow) = ToSurrogates(high);
            for (var h = firstHigh; h <= lastHigh; h++)
            {
                if (!lowsByHigh.TryGetValue(h, out var lows))
                {
                    lows = [];
                    lowsByHigh[h] = lows;
                }

                lows.Add((h == firstHigh ? firstLow : LowSurrogateStart, h == lastHigh ? lastLow : LowSurrogateEnd));
            }
        }

        var runs = new List<(int FirstHigh, int LastHigh, List<(int, int)> Lows)>();
        foreach (var (high, lows) in lowsByHigh)
        {
            if (runs.Count > 0 && runs[^1].LastHigh == high - 1 && runs[^1].Lows.SequenceEqual(lows))
            {
                runs[^1] = runs[^1] with { LastHigh = high };
            }
            else
            {
                runs.Add((high, high, lows));
            }
        }

        foreach (var (firstHigh, lastHigh, lows) in runs)
        {
            var text = new StringBuilder();
            AppendBracket(text, CodePointSet.Range(firstHigh, lastHigh));
            AppendBracket(text, CodePointSet.FromRanges(lows));
            yield return text.ToString();
        }
    }

    private static (int High, int Low) ToSurrogates(int codePoint)
    {
        var offset = codePoint - 0x10000;
        return (HighSurrogateStart + (offset >> 10), LowSurrogateStart + (offset & 0x3FF));
    }

    /// <summary>
    /// Writes BMP code points (no surrogates) as a bracket class. Whole general categories are
    /// written as <c>\p{..}</c> escapes, and the class is negated when that needs fewer ranges:
    /// .NET's linear-time engine builds a class of hundreds of explicit ranges far more slowly than
    /// one made of category escapes.
    /// </summary>
    private void AppendBmpClass(StringBuilder builder, CodePointSet set)
    {
        unitSets.Add(set);
        var positive = Describe(set);
        var negative = Describe(CodePointSet.Range(0, 0xFFFF).Except(set));
        var useNegative = (negative.Remainder.RangeCount, negative.Categories.Count).CompareTo((positive.Remainder.RangeCount, positive.Categories.Count)) < 0;
        var (categories, remainder) = useNegative ? negative : positive;

        builder.Append('[');
        if (useNegative)
        {
            builder.Append('^');
        }

        foreach (var name in categories)
        {
            builder.Append(@"\p{").Append(name).Append('}');
        }

        AppendRanges(builder, remainder);
        builder.Append(']');
    }

    /// <summary>Splits a BMP set into the general categories it wholly contains and the remaining ranges.</summary>
    private static (List<string> Categories, CodePointSet Remainder) Describe(CodePointSet set)
    {
        var categories = new List<string>();
        var rest = set;
        foreach (var (name, members) in UnicodeClasses.BmpCategories)
        {
            if (members.IsSubsetOf(set))
            {
                categories.Add(name);
                rest = rest.Except(members);
            }
        }

        return (categories, rest);
    }

    /// <summary>Writes BMP code units as a bracket class, or as one character when the set has only one.</summary>
    private void AppendBracket(StringBuilder builder, CodePointSet set)
    {
        unitSets.Add(set);
        if (set.RangeCount == 1 && set[0].Low == set[0].High)
        {
            AppendChar(builder, set[0].Low, inClass: false);
            return;
        }

        builder.Append('[');
        AppendRanges(builder, set);
        builder.Append(']');
    }

    private void AppendRanges(StringBuilder builder, CodePointSet set)
    {
        foreach (var (low, high) in set.Ranges())
        {
            AppendChar(builder, low, inClass: true);
            if (high != low)
            {
                builder.Append(high == low + 1 ? string.Empty : "-");
                AppendChar(builder, high, inClass: true);
            }
        }
    }

    private void AppendChar(StringBuilder builder, int c, bool inClass)
    {
        if (!inClass)
        {
            unitSets.Add(CodePointSet.Single(c));
        }

        if (c < 0x80 && (char.IsAsciiLetterOrDigit((char)c) || c == '_' || (!inClass && c is ' ' or ',' or ':' or '/' or '=' or '"' or '\'' or '-' or '<' or '>')))
        {
            builder.Append((char)c);
            return;
        }

        builder.Append(@"\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));
    }
}
