using Armada.ErrorCategorization.ErrorMatch.Re2;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>Pins the .NET text written for each construct .NET would otherwise read differently.</summary>
[TestFixture]
public sealed class Re2TranslatorTests
{
    [TestCase(@"(?P<code>x)", @"(?<code>x)")]
    [TestCase(@"(?<code>x)", @"(?<code>x)")]
    [TestCase(@"(?P<1st>x)", @"(x)")]
    [TestCase(@"[[:alpha:]]", @"[A-Za-z]")]
    [TestCase(@"[[:^digit:]]", @"(?:[^\p{Cs}0-9]|[\uD800-\uDBFF][\uDC00-\uDFFF])")]
    [TestCase(@"\Qa.b\E", @"a\u002Eb")]
    [TestCase(@"(?U)a*b+?", @"a*?b+")]
    [TestCase(@"\x{41}", @"A")]
    [TestCase(@"\x{1F600}", @"\uD83D\uDE00")]
    [TestCase(@"\x{1F600}+", @"(?:\uD83D\uDE00)+")]
    [TestCase(@"done$", @"done\z")]
    [TestCase(@"(?m)^done$", @"(?m:^)done(?m:$)")]
    [TestCase(@"^\A\z", @"\A\A\z")]
    [TestCase(@"\d", @"[0-9]")]
    [TestCase(@"\s", @"[\u0009\u000A\u000C\u000D\u0020]")]
    [TestCase(@"[^\d]", @"(?:[^\p{Cs}0-9]|[\uD800-\uDBFF][\uDC00-\uDFFF])")]
    [TestCase(@"\w+", @"[0-9A-Z_a-z]+")]
    [TestCase(@".", @"(?:[^\p{Cs}\u000A]|[\uD800-\uDBFF][\uDC00-\uDFFF])")]
    [TestCase(@"(?s).", @"(?:[^\p{Cs}]|[\uD800-\uDBFF][\uDC00-\uDFFF])")]
    [TestCase(@"(?i)k", @"[Kk\u212A]")]
    [TestCase(@"\pN", @"(?:[\p{Nd}\p{Nl}\p{No}]|")]
    [TestCase(@"^*", @"(?:\A)*")]
    [TestCase(@"a|b|", @"(?:a|b|(?:))")]
    [TestCase(@"a{0,5}?", @"a{0,5}?")]
    [TestCase(@"\bx\B", @"\bx\B")]
    [TestCase(@"[a-z-[aeiou]]", @"[\u002D\u005Ba-z]\u005D")]
    [TestCase(@"[^\x00-\x{10FFFF}]", @"[^\u0000-\uFFFF]")]
    public void Translate_Construct_WritesDotNetEquivalent(string pattern, string expectedStart)
    {
        Re2Translator.Translate(pattern).ShouldStartWith(expectedStart);
    }
}
