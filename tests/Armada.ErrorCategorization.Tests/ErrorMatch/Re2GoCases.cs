namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>
/// Patterns Go's <c>regexp.Compile</c> accepts, each with messages and whether Go's
/// <c>MatchString</c> matches them. The results were produced by Go's regexp package (go1.19.8,
/// whose parser matches the Go 1.26 one Armada uses except where a comment names a newer Go
/// feature and the equivalent pattern the result came from). An empty message never matches,
/// whatever Go says, because <c>ErrorMatcher.MatchPattern</c> treats it as no message.
/// </summary>
internal static class Re2GoCases
{
    public static readonly Case[] Valid =
    [
        new(@"error$", [("error", true), ("error\n", false), ("an error", true), ("errors", false), ("", false), ("a\n", false)]), // $ without (?m) is end of text only
        new(@"^error", [("error: x", true), ("x error", false), ("\nerror", false), ("", false), ("a\n", false)]),
        new(@"(?m)^error$", [("x\nerror\ny", true), ("error\n", true), ("errors\n", false), ("x\nerror", true), ("", false), ("a\n", false)]), // (?m) line anchors
        new(@"(?m)$", [("abc", true), ("\n", true), ("", false), ("a\n", true)]),
        new(@"^$", [("\n", false), ("a", false), ("", false), ("a\n", false)]), // empty value never matches
        new(@"(?m)^$", [("\n", true), ("a\n\nb", true), ("a", false), ("", false), ("a\n", true)]),
        new(@"\Aabc\z", [("abc", true), ("abc\n", false), ("xabc", false), ("", false), ("a\n", false)]),
        new(@"abc\z", [("abc", true), ("abc\n", false), ("", false), ("a\n", false)]),
        new(@"\n$", [("line\n", true), ("line", false), ("", false), ("a\n", true)]),
        new(@"(?s)^.*$", [("anything\nat all\n", true), ("x", true), ("", false), ("a\n", true)]),
        new(@".*", [("x", true), ("\n", true), ("", false), ("a\n", true)]),
        new(@"", [("x", true), ("\n", true), ("", false), ("a\n", true)]), // the empty pattern
        new(@"^.$", [("\uD83D\uDE00", true), ("é", true), ("ab", false), ("\n", false), ("", false), ("a\n", false)]), // . is one code point
        new(@"^..$", [("\uD83D\uDE00", false), ("ab", true), ("a\uD83D\uDE00", true), ("", false), ("a\n", false)]),
        new(@"^.{3}$", [("a\uD83D\uDE00b", true), ("abc", true), ("ab", false), ("", false), ("a\n", false)]),
        new(@"a.b", [("a\nb", false), ("a-b", true), ("a\uD83D\uDE00b", true), ("", false), ("a\n", false)]), // . excludes only \n
        new(@"(?s)a.b", [("a\nb", true), ("a\rb", true), ("", false), ("a\n", false)]),
        new(@"x.y", [("x\ry", true), ("x\u2028y", true), ("x\u0085y", true), ("", false), ("a\n", false)]), // . matches other line breaks
        new(@"\d", [("٣", false), ("3", true), ("x", false), ("\uFF13", false), ("", false), ("a\n", false)]), // \d is ASCII
        new(@"^\d+$", [("123", true), ("12٣", false), ("123\n", false), ("", false), ("a\n", false)]),
        new(@"\D", [("٣", true), ("3", false), ("\uD83D\uDE00", true), ("", false), ("a\n", true)]),
        new(@"\w", [("é", false), ("_", true), ("ß", false), ("Σ", false), ("-", false), ("", false), ("a\n", true)]),
        new(@"^\w+$", [("abc_9", true), ("café", false), ("abc\n", false), ("", false), ("a\n", false)]),
        new(@"\W", [("é", true), ("a", false), ("\uD83D\uDE00", true), (" ", true), ("", false), ("a\n", true)]),
        new(@"\s", [("\u00A0", false), ("\v", false), ("\t", true), (" ", true), ("\f", true), ("\r", true), ("\u2028", false), ("", false), ("a\n", true)]), // \s is [\t\n\f\r ]
        new(@"\S", [("\u00A0", true), (" ", false), ("\v", true), ("", false), ("a\n", true)]),
        new(@"[\d]", [("٣", false), ("7", true), ("", false), ("a\n", false)]),
        new(@"[^\d]", [("٣", true), ("7", false), ("\uD83D\uDE00", true), ("", false), ("a\n", true)]),
        new(@"[\D]", [("٣", true), ("7", false), ("", false), ("a\n", true)]),
        new(@"[^\D]", [("٣", false), ("7", true), ("", false), ("a\n", false)]),
        new(@"[\s]", [("\v", false), ("\u00A0", false), (" ", true), ("", false), ("a\n", true)]),
        new(@"[^\s]", [("\v", true), (" ", false), ("\u00A0", true), ("", false), ("a\n", true)]),
        new(@"[\w-]+\.log", [("app-1.log", true), ("é.log", false), (".log", false), ("", false), ("a\n", false)]),
        new(@"[\W\d]", [("a", false), ("5", true), ("é", true), ("", false), ("a\n", true)]),
        new(@"[[:alpha:]]", [("é", false), ("Z", true), ("1", false), ("", false), ("a\n", true)]),
        new(@"[[:^alpha:]]", [("é", true), ("Z", false), ("1", true), ("", false), ("a\n", true)]),
        new(@"[^[:alpha:]]", [("é", true), ("Z", false), ("", false), ("a\n", true)]),
        new(@"[[:alnum:]]", [("٣", false), ("7", true), ("q", true), ("-", false), ("", false), ("a\n", true)]),
        new(@"[[:ascii:]]", [("é", false), ("~", true), ("\u007F", true), ("", false), ("a\n", true)]),
        new(@"[[:blank:]]", [("\t", true), (" ", true), ("\v", false), ("\u00A0", false), ("", false), ("a\n", false)]),
        new(@"[[:cntrl:]]", [("\a", true), ("\u007F", true), ("\u0085", false), ("a", false), ("", false), ("a\n", true)]),
        new(@"[[:digit:]]", [("٣", false), ("0", true), ("", false), ("a\n", false)]),
        new(@"[[:graph:]]", [(" ", false), ("!", true), ("é", false), ("", false), ("a\n", true)]),
        new(@"[[:lower:]]", [("ß", false), ("a", true), ("A", false), ("", false), ("a\n", true)]),
        new(@"[[:print:]]", [(" ", true), ("\t", false), ("é", false), ("", false), ("a\n", true)]),
        new(@"[[:punct:]]", [("!", true), ("_", true), ("«", false), ("a", false), ("", false), ("a\n", false)]),
        new(@"[[:space:]]", [("\v", true), ("\u00A0", false), ("\f", true), ("", false), ("a\n", true)]), // [[:space:]] includes \v
        new(@"[[:upper:]]", [("É", false), ("A", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"[[:word:]]", [("_", true), ("é", false), ("9", true), ("", false), ("a\n", true)]),
        new(@"[[:xdigit:]]", [("f", true), ("G", false), ("٣", false), ("", false), ("a\n", true)]),
        new(@"[[:digit:][:upper:]]+", [("A1", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"\pN", [("٣", true), ("½", true), ("x", false), ("", false), ("a\n", false)]),
        new(@"\p{Nd}", [("٣", true), ("½", false), ("7", true), ("", false), ("a\n", false)]),
        new(@"\PN", [("٣", false), ("x", true), ("", false), ("a\n", true)]),
        new(@"\p{Lu}", [("É", true), ("é", false), ("\uD835\uDC00", true), ("", false), ("a\n", false)]),
        new(@"\pL", [("é", true), ("\uD835\uDC00", true), ("\uD83D\uDE00", false), ("1", false), ("", false), ("a\n", true)]), // letters outside the BMP
        new(@"^\pL+$", [("Straße", true), ("Σίσυφος", true), ("abc1", false), ("", false), ("a\n", false)]),
        new(@"\p{So}", [("\uD83D\uDE00", true), ("©", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"\p{Zs}", [("\u00A0", true), (" ", true), ("\t", false), ("", false), ("a\n", false)]),
        new(@"\p{^Lu}", [("a", true), ("A", false), ("", false), ("a\n", true)]),
        new(@"\p{Letter}", [("é", true), ("1", false), ("", false), ("a\n", true)]), // Go 1.25 long names; Go's result taken from \pL
        new(@"\p{Any}", [("\uD83D\uDE00", true), ("\n", true), ("", false), ("a\n", true)]),
        new(@"[\p{Lu}\d]", [("É", true), ("٣", false), ("5", true), ("", false), ("a\n", false)]),
        new(@"\x{41}", [("A", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"\x41\x{1F600}", [("A\uD83D\uDE00", true), ("A", false), ("", false), ("a\n", false)]),
        new(@"[\x{1F600}-\x{1F64F}]", [("\uD83D\uDE00", true), ("\uD83D\uDE4F", true), ("\uD83D\uDE05", true), ("", false), ("a\n", false)]),
        new(@"\101\0", [("A\0", true), ("A", false), ("", false), ("a\n", false)]), // octal
        new(@"\a\f\t\n\r\v", [("\a\f\t\n\r\v", true), ("", false), ("a\n", false)]),
        new(@"\Qa.b*c\E", [("a.b*c", true), ("axbbc", false), ("", false), ("a\n", false)]),
        new(@"\Q(x)", [("(x)", true), ("x", false), ("", false), ("a\n", false)]), // \Q without \E runs to the end
        new(@"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", [(".*+?()[]{}|^$\\", true), ("", false), ("a\n", false)]),
        new(@"\_\-\ ", [("_- ", true), ("", false), ("a\n", false)]),
        new(@"a{,2}", [("a{,2}", true), ("aa", false), ("", false), ("a\n", false)]), // {,n} is literal
        new(@"a{01}", [("a{01}", true), ("a", false), ("", false), ("a\n", false)]), // a leading zero makes { literal
        new(@"a{", [("a{", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"{", [("{", true), ("", false), ("a\n", false)]),
        new(@"x{2}y{1,}z{0,1}", [("xxyz", true), ("xxyyy", true), ("xyz", false), ("", false), ("a\n", false)]),
        new(@"a{1000}", [(new string('a', 1000), true), (new string('a', 999), false), ("", false), ("a\n", false)]), // the largest count
        new(@"(?P<code>\d+) killed", [("exit 137 killed", true), ("killed", false), ("", false), ("a\n", false)]),
        new(@"(?<code>\d+) killed", [("exit 137 killed", true), ("", false), ("a\n", false)]), // Go 1.22 named groups; Go's result taken from (?P<code>\d+) killed
        new(@"(?P<n>a)(?P<n>b)", [("ab", true), ("", false), ("a\n", false)]), // duplicate names
        new(@"(?:oom|OOM)kill", [("OOMkill", true), ("Oomkill", false), ("", false), ("a\n", false)]),
        new(@"(?i)oomkilled", [("OOMKilled", true), ("oomkilled\n", true), ("", false), ("a\n", false)]),
        new(@"(?i)k", [("\u212A", true), ("K", true), ("", false), ("a\n", false)]), // Kelvin sign folds to k
        new(@"(?i)s", [("\u017F", true), ("S", true), ("", false), ("a\n", false)]), // long s folds to s
        new("(?i)straße", [("STRASSE", false), ("STRA\u1E9EE", true), ("straße", true), ("", false), ("a\n", false)]), // simple folding only
        new("(?i)σ", [("Σ", true), ("ς", true), ("", false), ("a\n", false)]),
        new(@"(?i)i", [("\u0130", false), ("\u0131", false), ("I", true), ("", false), ("a\n", false)]), // no Turkish i
        new(@"(?i)[^k]", [("\u212A", false), ("K", false), ("x", true), ("", false), ("a\n", true)]),
        new(@"(?i)\w", [("\u212A", true), ("\u017F", true), ("", false), ("a\n", true)]),
        new(@"(?i)[[:upper:]]", [("a", true), ("\u017F", true), ("", false), ("a\n", true)]),
        new(@"(?i:a)b", [("Ab", true), ("AB", false), ("", false), ("a\n", false)]),
        new(@"a(?i)b|c", [("aB", true), ("C", true), ("", false), ("a\n", false)]), // flags last to the end of the group
        new(@"((?i)a)b", [("Ab", true), ("AB", false), ("", false), ("a\n", false)]),
        new(@"(?i)a(?-i)b", [("AB", false), ("Ab", true), ("", false), ("a\n", false)]),
        new(@"(?s:.)x", [("\nx", true), ("", false), ("a\n", false)]),
        new(@"(?U)a+", [("aaa", true), ("", false), ("a\n", true)]),
        new(@"(?U)(a+?)b", [("aab", true), ("", false), ("a\n", false)]),
        new(@"(?)a", [("a", true), ("", false), ("a\n", true)]), // an empty flag group
        new(@"a|b|", [("c", true), ("", false), ("a\n", true)]), // an empty alternative
        new(@"(|x)y", [("y", true), ("", false), ("a\n", false)]),
        new(@"^*a", [("a", true), ("", false), ("a\n", true)]), // a repeated anchor
        new(@"a(?i)*", [("b", true), ("", false), ("a\n", true)]), // the star applies to a
        new(@"[]a]", [("]", true), ("a", true), ("b", false), ("", false), ("a\n", true)]),
        new(@"[^]a]", [("]", false), ("b", true), ("", false), ("a\n", true)]),
        new(@"[a-]", [("-", true), ("b", false), ("", false), ("a\n", true)]),
        new(@"[[:]", [("[", true), (":", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"[a-z-[aeiou]]", [("b]", true), ("b", false), ("-]", true), ("[]", true), ("", false), ("a\n", false)]), // not class subtraction in Go
        new(@"[\x{10000}-\x{10FFFF}]", [("\uD83D\uDE00", true), ("a", false), ("", false), ("a\n", false)]),
        new(@"[^a]", [("\uD83D\uDE00", true), ("a", false), ("\n", true), ("", false), ("a\n", true)]),
        new(@"\bkill\b", [("oom kill now", true), ("killed", false), ("skill", false), ("", false), ("a\n", false)]),
        new(@"\Bill\B", [("skills", true), ("ill", false), ("", false), ("a\n", false)]),
        new(@"CUDA error: out of memory", [("RuntimeError: CUDA error: out of memory\n", true), ("CUDA error", false), ("", false), ("a\n", false)]),
        new(@"(?i)connection (refused|reset)", [("dial tcp: Connection Refused\n", true), ("", false), ("a\n", false)]),
        new(@"exit (code|status) (1|137)$", [("exit code 137\n", false), ("exit code 137", true), ("", false), ("a\n", false)]),
        new(@"^Error: .*timeout", [("Error: read timeout\n", true), ("warn\nError: timeout", false), ("", false), ("a\n", false)]),
    ];

    /// <summary>A pattern and, for each message, whether Go matches it.</summary>
    public sealed record Case(string Pattern, (string Message, bool Matches)[] Messages);
}
