using CsCheck;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Generators for text that a pod built in code can carry: NUL, lone and paired surrogates, line
/// breaks, non-ASCII letters, and null.
/// </summary>
internal static class HostileText
{
    /// <summary>Characters weighted toward the surrogate range, with NUL, line breaks and non-ASCII letters.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (4, Gen.Char['a', 'z']),
        (2, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.OneOf(Gen.Const('\0'), Gen.Const('\n'), Gen.Const('\r'), Gen.Const('é'), Gen.Const('失'), Gen.Const('\uFFFD'))),
        (1, Gen.Char));

    public static readonly Gen<string> NonNull = Gen.String[Char, 0, 12];

    public static readonly Gen<string?> Text = NonNull.Null(0.15);

    /// <summary>Prints a string with every non-ASCII or control character as a \u escape.</summary>
    public static string Escape(string? value) =>
        value is null
            ? "null"
            : "\"" + string.Concat(value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
