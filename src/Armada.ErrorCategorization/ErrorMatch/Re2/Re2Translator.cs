namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>Translates a Go RE2 pattern into a .NET pattern with the same meaning.</summary>
internal static class Re2Translator
{
    /// <summary>Parses <paramref name="pattern"/> as Go does and writes it in .NET syntax.</summary>
    /// <returns>The .NET pattern, for <see cref="PatternCompiler.Options"/>.</returns>
    /// <exception cref="InvalidPatternException">
    /// Go rejects the pattern, or its character classes need more minterms than .NET's engine handles correctly.
    /// </exception>
    public static string Translate(string pattern)
    {
        var root = Re2Parser.Parse(pattern);

        // Exact where .NET's engine allows it. Otherwise classes may also match unassigned code
        // points outside the BMP, which is the only way \pL fits (docs/regex.md).
        foreach (var coarsenUnassigned in new[] { false, true })
        {
            var translated = DotNetPatternWriter.Write(root, coarsenUnassigned);
            if (MintermCounter.Count(translated.UnitSets, translated.UsesWordBoundary) <= MintermCounter.MaxMinterms)
            {
                return translated.Pattern;
            }
        }

        throw new InvalidPatternException(pattern, Re2Messages.TooManyMinterms());
    }
}
