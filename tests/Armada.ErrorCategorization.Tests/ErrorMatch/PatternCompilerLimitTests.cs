using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>The public surface of <see cref="PatternCompiler"/> and its limits.</summary>
[TestFixture]
public sealed class PatternCompilerLimitTests
{
    [Test]
    public void Options_Value_IsNonBacktrackingCultureInvariant()
    {
        PatternCompiler.Options.ShouldBe(RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    [Test]
    public void Compile_AnyPattern_UsesOptionsAndTimeout()
    {
        var regex = PatternCompiler.Compile("a");

        Assert.Multiple(() =>
        {
            regex.Options.ShouldBe(PatternCompiler.Options);
            regex.MatchTimeout.ShouldBe(PatternCompiler.MatchTimeout);
            PatternCompiler.MatchTimeout.ShouldBe(TimeSpan.FromSeconds(1));
        });
    }

    [Test]
    public void Compile_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => PatternCompiler.Compile(null!)).ParamName.ShouldBe("pattern");
    }

    [Test]
    public void Compile_MaxLengthPattern_IsAccepted()
    {
        var pattern = new string('a', PatternCompiler.MaxPatternLength);

        // The first match builds one automaton state per character, which can take longer than
        // MatchTimeout on a loaded machine, so this test allows more time.
        var regex = PatternCompiler.Compile(pattern, TimeSpan.FromMinutes(1));

        ErrorMatcher.MatchPattern(regex, pattern).ShouldBeTrue();
    }

    [Test]
    public void Compile_PatternOverMaxLength_ThrowsWithLength()
    {
        var pattern = new string('a', PatternCompiler.MaxPatternLength + 1);

        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile(pattern));

        Assert.Multiple(() =>
        {
            exception.Position.ShouldBeNull();
            exception.Pattern.ShouldBe(new string('a', 80) + "…");
            exception.Reason.ShouldBe("the pattern is 8193 characters long, more than the maximum of 8192; shorten it");
        });
    }

    [Test]
    public void Compile_RepetitionTooLargeForDotNet_Throws()
    {
        // Go accepts this (10,000 instructions); .NET's engine stops at 10,000 automaton nodes.
        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile("(?:abcdefghij){1000}"));

        Assert.Multiple(() =>
        {
            exception.Position.ShouldBeNull();
            exception.Reason.ShouldStartWith("the pattern is too large for .NET's linear-time engine");
            exception.InnerException.ShouldBeOfType<NotSupportedException>();
        });
    }

    [Test]
    public void Compile_TooManyCharacterGroups_Throws()
    {
        var exception = Should.Throw<InvalidPatternException>(() => PatternCompiler.Compile(@"\pL\pM\pN\pP\pS"));

        Assert.Multiple(() =>
        {
            exception.Position.ShouldBeNull();
            exception.Reason.ShouldStartWith("the pattern's character classes split the characters into more than 255 groups");
        });
    }
}
