using System.Globalization;

namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// The Unicode classes RE2 names in <c>\p{...}</c>: general categories (<c>Lu</c>, <c>L</c>, <c>LC</c>,
/// <c>Cn</c>), their long names (<c>Letter</c>, <c>Uppercase_Letter</c>), and <c>Any</c>, <c>ASCII</c>
/// and <c>Assigned</c>, looked up as Go 1.25 and later does: case-insensitively, ignoring spaces,
/// underscores and hyphens. Scripts (<c>Greek</c>, <c>Han</c>) are not available because .NET has no
/// script data.
/// </summary>
/// <remarks>
/// The sets come from .NET's character data (<see cref="CharUnicodeInfo.GetUnicodeCategory(int)"/>),
/// so they follow the Unicode version of the .NET runtime, not Go's. <c>C</c> contains Cc, Cf, Co and Cs,
/// as Go's table for it does; unassigned code points are only in <c>Cn</c>.
/// </remarks>
internal static class UnicodeClasses
{
    // Long names and extra aliases of the general categories (Unicode's PropertyValueAliases.txt), keyed
    // by their canonical form.
    private static readonly Dictionary<string, string> Aliases = new[]
    {
        ("Other", "C"), ("Control", "Cc"), ("cntrl", "Cc"), ("Format", "Cf"), ("Unassigned", "Cn"),
        ("Private_Use", "Co"), ("Surrogate", "Cs"), ("Letter", "L"), ("Cased_Letter", "LC"),
        ("Lowercase_Letter", "Ll"), ("Modifier_Letter", "Lm"), ("Other_Letter", "Lo"),
        ("Titlecase_Letter", "Lt"), ("Uppercase_Letter", "Lu"), ("Mark", "M"), ("Combining_Mark", "M"),
        ("Spacing_Mark", "Mc"), ("Enclosing_Mark", "Me"), ("Nonspacing_Mark", "Mn"), ("Number", "N"),
        ("Decimal_Number", "Nd"), ("digit", "Nd"), ("Letter_Number", "Nl"), ("Other_Number", "No"),
        ("Punctuation", "P"), ("punct", "P"), ("Connector_Punctuation", "Pc"), ("Dash_Punctuation", "Pd"),
        ("Close_Punctuation", "Pe"), ("Final_Punctuation", "Pf"), ("Initial_Punctuation", "Pi"),
        ("Other_Punctuation", "Po"), ("Open_Punctuation", "Ps"), ("Symbol", "S"), ("Currency_Symbol", "Sc"),
        ("Modifier_Symbol", "Sk"), ("Math_Symbol", "Sm"), ("Other_Symbol", "So"), ("Separator", "Z"),
        ("Line_Separator", "Zl"), ("Paragraph_Separator", "Zp"), ("Space_Separator", "Zs"),
    }.ToDictionary(pair => Canonical(pair.Item1), pair => pair.Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]> Groups = new(StringComparer.Ordinal)
    {
        ["C"] = ["Cc", "Cf", "Co", "Cs"],
        ["L"] = ["Lu", "Ll", "Lt", "Lm", "Lo"],
        ["LC"] = ["Lu", "Ll", "Lt"],
        ["M"] = ["Mn", "Mc", "Me"],
        ["N"] = ["Nd", "Nl", "No"],
        ["P"] = ["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"],
        ["S"] = ["Sm", "Sc", "Sk", "So"],
        ["Z"] = ["Zs", "Zl", "Zp"],
    };

    private static readonly Lazy<Dictionary<string, CodePointSet>> Categories = new(BuildCategories);

