using Armada.ErrorCategorization.ErrorMatch;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>
/// Patterns Go's <c>regexp.Compile</c> rejects are rejected with the construct, its offset and a fix.
/// Each reason fragment is checked as written, so a changed message shows up here.
/// </summary>
[TestFixture]
public sealed class PatternRejectionTests
{
    // Lookaround, backreferences, atomic groups, conditionals and other backtracking features.
    [TestCase(@"oom(?=killed)", 3, "lookahead `(?=` is not supported")]
    [TestCase(@"(?!x)y", 0, "negative lookahead `(?!` is not supported")]
    [TestCase(@"a(?<=b)", 1, "lookbehind `(?<=` is not supported")]
    [TestCase(@"(?<!b)a", 0, "lookbehind `(?<!` is not supported")]
    [TestCase(@"(a)\1", 3, "invalid escape sequence `\\1`: RE2 has no backreferences")]
    [TestCase(@"(?P<n>a)\k<n>", 8, "invalid escape sequence `\\k`: RE2 has no backreferences")]
    [TestCase(@"(?P<n>a)(?P=n)", 8, "named backreference `(?P=` is not supported")]
    [TestCase(@"(?>a+)b", 0, "atomic group `(?>` is not supported")]
    [TestCase(@"a*+", 1, "invalid nested repetition operator `*+`: RE2 has no possessive quantifiers")]
    [TestCase(@"a++", 1, "invalid nested repetition operator `++`")]
    [TestCase(@"a{2}+", 1, "invalid nested repetition operator `{2}+`")]
    [TestCase(@"(?(1)a|b)", 0, "conditional `(?(` is not supported")]
    [TestCase(@"\Gx", 0, "invalid escape sequence `\\G`")]
    [TestCase(@"a\C", 1, "invalid escape sequence `\\C`")]
    [TestCase(@"(?R)", 0, "recursion `(?R` is not supported")]

