using CsCheck;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Generators for RE2-ish patterns: mostly valid Go syntax, mixed with constructs Go rejects or .NET
/// reads differently (lookarounds, backreferences, possessive and stacked repeats, huge counts,
/// unbalanced brackets, unknown escapes, lone surrogates).
/// </summary>
internal static class PatternGen
{
    private static readonly string[] Atoms =
    [
        "a", "b", "Z", "0", "é", "Σ", "\U0001F600", "\uD800", "\uDC00", " ", "\n", "-", "]", "}", "{", "/", "\"",
        ".", "^", "$", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\b", "\\B", "\\A", "\\z", "\\Z", "\\G", "\\C",
        "\\n", "\\t", "\\f", "\\v", "\\0", "\\1", "\\8", "\\x41", "\\x{1F600}", "\\x{110000}", "\\x{D800}", "\\x{", "\\xZ",
        "\\pL", "\\pN", "\\PL", "\\p{Greek}", "\\p{^Greek}", "\\P{Lu}", "\\p{IsGreek}", "\\p{Foo}", "\\p", "\\p{",
        "\\Qa.b\\E", "\\Q", "\\E", "\\k<n>", "\\e", "\\a", "\\cA", "\\.", "\\\\", "\\[", "\\", "\\é", "\\u0041",
        "[abc]", "[^a-z]", "[a-]", "[]a]", "[^]a]", "[z-a]", "[\\d\\s]", "[[:alpha:]]", "[[:^digit:]]", "[[:word:]]",
        "[[:foo:]]", "[\\p{Greek}]", "[a-z-[aeiou]]", "[", "[^", "[\\Q]\\E]", "[\\x{10FFFF}]", "[\U0001F600-\U0001F64F]",
        "(?i)", "(?s)", "(?m)", "(?U)", "(?-i)", "(?ims-U)", "(?x)", "(?n)", "(?z)", "(?", "(?i",
    ];

    private static readonly string[] Quantifiers =
    [
        "", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{2,}", "{2,5}", "{,5}", "{5,2}", "{1000}", "{1001}",
        "{0,1000}", "{2147483648}", "{99999999999999999999}", "{", "{a}", "*+", "++", "?+", "**", "{2}{3}", "{2}*",
    ];

    private static readonly string[] GroupOpenings =
    [
        "(", "(?:", "(?P<n>", "(?P<name1>", "(?<n>", "(?'n'", "(?P=n)", "(?P<>", "(?P<1a>", "(?i:", "(?s-m:",
        "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?#", "(?(1)", "(?|",
    ];

    private static Gen<string> Atom { get; } = Gen.OneOf(Atoms.Select(Gen.Const).ToArray());

    private static Gen<string> Quantifier { get; } = Gen.OneOf(Quantifiers.Select(Gen.Const).ToArray());

    /// <summary>A pattern nested at most <paramref name="depth"/> groups deep.</summary>
    private static Gen<string> Pattern(int depth)
    {
        var piece = depth == 0
            ? Atom
            : Gen.Frequency(
                (4, Atom),
                (1, Gen.Select(Gen.OneOf(GroupOpenings.Select(Gen.Const).ToArray()), Pattern(depth - 1), Gen.Frequency((9, Gen.Const(")")), (1, Gen.Const(""))),
                    (open, inner, close) => open + inner + close)));
        var repeated = Gen.Select(piece, Quantifier, (text, quantifier) => text + quantifier);
        var sequence = repeated.Array[0, 5].Select(string.Concat);
        return Gen.Frequency(
            (4, sequence),
            (1, sequence.Array[2, 3].Select(branches => string.Join("|", branches))));
    }

    public static Gen<string> Any { get; } = Gen.Frequency(
        (12, Pattern(3)),
        (1, Gen.Select(Gen.OneOf(Gen.Const("("), Gen.Const("(?:"), Gen.Const("[")), Gen.Int[100, 3000],
            (open, count) => string.Concat(Enumerable.Repeat(open, count)) + "a" + new string(open == "[" ? ']' : ')', count))),
        (1, Gen.Select(Gen.OneOf(Gen.Const("a{1000}"), Gen.Const("(a{30}){30}"), Gen.Const("(\\w+\\s*){50}"), Gen.Const("[a-z0-9_]{100}")), Gen.Int[1, 12],
            (piece, count) => string.Concat(Enumerable.Repeat(piece, count)))),
        (1, Gen.String[Gen.Char, 0, 20]));

    /// <summary>Texts to search: ASCII words, line breaks, digits, non-ASCII letters, emoji and lone surrogates.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (6, Gen.String[Gen.OneOf(Gen.Char['a', 'c'], Gen.Char['0', '2'], Gen.OneOf(Gen.Const(' '), Gen.Const('\n'), Gen.Const('é'), Gen.Const('Σ'),
            Gen.Const('\uD83D'), Gen.Const('\uDE00'), Gen.Const('\u00A0'), Gen.Const('Z'))), 0, 30]),
        (1, Gen.Const(new string('a', 4096) + "!")));

    private static readonly string[] CommonAtoms =
    [
        "a", "b", "c", "ab", "A", ".", "[abc]", "[^a]", "[a-c]", "[^\\s]", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S",
        "\\b", "\\B", "^", "\\A", "\\z", "(?i)a", "(?i:b)", "x", "-", "\\.", "\\-", "_", "1",
    ];

    private static readonly string[] CommonQuantifiers = ["", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}", "*?", "+?", "??"];

    /// <summary>
    /// Valid Go patterns built only from constructs that mean the same in Go and in .NET's
    /// engine on texts of ASCII letters, digits, spaces, line breaks and punctuation: no <c>$</c>,
    /// no multi-line or dot-all flag, no class that differs outside ASCII.
    /// </summary>
    public static Gen<string> CommonSubset { get; } = CommonPattern(2);

    private static Gen<string> CommonPattern(int depth)
    {
        var atom = Gen.OneOf(CommonAtoms.Select(Gen.Const).ToArray());
        var piece = depth == 0
            ? atom
            : Gen.Frequency(
                (4, atom),
                (1, Gen.Select(Gen.OneOf(Gen.Const("("), Gen.Const("(?:")), CommonPattern(depth - 1), (open, inner) => open + inner + ")")));
        var repeated = Gen.Select(piece, Gen.OneOf(CommonQuantifiers.Select(Gen.Const).ToArray()), (text, quantifier) => text + quantifier);
        var sequence = repeated.Array[1, 4].Select(string.Concat);
        return Gen.Frequency((3, sequence), (1, sequence.Array[2, 3].Select(branches => string.Join("|", branches))));
    }

    /// <summary>ASCII texts for <see cref="CommonSubset"/>, line breaks included.</summary>
    public static Gen<string> AsciiText { get; } = Gen.String[Gen.Char["abcABx1 \n_-."], 1, 12];

    /// <summary>
    /// ASCII texts of 1,000 to 150,000 characters: a short random text repeated, then another short
    /// text, so a pattern may match only at the very end.
    /// </summary>
    public static Gen<string> LongAsciiText { get; } =
        Gen.Select(AsciiText, Gen.Int[1_000, 150_000], AsciiText, (unit, length, tail) =>
        {
            var repeated = string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1));
            return repeated[..length] + tail;
        });
}
