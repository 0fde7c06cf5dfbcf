using Armada.ErrorCategorization.Categorization.Configuration;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

public sealed class ExitCodeTextTests
{
    [TestCase("0", 0)]
    [TestCase("137", 137)]
    [TestCase("-1", -1)]
    [TestCase("+5", 5)]
    [TestCase("-0", 0)]
    [TestCase("2147483647", int.MaxValue)]
    [TestCase("-2147483648", int.MinValue)]
    public void TryParse_DecimalInteger_ReturnsValue(string text, int expected)
    {
        ExitCodeText.TryParse(text, out var exitCode, out _).ShouldBeTrue();
        exitCode.ShouldBe(expected);
    }

    private const string NotDecimal = "expected a decimal integer such as 137";
    private const string OutOfRange = "out of range: exit codes are 32-bit signed integers, from -2147483648 to 2147483647";
    private const string LeadingZero = "leading zeros are not accepted because YAML readers disagree on whether they mean octal; write the number without them";

    [TestCase("", NotDecimal)]
    [TestCase("-", NotDecimal)]
    [TestCase("abc", NotDecimal)]
    [TestCase("1.5", NotDecimal)]
    [TestCase("1e3", NotDecimal)]
    [TestCase("0x1F", NotDecimal)]
    [TestCase("0o17", NotDecimal)]
    [TestCase("1_000", NotDecimal)]
    [TestCase(" 7", NotDecimal)]
    [TestCase("7 ", NotDecimal)]
    [TestCase("١٢", NotDecimal)]
    [TestCase("--1", NotDecimal)]
    [TestCase("010", LeadingZero)]
    [TestCase("-07", LeadingZero)]
    [TestCase("2147483648", OutOfRange)]
    [TestCase("-2147483649", OutOfRange)]
    [TestCase("99999999999999999999999", OutOfRange)]
    public void TryParse_InvalidText_ExplainsProblem(string text, string expected)
    {
        ExitCodeText.TryParse(text, out _, out var problem).ShouldBeFalse();
        problem.ShouldBe(expected);
    }
}
