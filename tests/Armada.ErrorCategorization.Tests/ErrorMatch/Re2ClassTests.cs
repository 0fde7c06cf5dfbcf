using System.Text;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.ErrorMatch.Re2;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>
/// The written .NET classes match exactly the characters the parser computed, for every BMP
/// character and a sample of the others, and the known differences from Go stay as documented.
/// </summary>
[TestFixture]
public sealed class Re2ClassTests
{
    [TestCase(@"\d")]
    [TestCase(@"\W")]
    [TestCase(@"\s")]
    [TestCase(@"[[:punct:]]")]
    [TestCase(@"(?i)[a-z]")]
    [TestCase(@"(?i)[^k]")]
    [TestCase(@"\p{Lu}")]
    [TestCase(@"\PN")]
    [TestCase(@".")]
    [TestCase(@"[\x{1F600}-\x{1F64F}\x{10400}]")]
    public void Compile_SingleClass_MatchesExactlyItsCodePoints(string classPattern)
    {
        var expected = ((Re2Node.CharClass)Re2Parser.Parse(classPattern)).Set;
        var regex = PatternCompiler.Compile($"^(?:{classPattern})$");

        var wrong = new List<string>();
        for (var codePoint = 0; codePoint <= CodePointSet.MaxCodePoint; codePoint += codePoint < 0x10000 ? 1 : 97)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            if (regex.IsMatch(char.ConvertFromUtf32(codePoint)) != expected.Contains(codePoint))
            {
                wrong.Add($"U+{codePoint:X4}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Test]
    public void Compile_UnpairedSurrogateInText_MatchesNoClass()
    {
        // Go reads UTF-8, where an unpaired surrogate cannot occur, so no class may match one.
        var regex = PatternCompiler.Compile(@"^(?s:.)$");

        Assert.Multiple(() =>
        {
            ErrorMatcher.MatchPattern(regex, "\uD800").ShouldBeFalse();
            ErrorMatcher.MatchPattern(regex, "\uDC00").ShouldBeFalse();
        });
    }

    [Test]
    public void Parse_CaseInsensitiveLiteral_FoldsAsGo()
    {
        Assert.Multiple(() =>
        {
            ((Re2Node.CharClass)Re2Parser.Parse("(?i)k")).Set.ToString().ShouldBe("[4B 6B 212A]");
            ((Re2Node.CharClass)Re2Parser.Parse("(?i)s")).Set.ToString().ShouldBe("[53 73 17F]");
            ((Re2Node.CharClass)Re2Parser.Parse("(?i)ß")).Set.ToString().ShouldBe("[DF 1E9E]");
            ((Re2Node.CharClass)Re2Parser.Parse("(?i)i")).Set.ToString().ShouldBe("[49 69]");
            ((Re2Node.CharClass)Re2Parser.Parse("(?i)\u03B9")).Set.ToString().ShouldBe("[345 399 3B9 1FBE]");
            ((Re2Node.CharClass)Re2Parser.Parse("(?i)\u0390")).Set.ToString().ShouldBe("[390 1FD3]");
        });
    }

    // Kept differences: .NET's \b and \B treat non-ASCII letters and digits as word characters.
    [TestCase(@"caf\b", "café", true)]
    [TestCase(@"é\b", "é!", false)]
    [TestCase(@"\b", "é", false)]
    [TestCase(@"\B", "é", true)]
    public void MatchPattern_NonAsciiWordBoundary_DiffersFromGo(string pattern, string message, bool goResult)
    {
        ErrorMatcher.MatchPattern(PatternCompiler.Compile(pattern), message).ShouldBe(!goResult);
    }

    [Test]
    public void Compile_LetterClass_MatchesUnassignedSupplementaryCodePoint()
    {
        // \pL only fits .NET's engine when unassigned code points outside the BMP may match (docs/regex.md).
        var unassigned = char.ConvertFromUtf32(0x2FFFD);
        var letter = char.ConvertFromUtf32(0x1D400);
        var regex = PatternCompiler.Compile(@"^\pL$");

        Assert.Multiple(() =>
        {
            ErrorMatcher.MatchPattern(regex, letter).ShouldBeTrue();
            ErrorMatcher.MatchPattern(regex, "\U0001F600").ShouldBeFalse();
            ErrorMatcher.MatchPattern(regex, unassigned).ShouldBeTrue();
        });
    }

    [Test]
    public void Compile_RandomPatterns_ThrowOnlyInvalidPatternException()
    {
        // Any text either compiles or is rejected with InvalidPatternException, never another exception.
        const string alphabet = @"ab()[]{}*+?|\^$.-:,0129PdDwWsSbBAzQExu<>=!imsU#' é";
        var random = new Random(20_240_601);
        var unexpected = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var pattern = new StringBuilder();
            for (var length = random.Next(1, 16); length > 0; length--)
            {
                pattern.Append(alphabet[random.Next(alphabet.Length)]);
            }

            try
            {
                PatternCompiler.Compile(pattern.ToString());
            }
            catch (InvalidPatternException)
            {
            }
            catch (Exception exception)
            {
                unexpected.Add($"{pattern}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        unexpected.ShouldBeEmpty();
    }
}
