using Armada.ErrorCategorization.Cli.Output;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

[TestFixture]
public class TextExcerptTests
{
    [TestCase("single line", "single line")]
    [TestCase("\n\n  first  \nsecond", "first")]
    [TestCase("Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    raise ValueError('bad')\nValueError: bad\n", "ValueError: bad")]
    [TestCase("usage: x [-h]\nx: error: argument --n is required\n", "x: error: argument --n is required")]
    [TestCase("starting\nFATAL ERROR in kernel\nmore", "FATAL ERROR in kernel")]
    [TestCase("col1\tcol2\u001b[31m red", "col1 col2 [31m red")]
    [TestCase("   \n  ", "")]
    public void KeyLine_Message_PicksTellingLine(string message, string expected)
    {
        TextExcerpt.KeyLine(message).ShouldBe(expected);
    }

    [TestCase("short", 10, "short")]
    [TestCase("exactly10!", 10, "exactly10!")]
    [TestCase("eleven char", 10, "eleven ...")]
    public void Shorten_Text_FitsMaxLength(string text, int maxLength, string expected)
    {
        TextExcerpt.Shorten(text, maxLength).ShouldBe(expected);
    }

    [Test]
    public void Shorten_SurrogatePairAtCut_KeepsPairWhole()
    {
        var text = "abcdef\U0001F600ghijk";

        var shortened = TextExcerpt.Shorten(text, 10);

        Assert.Multiple(() =>
        {
            shortened.ShouldBe("abcdef...");
            shortened.Length.ShouldBeLessThanOrEqualTo(10);
        });
    }
}
