using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch;
using CsCheck;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// RE2-ish patterns from <see cref="PatternGen"/>: <see cref="PatternCompiler.Compile"/> returns a
/// regex or throws <see cref="InvalidPatternException"/> naming the pattern, and a compiled regex
/// matches any text without throwing, each within a generous hang guard.
/// </summary>
[TestFixture]
public class PatternFuzzTests
{
    private const int Iterations = 2000;

    /// <summary>Far above the time a pattern takes to compile and match, so only a hang trips it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static T WithHangGuard<T>(Func<T> action)
    {
        var task = Task.Run(action);
        task.Wait(HangGuard).ShouldBeTrue($"did not finish within {HangGuard.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>Compiles <paramref name="pattern"/>, returning the regex or the exception it threw.</summary>
    private static (Regex? Regex, Exception? Error) TryCompile(string pattern) => WithHangGuard<(Regex?, Exception?)>(() =>
    {
        try
        {
            return (PatternCompiler.Compile(pattern), null);
        }
        catch (Exception exception)
        {
            return (null, exception);
        }
    });

    [Test]
    public void Compile_AnyPattern_ReturnsRegexOrThrowsInvalidPattern()
    {
        var compiled = 0;
        PatternGen.Any.Sample(pattern =>
        {
            var (regex, error) = TryCompile(pattern);
            if (regex is not null)
            {
                Interlocked.Increment(ref compiled);
                return;
            }

            var invalid = error.ShouldBeOfType<InvalidPatternException>();
            invalid.Reason.ShouldNotBeNullOrWhiteSpace();
            invalid.Reason.ShouldNotContain("internal error");
            invalid.Message.ShouldStartWith("invalid regex \"");
            if (pattern.Length <= PatternCompiler.MaxPatternLength)
            {
                invalid.Pattern.ShouldBe(pattern);
            }

            if (invalid.Position is { } position)
            {
                position.ShouldBeInRange(0, pattern.Length);
            }
        }, iter: Iterations, print: HostileText.Escape);

        // The property checks little unless many generated patterns are valid.
        compiled.ShouldBeGreaterThan(Iterations / 10);
    }

    [Test]
    public void MatchPattern_CompiledPatternAnyText_ReturnsWithoutThrowing()
    {
        var gen = Gen.Select(PatternGen.Any, PatternGen.Text.Array[1, 4]);
        gen.Sample((pattern, texts) =>
        {
            var (regex, _) = TryCompile(pattern);
            if (regex is null)
            {
                return;
            }

            foreach (var text in texts)
            {
                var matched = WithHangGuard(() => ErrorMatcher.MatchPattern(regex, text));
                if (text.Length == 0)
                {
                    matched.ShouldBeFalse();
                }
            }
        }, iter: Iterations / 4, print: sample => $"{HostileText.Escape(sample.Item1)} on {string.Join(", ", sample.Item2.Select(text => HostileText.Escape(text.Length > 100 ? text[..100] + "..." : text)))}");
    }

    [Test]
    public void MatchPattern_CommonSubset_AgreesWithDotNetEngine()
    {
        var gen = Gen.Select(PatternGen.CommonSubset, PatternGen.AsciiText.Array[1, 6]);
        gen.Sample((pattern, texts) =>
        {
            var regex = PatternCompiler.Compile(pattern);
            // The reference is .NET's own reading of the untranslated pattern, with the same engine:
            // the backtracking engine of .NET 10.0.12 wrongly returns false for \A\D{2,}\B on ".xa".
            var reference = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

            foreach (var text in texts)
            {
                ErrorMatcher.MatchPattern(regex, text).ShouldBe(reference.IsMatch(text), HostileText.Escape(text));
            }
        }, iter: Iterations / 4, print: sample => $"{HostileText.Escape(sample.Item1)} on {string.Join(", ", sample.Item2.Select(HostileText.Escape))}");
    }

    [Test]
    public void MatchPattern_CommonSubsetLongText_AgreesWithUntimedEngine()
    {
        // .NET 10's timed NonBacktracking engine has given wrong results on inputs over 100,000
        // characters, so long inputs are compared with an untimed regex of the untranslated pattern.
        var gen = Gen.Select(PatternGen.CommonSubset, PatternGen.LongAsciiText);
        gen.Sample((pattern, text) =>
        {
            var regex = PatternCompiler.Compile(pattern);
            var reference = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

            var matched = WithHangGuard(() => ErrorMatcher.MatchPattern(regex, text));

            matched.ShouldBe(reference.IsMatch(text));
        }, iter: Iterations / 10, print: sample => $"{HostileText.Escape(sample.Item1)} on {sample.Item2.Length} characters: {HostileText.Escape(sample.Item2[..Math.Min(60, sample.Item2.Length)])}... {HostileText.Escape(sample.Item2[^Math.Min(20, sample.Item2.Length)..])}");
    }
}
