namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>Backslash escapes: assertions, <c>\Q...\E</c>, Perl and Unicode classes, and single characters.</summary>
internal sealed partial class Re2Parser
{
    private void ParseEscapeOutsideClass()
    {
        var start = position;
        if (start + 1 < pattern.Length)
        {
            switch (pattern[start + 1])
            {
                case 'A':
                    AppendAssertion(AssertionKind.BeginText);
                    return;
                case 'z':
                    AppendAssertion(AssertionKind.EndText);
                    return;
                case 'b':
                    AppendAssertion(AssertionKind.WordBoundary);
                    return;
                case 'B':
                    AppendAssertion(AssertionKind.NoWordBoundary);
                    return;
                case 'C':
                    throw Error(Re2Messages.AnyByteEscape(), start);
                case 'Q':
                    ParseQuotedText();
                    return;
                case 'p' or 'P':
                    Append(new Re2Node.CharClass(ParseUnicodeClass()));
                    return;
            }

            if (TryParsePerlClass(out var perlClass))
            {
                Append(new Re2Node.CharClass(perlClass));
                return;
            }
        }

        AppendLiteral(ParseEscape(inClass: false));
    }

    private void AppendAssertion(AssertionKind kind)
    {
        Append(new Re2Node.Assertion(kind));
        position += 2;
    }

    /// <summary>Parses <c>\Q...\E</c>: the text up to <c>\E</c>, or to the end of the pattern, is literal.</summary>
    private void ParseQuotedText()
    {
        var end = pattern.IndexOf(@"\E", position + 2, StringComparison.Ordinal);
        var stop = end < 0 ? pattern.Length : end;
        position += 2;
        while (position < stop)
        {
            AppendLiteral(ReadCodePoint());
        }

        position = end < 0 ? pattern.Length : end + 2;
    }

    /// <summary>Parses <c>\pL</c>, <c>\p{Name}</c>, <c>\PL</c>, <c>\P{Name}</c> or <c>\p{^Name}</c> at the current backslash.</summary>
    private CodePointSet ParseUnicodeClass()
    {
        var start = position;
        var negated = pattern[start + 1] == 'P';
        position = start + 2;
        if (position >= pattern.Length)
        {
            throw Error(Re2Messages.UnknownUnicodeClass(pattern[start..], string.Empty), start);
        }

        string name;
        if (pattern[position] == '{')
        {
            var end = pattern.IndexOf('}', position);
            if (end < 0)
            {
                throw Error(Re2Messages.UnterminatedUnicodeClass(pattern[start..]), start);
            }

            name = pattern[(position + 1)..end];
            position = end + 1;
        }
        else
        {
            var nameStart = position;
            ReadCodePoint();
            name = pattern[nameStart..position];
        }

        var sequence = pattern[start..position];
        if (name.StartsWith('^'))
        {
            negated = !negated;
            name = name[1..];
        }

        var set = UnicodeClasses.Find(name) ?? throw Error(Re2Messages.UnknownUnicodeClass(sequence, name), start);
        if (Has(ParseFlags.FoldCase))
        {
            set = CaseFolding.Close(set);
        }

        return negated ? set.Complement() : set;
    }

    /// <summary>Parses <c>\d \D \s \S \w \W</c> at the current backslash, if one is there.</summary>
    private bool TryParsePerlClass(out CodePointSet set)
    {
        set = CodePointSet.Empty;
        if (position + 1 >= pattern.Length || AsciiClasses.FindPerl(pattern[position + 1]) is not { } perl)
        {
            return false;
        }

        set = Has(ParseFlags.FoldCase) ? CaseFolding.Close(perl.Set) : perl.Set;
        if (perl.Negated)
        {
            set = set.Complement();
        }

        position += 2;
        return true;
    }

    /// <summary>
    /// Parses an escape that stands for one character: <c>\n</c>, <c>\x41</c>, <c>\x{1F600}</c>,
    /// <c>\101</c>, or a backslash before ASCII punctuation.
    /// </summary>
    /// <returns>The code point.</returns>
    private int ParseEscape(bool inClass)
    {
        var start = position;
        if (start + 1 >= pattern.Length)
        {
            throw Error(Re2Messages.TrailingBackslash(), start);
        }

        position = start + 1;
        var c = ReadCodePoint();
        if (c < 0x80 && !char.IsAsciiLetterOrDigit((char)c))
        {
            return c;
        }

        switch (c)
        {
            // A single digit 1-7 would be a backreference, which RE2 lacks; two or three are octal.
            case '0':
            case >= '1' and <= '7' when position < pattern.Length && IsOctalDigit(pattern[position]):
                var value = c - '0';
                for (var digits = 1; digits < 3 && position < pattern.Length && IsOctalDigit(pattern[position]); digits++)
                {
                    value = (value * 8) + (pattern[position] - '0');
                    position++;
                }

                return value;
            case 'x':
                if (TryParseHex(out var codePoint))
                {
                    return codePoint;
                }

                break;
            case 'a':
                return '\a';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return '\v';
        }

        throw Error(Re2Messages.InvalidEscape(pattern[start..position], inClass), start);
    }

    /// <summary>Parses the part of <c>\x7F</c> or <c>\x{10FFFF}</c> after the <c>x</c>.</summary>
    private bool TryParseHex(out int codePoint)
    {
        codePoint = 0;
        if (position >= pattern.Length)
        {
            return false;
        }

        var first = ReadCodePoint();
        if (first == '{')
        {
            var digits = 0;
            while (position < pattern.Length)
            {
                var c = ReadCodePoint();
                if (c == '}')
                {
                    return digits > 0;
                }

                var digit = HexValue(c);
                if (digit < 0)
                {
                    return false;
                }

                codePoint = (codePoint * 16) + digit;
                if (codePoint > CodePointSet.MaxCodePoint)
                {
                    return false;
                }

                digits++;
            }

            return false;
        }

        if (position >= pattern.Length)
        {
            return false;
        }

        var high = HexValue(first);
        var low = HexValue(ReadCodePoint());
        codePoint = (high * 16) + low;
        return high >= 0 && low >= 0;
    }

    private static bool IsOctalDigit(char c) => c is >= '0' and <= '7';

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
