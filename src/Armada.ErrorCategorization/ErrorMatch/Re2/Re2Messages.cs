namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// The reasons an <see cref="InvalidPatternException"/> gives. Each starts with Go's wording for
/// the error where Go has one (so operators recognise Armada's message), quotes the construct in
/// backquotes as Go does, and names what to write instead.
/// </summary>
internal static class Re2Messages
{
    private const string EscapeSummary =
        @"RE2 accepts \a \f \t \n \r \v, octal \0 to \377, \x7F, \x{10FFFF}, the classes \d \s \w \pL \p{Name} and their upper-case negations, "
        + @"\A \z \b \B and \Q...\E outside a class, and a backslash before any ASCII punctuation";

    public static string TooLarge() =>
        "expression too large: the pattern compiles to more than Go's limit of about 3.3 million instructions; lower the repetition counts";

    public static string NestsTooDeeply() =>
        $"expression nests too deeply: the pattern is more than {Re2Parser.MaxHeight} levels deep; flatten the nested groups";

    public static string MissingParen() => @"missing closing ): this ( is never closed; add a ) or write \( for a literal parenthesis";

    public static string UnexpectedParen() => @"unexpected ): there is no open group to close; remove it or write \) for a literal parenthesis";

    public static string MissingBracket() => @"missing closing ]: this [ is never closed; add a ] or write \[ for a literal bracket";

    public static string TrailingBackslash() => @"trailing backslash at end of expression; remove it or write \\ for a literal backslash";

    public static string UnpairedSurrogate(char c) =>
        $"invalid UTF-16: unpaired surrogate U+{(int)c:X4}; Go rejects the same pattern as invalid UTF-8";

    public static string Lookbehind(string construct) =>
        $"lookbehind `{construct}` is not supported: RE2 has no lookaround; match the preceding text as part of the pattern instead";

    public static string UnterminatedGroupName(string rest) =>
        $"invalid named capture `{rest}`: the group name has no closing >; write (?P<name>...) or (?<name>...)";

    public static string InvalidGroupName(string construct) =>
        $"invalid named capture `{construct}`: a group name is one or more ASCII letters, digits or underscores";

    /// <summary>The reason for a <c>(?</c> group RE2 rejects, naming the construct the author most likely meant.</summary>
    public static string InvalidQuestionGroup(string pattern, int start, int offending)
    {
        var text = pattern[start..Math.Min(offending + 1, pattern.Length)];
        var afterQuestion = start + 2 < pattern.Length ? pattern[start + 2] : '\0';
        var second = start + 3 < pattern.Length ? pattern[start + 3] : '\0';
        var known = (afterQuestion, second) switch
        {
            ('=', _) => "lookahead `(?=` is not supported: RE2 has no lookaround; match the text directly, or write a second rule",
            ('!', _) => "negative lookahead `(?!` is not supported: RE2 has no lookaround; write a separate rule for the case to exclude",
            ('<', _) => "invalid named capture `(?<`: write (?P<name>...) or (?<name>...)",
            ('>', _) => "atomic group `(?>` is not supported: RE2 never backtracks, so write (?:...) instead",
            ('#', _) => "comment group `(?#` is not supported by RE2; remove the comment",
            ('(', _) => "conditional `(?(` is not supported by RE2; use alternation (a|b) or separate rules",
            ('\'', _) => "named group `(?'` is not RE2 syntax; write (?P<name>...) or (?<name>...)",
            ('P', '<') => "invalid named capture `(?P<`: the group name is missing; write (?P<name>...)",
            ('P', '=') => "named backreference `(?P=` is not supported: RE2 has no backreferences",
            ('P', '>') => "subroutine call `(?P>` is not supported by RE2",
            ('R' or '&' or '+' or (>= '0' and <= '9'), _) => $"recursion `{text}` is not supported by RE2",
            ('|', _) => "branch reset group `(?|` is not supported by RE2; write (?:...) instead",
            _ => null,
        };
        if (known is not null)
        {
            return known;
        }

        if (offending >= pattern.Length)
        {
            return $"invalid or unsupported Perl syntax `{text}`: the flag group is not closed; write flags as (?i), (?i:...) or (?i-s)";
        }

        return pattern[offending] switch
        {
            'x' => $"invalid or unsupported Perl syntax `{text}`: flag x (extended mode) is not supported by RE2; remove it and write the pattern without layout spaces or # comments",
            'n' => $"invalid or unsupported Perl syntax `{text}`: flag n (explicit capture) is .NET-only; write (?:...) for groups that should not capture",
            '-' => $"invalid or unsupported Perl syntax `{text}`: a flag group has at most one -",
            ':' or ')' => $"invalid or unsupported Perl syntax `{text}`: a - must be followed by at least one flag",
            var c when char.IsAsciiLetter(c) => $"invalid or unsupported Perl syntax `{text}`: unknown flag {c}; RE2 has only the flags i, m, s and U",
            _ => $"invalid or unsupported Perl syntax `{text}`: after (? RE2 expects flags (i, m, s, U, with - before those to clear) and then : or ), or P<name> or <name> for a named group",
        };
    }

