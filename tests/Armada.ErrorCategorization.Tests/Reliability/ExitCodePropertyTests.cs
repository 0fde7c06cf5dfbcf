using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using CsCheck;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary><c>NotIn</c> is the complement of <c>In</c> over non-zero exit codes, for the same values.</summary>
[TestFixture]
public class ExitCodePropertyTests
{
    private const int Iterations = 5000;

    private static readonly Gen<(int[] Values, int Code)> ValuesAndCode =
        Gen.Select(RuleGen.ExitCodeValue.Array[0, 6], Gen.Frequency((1, RuleGen.ExitCodeValue), (1, PodGen.ExitCode)));

    [Test]
    public void MatchExitCode_NotIn_MatchesExactlyNonZeroCodesInRejects()
    {
        ValuesAndCode.Sample((values, code) =>
        {
            var matchesIn = ErrorMatcher.MatchExitCode(new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = values }, code);
            var matchesNotIn = ErrorMatcher.MatchExitCode(new ExitCodeMatcher { Operator = ExitCodeOperator.NotIn, Values = values }, code);

            matchesNotIn.ShouldBe(code != 0 && !matchesIn);
        }, iter: Iterations, print: sample => $"values [{string.Join(", ", sample.Item1)}], code {sample.Item2}");
    }

    [Test]
    public void MatchExitCode_In_MatchesExactlyListedNonZeroCodes()
    {
        ValuesAndCode.Sample((values, code) =>
        {
            var matchesIn = ErrorMatcher.MatchExitCode(new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = values }, code);

            matchesIn.ShouldBe(code != 0 && values.Contains(code));
        }, iter: Iterations, print: sample => $"values [{string.Join(", ", sample.Item1)}], code {sample.Item2}");
    }

    [Test]
    public void Classify_OneFailedContainer_NotInIsComplementOfIn()
    {
        var gen = Gen.Select(RuleGen.ExitCodeValue.Array[1, 6], PodGen.ExitCode.Where(code => code != 0));
        gen.Sample((values, code) =>
        {
            var classifier = new Classifier(
            [
                new CategoryConfig { Name = "in", Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = values } }] },
                new CategoryConfig { Name = "not_in", Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = ExitCodeOperator.NotIn, Values = values } }] },
            ]);
            var pod = new PodBuilder().Terminated("main", code, "Error").Build();

            classifier.Classify(pod).ShouldBe(values.Contains(code) ? ["in"] : ["not_in"]);
        }, iter: Iterations / 5, print: sample => $"values [{string.Join(", ", sample.Item1)}], code {sample.Item2}");
    }
}
