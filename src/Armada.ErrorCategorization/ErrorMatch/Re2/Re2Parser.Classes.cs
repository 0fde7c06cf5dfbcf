namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>Bracket classes such as <c>[a-z]</c>, <c>[^\d]</c> and <c>[[:alpha:]\p{Greek}]</c>.</summary>
internal sealed partial class Re2Parser
{
    /// <summary>Parses a bracket class at the current <c>[</c>.</summary>
    /// <returns>The characters it matches, with <c>(?i)</c> folding and negation applied.</returns>
    private CodePointSet ParseBracketClass()
    {
        var classStart = position;
        position++;
        var negated = position < pattern.Length && pattern[position] == '^';
        if (negated)
        {
            position++;
        }

        var parts = new List<CodePointSet>();

        // A ] right after [ or [^ is a literal, not the end of the class.
        var first = true;
        while (true)
        {
            if (position >= pattern.Length)
            {
                throw Error(Re2Messages.MissingBracket(), classStart);
            }

            if (pattern[position] == ']' && !first)
            {
                position++;
                break;
            }

            first = false;
            if (TryParsePosixClass(out var posix))
            {
                parts.Add(posix);
                continue;
            }

            if (pattern[position] == '\\' && position + 1 < pattern.Length && pattern[position + 1] is 'p' or 'P')
            {
                parts.Add(ParseUnicodeClass());
                continue;
            }

            if (pattern[position] == '\\' && TryParsePerlClass(out var perl))
            {
                parts.Add(perl);
                continue;
            }

            parts.Add(ParseClassRange(classStart));
        }

        var set = CodePointSet.FromRanges(parts.SelectMany(part => part.Ranges()));
        return negated ? set.Complement() : set;
    }

    /// <summary>
    /// Parses <c>[:alpha:]</c> or <c>[:^alpha:]</c> inside a class. As in Go, the name runs to the
    /// next <c>:]</c> anywhere in the pattern; without one, the <c>[</c> is a literal.
    /// </summary>
    private bool TryParsePosixClass(out CodePointSet set)
    {
        set = CodePointSet.Empty;
        if (position + 2 >= pattern.Length || pattern[position] != '[' || pattern[position + 1] != ':')
        {
            return false;
        }

        var end = pattern.IndexOf(":]", position + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var name = pattern[(position + 2)..end];
        var negated = name.StartsWith('^');
        var found = AsciiClasses.FindPosix(negated ? name[1..] : name)
            ?? throw Error(Re2Messages.UnknownPosixClass(pattern[position..(end + 2)]), position);

        set = Has(ParseFlags.FoldCase) ? CaseFolding.Close(found) : found;
        if (negated)
        {
            set = set.Complement();
        }

        position = end + 2;
        return true;
    }

    /// <summary>Parses one character or a range such as <c>a-z</c>; <c>[a-]</c> contains a and -.</summary>
    private CodePointSet ParseClassRange(int classStart)
    {
        var rangeStart = position;
        var low = ParseClassCharacter(classStart);
        var high = low;
        if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
        {
            position++;
            high = ParseClassCharacter(classStart);
            if (high < low)
            {
                throw Error(Re2Messages.ReversedRange(pattern[rangeStart..position]), rangeStart);
            }
        }

        var range = CodePointSet.Range(low, high);
        return Has(ParseFlags.FoldCase) ? CaseFolding.Close(range) : range;
    }

    private int ParseClassCharacter(int classStart)
    {
        if (position >= pattern.Length)
        {
            throw Error(Re2Messages.MissingBracket(), classStart);
        }

        return pattern[position] == '\\' ? ParseEscape(inClass: true) : ReadCodePoint();
    }
}
