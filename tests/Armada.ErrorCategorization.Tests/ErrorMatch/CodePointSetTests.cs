using Armada.ErrorCategorization.ErrorMatch.Re2;
using CsCheck;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>
/// The set operations that build character classes agree with a plain membership table, for random
/// sets of small code points, including ranges that touch, overlap or nest.
/// </summary>
[TestFixture]
public class CodePointSetTests
{
    private const int Universe = 64;

    private static readonly Gen<CodePointSet> Sets =
        Gen.Select(Gen.Int[0, Universe - 1], Gen.Int[0, 6], (low, length) => (low, Math.Min(Universe - 1, low + length)))
            .Array[0, 6]
            .Select(ranges => CodePointSet.FromRanges(ranges));

    [Test]
    public void Except_RandomSets_MatchesMembershipTable()
    {
        Gen.Select(Sets, Sets).Sample((left, right) =>
        {
            var difference = left.Except(right);
            for (var codePoint = 0; codePoint < Universe; codePoint++)
            {
                difference.Contains(codePoint).ShouldBe(left.Contains(codePoint) && !right.Contains(codePoint), $"code point {codePoint}");
            }

            difference.SetEquals(CodePointSet.FromRanges(difference.Ranges())).ShouldBeTrue("the result is not in normal form");
        });
    }

    [Test]
    public void IsSubsetOf_RandomSets_MatchesMembershipTable()
    {
        Gen.Select(Sets, Sets).Sample((left, right) =>
        {
            var expected = Enumerable.Range(0, Universe).All(codePoint => !left.Contains(codePoint) || right.Contains(codePoint));

            left.IsSubsetOf(right).ShouldBe(expected);
            left.IsSubsetOf(left.Union(right)).ShouldBeTrue();
        });
    }
}