    private static readonly Lazy<(string Name, CodePointSet Set)[]> BmpCategoryList = new(() =>
        [.. Categories.Value
            .Where(pair => pair.Key.Length == 2 && pair.Key != "LC")
            .Select(pair => (pair.Key, pair.Value.Intersect(0, 0xFFFF)))
            .Where(pair => !pair.Item2.IsEmpty)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)]);

    /// <summary>
    /// The BMP part of each two-letter general category, by the name .NET also accepts in
    /// <c>\p{...}</c>. Both read the same runtime data, so <c>\p{Lu}</c> in a .NET class matches
    /// exactly the BMP part of <c>Lu</c> here.
    /// </summary>
    public static IReadOnlyList<(string Name, CodePointSet Set)> BmpCategories => BmpCategoryList.Value;

    /// <summary>Looks up a class name as written between the braces of <c>\p{...}</c>, without a leading <c>^</c>.</summary>
    /// <returns>The class, or <see langword="null"/> when RE2 has no general category or special class of that name.</returns>
    public static CodePointSet? Find(string name)
    {
        var canonical = Canonical(name);
        switch (canonical)
        {
            case "Any":
                return CodePointSet.All;
            case "Ascii":
                return CodePointSet.Range(0, 0x7F);
            case "Assigned":
                return Categories.Value["Cn"].Complement();
            case "Lc":
                return Categories.Value["LC"];
        }

        if (Categories.Value.TryGetValue(canonical, out var set))
        {
            return set;
        }

        return Aliases.TryGetValue(canonical, out var category) ? Categories.Value[category] : null;
    }

    /// <summary>
    /// The lookup key Go uses: the first letter upper case, the others lower case, and spaces,
    /// underscores and hyphens dropped (<c>uppercase_letter</c> and <c>Uppercase Letter</c> both become <c>Uppercaseletter</c>).
    /// </summary>
    private static string Canonical(string name)
    {
        var chars = new List<char>(name.Length);
        foreach (var c in name)
        {
            if (c is '_' or '-' or ' ')
            {
                continue;
            }

            chars.Add(chars.Count == 0 ? AsciiUpper(c) : AsciiLower(c));
        }

        return new string([.. chars]);
    }

    private static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c;

    private static char AsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c - 'A' + 'a') : c;

    private static Dictionary<string, CodePointSet> BuildCategories()
    {
        // One pass over every code point, collecting the ranges of each two-letter category.
        var ranges = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var start = 0;
        var current = TwoLetterName(CharUnicodeInfo.GetUnicodeCategory(0));
        for (var codePoint = 1; codePoint <= CodePointSet.MaxCodePoint + 1; codePoint++)
        {
            var name = codePoint <= CodePointSet.MaxCodePoint
                ? TwoLetterName(CharUnicodeInfo.GetUnicodeCategory(codePoint))
                : string.Empty;
            if (name == current)
            {
                continue;
            }

            AddRange(ranges, current, start, codePoint - 1);
            start = codePoint;
            current = name;
        }

        var categories = ranges.ToDictionary(pair => pair.Key, pair => CodePointSet.FromRanges(pair.Value), StringComparer.Ordinal);
        foreach (var (group, members) in Groups)
        {
            categories[group] = members
                .Select(member => categories.GetValueOrDefault(member, CodePointSet.Empty))
                .Aggregate(CodePointSet.Empty, (union, set) => union.Union(set));
        }

        return categories;
    }

    private static void AddRange(Dictionary<string, List<(int, int)>> ranges, string category, int low, int high)
    {
        if (!ranges.TryGetValue(category, out var list))
        {
            list = [];
            ranges[category] = list;
        }

        list.Add((low, high));
    }

    private static string TwoLetterName(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter => "Lu",
        UnicodeCategory.LowercaseLetter => "Ll",
        UnicodeCategory.TitlecaseLetter => "Lt",
        UnicodeCategory.ModifierLetter => "Lm",
        UnicodeCategory.OtherLetter => "Lo",
        UnicodeCategory.NonSpacingMark => "Mn",
        UnicodeCategory.SpacingCombiningMark => "Mc",
        UnicodeCategory.EnclosingMark => "Me",
        UnicodeCategory.DecimalDigitNumber => "Nd",
        UnicodeCategory.LetterNumber => "Nl",
        UnicodeCategory.OtherNumber => "No",
        UnicodeCategory.SpaceSeparator => "Zs",
        UnicodeCategory.LineSeparator => "Zl",
        UnicodeCategory.ParagraphSeparator => "Zp",
        UnicodeCategory.Control => "Cc",
        UnicodeCategory.Format => "Cf",
        UnicodeCategory.Surrogate => "Cs",
        UnicodeCategory.PrivateUse => "Co",
        UnicodeCategory.ConnectorPunctuation => "Pc",
        UnicodeCategory.DashPunctuation => "Pd",
        UnicodeCategory.OpenPunctuation => "Ps",
        UnicodeCategory.ClosePunctuation => "Pe",
        UnicodeCategory.InitialQuotePunctuation => "Pi",
        UnicodeCategory.FinalQuotePunctuation => "Pf",
        UnicodeCategory.OtherPunctuation => "Po",
        UnicodeCategory.MathSymbol => "Sm",
        UnicodeCategory.CurrencySymbol => "Sc",
        UnicodeCategory.ModifierSymbol => "Sk",
        UnicodeCategory.OtherSymbol => "So",
        _ => "Cn",
    };
}