    public static string TooLargeForDotNet() =>
        "the pattern is too large for .NET's linear-time engine: with its counted repetitions expanded it exceeds the engine's automaton limit "
        + "(10,000 nodes by default), far below Go's; lower the counts (write a+ rather than a{1,1000}) or split the rule. "
        + @"Classes that include characters outside the BMP, such as . or \pL, cost several nodes per repetition";

    public static string TooManyMinterms() =>
        $"the pattern's character classes split the characters into more than {MintermCounter.MaxMinterms} groups, "
        + "and with that many .NET's linear-time engine fails to match a final newline (a .NET bug), so the pattern is rejected; "
        + @"use fewer Unicode classes or narrower ones: \pL or \PL alone needs more, because letters outside the BMP are written as surrogate pairs, "
        + @"while \p{Lu}, \p{Ll}, \pN or ASCII classes such as [A-Za-z] fit";

    public static string InvalidRepeatCount(string construct, int min, int max) =>
        max >= 0 && min > max && min <= Re2Parser.MaxRepeat
            ? $"invalid repeat count `{construct}`: the minimum is larger than the maximum; write the smaller count first"
            : $"invalid repeat count `{construct}`: RE2 allows counts up to {Re2Parser.MaxRepeat}; use + or * for longer runs";

    public static string NestedRepeatTooLarge(string construct) =>
        $"invalid repeat count `{construct}`: nested counted repetitions multiply to more than {Re2Parser.MaxRepeat}; lower the counts or use + or *";

    public static string NestedRepeat(string construct) =>
        construct.Length >= 2 && construct[^1] == '+'
            ? $"invalid nested repetition operator `{construct}`: RE2 has no possessive quantifiers and never backtracks, so drop the final +"
            : $"invalid nested repetition operator `{construct}`: a repetition cannot apply directly to another; group the inner one, as in (?:a*)*";

    public static string MissingRepeatArgument(string construct) =>
        $@"missing argument to repetition operator `{construct}`: there is nothing before it to repeat; write \{construct[0]} for the literal character";

    public static string AnyByteEscape() => @"invalid escape sequence `\C`: RE2 does not support matching single bytes; use . to match any character";

    public static string InvalidEscape(string construct, bool inClass)
    {
        var letter = construct.Length > 1 ? construct[1] : '\0';
        return letter switch
        {
            'b' when inClass => @"invalid escape sequence `\b`: inside a class RE2 has no backspace escape; write \x08",
            'A' or 'z' or 'B' or 'Q' when inClass => $"invalid escape sequence `{construct}`: this escape is not allowed inside a class; move it outside the brackets",
            'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'p' or 'P' when inClass =>
                $@"invalid escape sequence `{construct}`: a class such as \d or \pL cannot end a range; list it after the range, as in [a-z\d]",
            >= '1' and <= '9' => $@"invalid escape sequence `{construct}`: RE2 has no backreferences; for an octal character code write two or three digits, as in \012",
            'k' or 'g' => $"invalid escape sequence `{construct}`: RE2 has no backreferences",
            'G' => @"invalid escape sequence `\G`: RE2 has no end-of-previous-match anchor; anchor with ^ or \A instead",
            'Z' => @"invalid escape sequence `\Z`: RE2 has no \Z; write \z for the end of the text, or \n?\z to also allow one final newline",
            'e' => @"invalid escape sequence `\e`: RE2 has no \e; write \x1B for the escape character",
            'c' => @"invalid escape sequence `\c`: RE2 has no control-character escapes; write the code in hex, as in \x01",
            'u' or 'U' => $@"invalid escape sequence `{construct}`: RE2 writes code points as \x{{...}}, as in \x{{00E9}}",
            'x' => $@"invalid escape sequence `{construct}`: write exactly two hex digits, as in \x7F, or up to 10FFFF in braces, as in \x{{1F600}}",
            'E' => @"invalid escape sequence `\E`: \E only ends a \Q...\E quotation; remove it",
            _ => $"invalid escape sequence `{construct}`: {EscapeSummary}",
        };
    }

    public static string UnterminatedUnicodeClass(string rest) =>
        $"invalid character class range `{rest}`: the Unicode class name has no closing }}";

    public static string UnknownUnicodeClass(string construct, string name)
    {
        if (name.Length == 0)
        {
            return $@"invalid character class range `{construct}`: a Unicode class name must follow, as in \pL or \p{{Lu}}";
        }

        if (name.Length > 2 && name.StartsWith("Is", StringComparison.OrdinalIgnoreCase))
        {
            return $@"invalid character class range `{construct}`: .NET block names such as IsGreek are not RE2 syntax; list the code point ranges instead, as in [\x{{0370}}-\x{{03FF}}]";
        }

        return $@"invalid character class range `{construct}`: this library knows the general categories (such as L, Lu, Nd, or Letter), Any, ASCII and Assigned. "
            + @"Go also accepts scripts such as Greek or Han, but .NET has no script data, so scripts are rejected here; list the script's code point ranges instead, as in [\x{0370}-\x{03FF}]";
    }

    public static string UnknownPosixClass(string construct) =>
        $"invalid character class range `{construct}`: the ASCII classes are {string.Join(", ", AsciiClasses.PosixNames)}, written [[:alpha:]] or negated [[:^alpha:]]";

    public static string ReversedRange(string construct) =>
        $"invalid character class range `{construct}`: the range ends before it starts; write the lower character first";
}
