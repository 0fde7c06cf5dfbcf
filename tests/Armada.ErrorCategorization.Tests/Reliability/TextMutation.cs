using CsCheck;

namespace Armada.ErrorCategorization.Tests.Reliability;

internal enum TextMutationKind
{
    Truncate,
    InsertGarbage,
    WrapInLists,
    WrapInMappings,
}

/// <summary>One random edit of a config text, at a position reduced modulo the text length.</summary>
internal readonly record struct TextMutation(TextMutationKind Kind, int Position, string Garbage, int Depth)
{
    /// <summary>Text that changes YAML structure, or is not valid text at all, wherever it lands.</summary>
    private static readonly Gen<string> GarbageText = Gen.Frequency(
        (3, Gen.OneOf(
            Gen.Const("\0"), Gen.Const("\uFEFF"), Gen.Const("\uD800"), Gen.Const("\uDC00x"), Gen.Const("\t"), Gen.Const("\r"),
            Gen.Const(":"), Gen.Const("- "), Gen.Const("["), Gen.Const("{"), Gen.Const("}"), Gen.Const("\""), Gen.Const("'"),
            Gen.Const("&"), Gen.Const("*"), Gen.Const("!"), Gen.Const("%"), Gen.Const("|"), Gen.Const(">"), Gen.Const("#"),
            Gen.Const("\u0085"), Gen.Const("\u2028"), Gen.Const("\n---\n"), Gen.Const("\n...\n"), Gen.Const("? "),
            Gen.Const("<<: *x\n"), Gen.Const("!<tag:x> "), Gen.Const("%TAG ! :\n"), Gen.Const("\"\\u"), Gen.Const("\"\\UFFFFFFFF\""))),
        (1, Gen.String[Gen.Char, 1, 8]));

    public static readonly Gen<TextMutation> Generator =
        Gen.Select(Gen.Enum<TextMutationKind>(), Gen.Int[0, int.MaxValue], GarbageText, Gen.Frequency((8, Gen.Int[1, 8]), (1, Gen.Int[60, 70]), (1, Gen.Const(200))),
            (kind, position, garbage, depth) => new TextMutation(kind, position, garbage, depth));

    public string ApplyTo(string text)
    {
        var at = text.Length == 0 ? 0 : Position % (text.Length + 1);
        return Kind switch
        {
            TextMutationKind.Truncate => text[..at],
            TextMutationKind.InsertGarbage => string.Concat(text.AsSpan(0, at), Garbage, text.AsSpan(at)),
            TextMutationKind.WrapInLists => new string('[', Depth) + text + new string(']', Depth),
            _ => string.Concat(Enumerable.Repeat("{k: ", Depth)) + text + new string('}', Depth),
        };
    }
}