    // Syntax .NET accepts and RE2 does not.
    [TestCase(@"end\Z", 3, "invalid escape sequence `\\Z`: RE2 has no \\Z; write \\z")]
    [TestCase(@"a(?#note)", 1, "comment group `(?#` is not supported")]
    [TestCase(@"(?x) a b", 0, "invalid or unsupported Perl syntax `(?x`: flag x (extended mode)")]
    [TestCase(@"(?n)(a)", 0, "invalid or unsupported Perl syntax `(?n`: flag n (explicit capture) is .NET-only")]
    [TestCase(@"(?'name'a)", 0, "named group `(?'` is not RE2 syntax")]
    [TestCase(@"\p{IsGreek}", 0, "invalid character class range `\\p{IsGreek}`: .NET block names")]
    [TestCase(@"\e", 0, "invalid escape sequence `\\e`: RE2 has no \\e; write \\x1B")]
    [TestCase(@"\cA", 0, "invalid escape sequence `\\c`")]
    [TestCase(@"\u00e9", 0, "invalid escape sequence `\\u`: RE2 writes code points as \\x{...}")]
    [TestCase(@"[\b]", 1, "invalid escape sequence `\\b`: inside a class RE2 has no backspace escape")]
    [TestCase(@"\8", 0, "invalid escape sequence `\\8`")]
    [TestCase(@"\h", 0, "invalid escape sequence `\\h`: RE2 accepts")]
    [TestCase(@"x\", 1, "trailing backslash at end of expression")]

    // Counts and structure.
    [TestCase(@"a{1001}", 1, "invalid repeat count `{1001}`: RE2 allows counts up to 1000")]
    [TestCase(@"a{0,1001}", 1, "invalid repeat count `{0,1001}`")]
    [TestCase(@"a{3,2}", 1, "invalid repeat count `{3,2}`: the minimum is larger than the maximum")]
    [TestCase(@"(a{100}){11}", 8, "invalid repeat count `{11}`: nested counted repetitions multiply to more than 1000")]
    [TestCase(@"a**", 1, "invalid nested repetition operator `**`")]
    [TestCase(@"x{2}{3}", 1, "invalid nested repetition operator `{2}{3}`")]
    [TestCase(@"*a", 0, "missing argument to repetition operator `*`")]
    [TestCase(@"a|+", 2, "missing argument to repetition operator `+`")]
    [TestCase(@"{2}", 0, "missing argument to repetition operator `{2}`")]
    [TestCase(@"(a", 0, "missing closing )")]
    [TestCase(@"a(b(c)", 1, "missing closing )")]
    [TestCase(@"a)", 1, "unexpected )")]
    [TestCase(@"[a-z", 0, "missing closing ]")]
    [TestCase(@"[]", 0, "missing closing ]")]
    [TestCase(@"x[z-a]", 2, "invalid character class range `z-a`")]
    [TestCase(@"[a-\d]", 3, "invalid escape sequence `\\d`: a class such as \\d or \\pL cannot end a range")]
    [TestCase(@"[[:alfa:]]", 1, "invalid character class range `[:alfa:]`: the ASCII classes are alnum, alpha")]
    [TestCase(@"\pX", 0, "invalid character class range `\\pX`")]
    [TestCase(@"\p{Foo}", 0, "invalid character class range `\\p{Foo}`")]
    [TestCase(@"\p{Lu", 0, "invalid character class range `\\p{Lu`: the Unicode class name has no closing }")]
    [TestCase(@"\x{110000}", 0, "invalid escape sequence `\\x{110000`")]
    [TestCase(@"\xG1", 0, "invalid escape sequence `\\xG1`")]
    [TestCase(@"(?P<n!>a)", 0, "invalid named capture `(?P<n!>`")]
    [TestCase(@"(?P<n", 0, "invalid named capture `(?P<n`: the group name has no closing >")]
    [TestCase(@"(?i-)a", 0, "invalid or unsupported Perl syntax `(?i-)`: a - must be followed by at least one flag")]
    [TestCase(@"(?z)a", 0, "invalid or unsupported Perl syntax `(?z`: unknown flag z")]
    public void Compile_PatternGoRejects_ThrowsWithOffsetAndReason(string pattern, int offset, string reason)
    {
        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile(pattern));

        Assert.Multiple(() =>
        {
            exception.Pattern.ShouldBe(pattern);
            exception.Position.ShouldBe(offset);
            exception.Reason.ShouldStartWith(reason);
            exception.Message.ShouldStartWith($"invalid regex \"{pattern}\" at offset {offset}: {reason}");
        });
    }

    // Go accepts a script class; .NET has no script data, so it is rejected with a pointer to ranges.
    [TestCase(@"\p{Greek}")]
    [TestCase(@"[\p{Han}a]")]
    [TestCase(@"\P{Latin}")]
    public void Compile_UnicodeScript_ThrowsNamingScriptsAsUnsupported(string pattern)
    {
        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile(pattern));

        exception.Reason.ShouldContain("Go also accepts scripts such as Greek or Han, but .NET has no script data, so scripts are rejected here");
    }

    [Test]
    public void Compile_UnpairedSurrogate_Throws()
    {
        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile("a\uD800"));

        Assert.Multiple(() =>
        {
            exception.Position.ShouldBe(1);
            exception.Reason.ShouldBe("invalid UTF-16: unpaired surrogate U+D800; Go rejects the same pattern as invalid UTF-8");
        });
    }

    [Test]
    public void Compile_NestedTooDeeply_Throws()
    {
        var pattern = new string('(', 1001) + "a" + new string(')', 1001);

        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile(pattern));

        Assert.Multiple(() =>
        {
            exception.Position.ShouldBeNull();
            exception.Reason.ShouldStartWith("expression nests too deeply");
        });
    }

    [Test]
    public void Compile_NonCapturingNesting_IsNotDepth()
    {
        // Go drops (?:...) from its tree, so this is one literal deep.
        var pattern = string.Concat(Enumerable.Repeat("(?:", 1500)) + "a" + new string(')', 1500);

        ErrorMatcher.MatchPattern(PatternCompiler.Compile(pattern), "a").ShouldBeTrue();
    }
}
