using System.Text;
using Armada.ErrorCategorization.Ingestion;
using CsCheck;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class Utf8TextTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly TestCaseData[] SanitizeCases =
    [
        new TestCaseData("plain text", "plain text").SetName("Sanitize_CleanText_Unchanged"),
        new TestCaseData("a\0b\0", "ab").SetName("Sanitize_NulCharacters_Removed"),
        new TestCaseData("\0\0", "").SetName("Sanitize_OnlyNul_Empty"),
        new TestCaseData("x\uD83D\uDE00y", "x\uD83D\uDE00y").SetName("Sanitize_SurrogatePair_Kept"),
        new TestCaseData("x\uD83Dy", "x\uFFFDy").SetName("Sanitize_LoneHighSurrogate_Replaced"),
        new TestCaseData("x\uDE00y", "x\uFFFDy").SetName("Sanitize_LoneLowSurrogate_Replaced"),
        new TestCaseData("x\uD83D", "x\uFFFD").SetName("Sanitize_HighSurrogateAtEnd_Replaced"),
        new TestCaseData("\uDE00\uD83D", "\uFFFD\uFFFD").SetName("Sanitize_ReversedPair_BothReplaced"),
        new TestCaseData("\uD83D\0\uDE00", "\uFFFD\uFFFD").SetName("Sanitize_PairSplitByNul_BothReplaced"),
    ];

    [TestCaseSource(nameof(SanitizeCases))]
    public void Sanitize(string value, string expected)
    {
        Utf8Text.Sanitize(value).ShouldBe(expected);
    }

    [Test]
    public void Sanitize_CleanText_ReturnsSameInstance()
    {
        var value = "no change needed: é € \uD83D\uDE00";

        Utf8Text.Sanitize(value).ShouldBeSameAs(value);
    }

    private static readonly TestCaseData[] TruncateCases =
    [
        new TestCaseData("abcdef", 6, "abcdef").SetName("Truncate_ExactlyMax_Unchanged"),
        new TestCaseData("abcdefg", 6, "abcdef").SetName("Truncate_OneByteOver_CutsLastCharacter"),
        new TestCaseData("abcd\u00E9", 5, "abcd").SetName("Truncate_TwoByteCharacterAcrossLimit_Dropped"),
        new TestCaseData("abcd\u00E9", 6, "abcd\u00E9").SetName("Truncate_TwoByteCharacterAtLimit_Kept"),
        new TestCaseData("ab\u20AC", 4, "ab").SetName("Truncate_ThreeByteCharacterAcrossLimit_Dropped"),
        new TestCaseData("ab\u20AC", 5, "ab\u20AC").SetName("Truncate_ThreeByteCharacterAtLimit_Kept"),
        new TestCaseData("ab\uD83D\uDE00", 5, "ab").SetName("Truncate_EmojiAcrossLimit_PairDropped"),
        new TestCaseData("ab\uD83D\uDE00", 6, "ab\uD83D\uDE00").SetName("Truncate_EmojiAtLimit_PairKept"),
        new TestCaseData("ab\uD83D\uDE00", 3, "ab").SetName("Truncate_LimitInsideEmoji_PairDropped"),
        new TestCaseData("ab\uD83Dc", 4, "ab").SetName("Truncate_LoneSurrogateCountsThreeBytes_Dropped"),
        new TestCaseData("\u00E9", 1, "").SetName("Truncate_FirstCharacterTooLarge_Empty"),
        new TestCaseData("", 0, "").SetName("Truncate_Empty_Unchanged"),
    ];

    [TestCaseSource(nameof(TruncateCases))]
    public void Truncate(string value, int maxBytes, string expected)
    {
        Utf8Text.TruncateToUtf8Bytes(value, maxBytes).ShouldBe(expected);
    }

    [Test]
    public void SanitizeThenTruncate_RandomText_IsLongestValidPrefix()
    {
        // Pieces of 0 to 4 UTF-8 bytes, so that cuts land on every kind of boundary.
        var piece = Gen.OneOf("a", "\u00E9", "\u20AC", "\uD83D\uDE00", "\0", "\uD83D", "\uDE00");
        var text = piece.Array[0, 1500].Select(pieces => string.Concat(pieces));

        text.Sample(value =>
        {
            var sanitized = Utf8Text.Sanitize(value);
            var truncated = Utf8Text.TruncateToUtf8Bytes(sanitized, 1000);
            var bytes = StrictUtf8.GetBytes(truncated);

            bytes.Length.ShouldBeLessThanOrEqualTo(1000);
            sanitized.ShouldStartWith(truncated);
            truncated.ShouldNotContain('\0');
            if (truncated.Length < sanitized.Length)
            {
                var next = char.IsHighSurrogate(sanitized[truncated.Length]) ? 2 : 1;
                StrictUtf8.GetByteCount(sanitized[..(truncated.Length + next)]).ShouldBeGreaterThan(1000);
            }
        }, iter: 300, threads: 1);
    }
}
