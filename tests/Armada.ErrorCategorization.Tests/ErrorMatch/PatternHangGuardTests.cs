using Armada.ErrorCategorization.ErrorMatch;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>
/// Patterns that make a backtracking engine run for years finish quickly on a 100 KiB message.
/// The generous limit guards against a hang; it is not a speed measurement.
/// </summary>
[TestFixture]
public sealed class PatternHangGuardTests
{
    private static readonly string Adversarial = new string('a', 100 * 1024) + "!";

    // Go's MatchString result for each pattern on the message above.
    [TestCase(@"(a+)+$", false)]
    [TestCase(@"(a|aa)*b", false)]
    [TestCase(@"(.*a){20}", true)]
    [TestCase(@"(a*)*b", false)]
    [TestCase(@"(x+x+)+y", false)]
    [TestCase(@"^(a|a?)+$", false)]
    [TestCase(@"(\w|\d)+!$", true)]
    [TestCase(@"(?i)(A+)+\z", false)]
    [CancelAfter(20_000)]
    public void MatchPattern_AdversarialMessage_FinishesWithGoResult(string pattern, bool expected, CancellationToken cancellation)
    {
        var regex = PatternCompiler.Compile(pattern);

        var matched = ErrorMatcher.MatchPattern(regex, Adversarial);

        cancellation.IsCancellationRequested.ShouldBeFalse();
        matched.ShouldBe(expected);
    }
}
