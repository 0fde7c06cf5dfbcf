namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// RE2's ASCII-only classes: the Perl escapes <c>\d \s \w</c> and the POSIX names in
/// <c>[[:alpha:]]</c>. Unlike .NET's <c>\d \s \w</c> they never match a non-ASCII character.
/// </summary>
internal static class AsciiClasses
{
    private static readonly CodePointSet Digit = CodePointSet.Range('0', '9');

    private static readonly CodePointSet Word = Ranges(('0', '9'), ('A', 'Z'), ('a', 'z'), ('_', '_'));

    // Perl's \s in RE2 is [\t\n\f\r ]: no \v, unlike [[:space:]].
    private static readonly CodePointSet PerlSpace = Ranges(('\t', '\n'), ('\f', '\r'), (' ', ' '));

    private static readonly Dictionary<string, CodePointSet> Posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = Ranges(('0', '9'), ('A', 'Z'), ('a', 'z')),
        ["alpha"] = Ranges(('A', 'Z'), ('a', 'z')),
        ["ascii"] = CodePointSet.Range(0, 0x7F),
        ["blank"] = Ranges(('\t', '\t'), (' ', ' ')),
        ["cntrl"] = Ranges(('\0', '\x1F'), ('\x7F', '\x7F')),
        ["digit"] = Digit,
        ["graph"] = CodePointSet.Range('!', '~'),
        ["lower"] = CodePointSet.Range('a', 'z'),
        ["print"] = CodePointSet.Range(' ', '~'),
        ["punct"] = Ranges(('!', '/'), (':', '@'), ('[', '`'), ('{', '~')),
        ["space"] = Ranges(('\t', '\r'), (' ', ' ')),
        ["upper"] = CodePointSet.Range('A', 'Z'),
        ["word"] = Word,
        ["xdigit"] = Ranges(('0', '9'), ('A', 'F'), ('a', 'f')),
    };

    /// <summary>The names accepted between <c>[:</c> and <c>:]</c>, for error messages.</summary>
    public static IEnumerable<string> PosixNames => Posix.Keys;

    /// <summary>The class of a Perl escape letter (<c>d s w</c>, or upper case for the negation), or <see langword="null"/> for any other letter.</summary>
    public static (CodePointSet Set, bool Negated)? FindPerl(char letter) => letter switch
    {
        'd' => (Digit, false),
        'D' => (Digit, true),
        's' => (PerlSpace, false),
        'S' => (PerlSpace, true),
        'w' => (Word, false),
        'W' => (Word, true),
        _ => null,
    };

    /// <summary>The class of a POSIX name such as <c>alpha</c>, or <see langword="null"/> when RE2 has no class of that name.</summary>
    public static CodePointSet? FindPosix(string name) => Posix.GetValueOrDefault(name);

    private static CodePointSet Ranges(params (char Low, char High)[] ranges) =>
        CodePointSet.FromRanges(ranges.Select(r => ((int)r.Low, (int)r.High)));
}
