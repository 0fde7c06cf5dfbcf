namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Termination messages that stress text handling, each with the message the event must carry and
/// the message the <c>failure_info</c> JSON must store.
/// </summary>
/// <param name="Name">The case name shown in test output.</param>
/// <param name="Message">The container's termination message on the pod.</param>
/// <param name="InEvent">
/// The message in the FailureInfo and the protobuf event: the pod's message with every lone UTF-16
/// surrogate replaced by U+FFFD, the character protobuf writes for it anyway. NUL characters stay.
/// </param>
/// <param name="Stored">
/// The message stored in the JSONB column: <paramref name="InEvent"/> without its NUL characters, cut
/// to at most 4096 UTF-8 bytes between characters. It is null when nothing is left, because the
/// writer then leaves the key out.
/// </param>
public sealed record TextEdgeCase(string Name, string Message, string InEvent, string? Stored)
{
    private const string Emoji = "\U0001F600";
    private const string Euro = "\u20AC";

    public override string ToString() => Name;

    public static IEnumerable<TextEdgeCase> All()
    {
        yield return new("Empty", "", "", null);
        yield return Same("MultiLine", "first line\nsecond line\r\n\tindented\n\n");
        yield return Same("NonAscii", "Ошибка: файл не найден — 失败 ✓ über");
        yield return Same("Emoji", $"training failed {Emoji}{Emoji}");
        yield return Same("Exactly4KiB", new string('x', 4096));
        yield return new("OneByteOver4KiB", new string('x', 4097), new string('x', 4097), new string('x', 4096));

        var large = string.Concat(Enumerable.Repeat("0123456789abcdef", 100 * 1024 / 16));
        yield return new("Large100KiB", large, large, large[..4096]);

        var twoByteChars = new string('é', 3000);
        yield return new("TwoByteCharsOver4KiB", twoByteChars, twoByteChars, new string('é', 2048));

        var emojiStraddling = new string('a', 4094) + Emoji + "tail";
        yield return new("EmojiStraddles4096", emojiStraddling, emojiStraddling, new string('a', 4094));

        var emojiEndingAtLimit = new string('a', 4092) + Emoji + "b";
        yield return new("EmojiEndsAt4096", emojiEndingAtLimit, emojiEndingAtLimit, new string('a', 4092) + Emoji);

        var euroStraddling = new string('a', 4095) + Euro;
        yield return new("ThreeByteCharStraddles4096", euroStraddling, euroStraddling, new string('a', 4095));

        yield return new("LoneHighSurrogate", "bad \uD800 char", "bad \uFFFD char", "bad \uFFFD char");
        yield return new("LoneLowSurrogate", "\uDC00 first", "\uFFFD first", "\uFFFD first");
        yield return new("HighSurrogateAtEnd", "ends with \uD83D", "ends with \uFFFD", "ends with \uFFFD");
        yield return new("ReversedPair", "\uDE00\uD83D", "\uFFFD\uFFFD", "\uFFFD\uFFFD");

        var loneAtLimit = new string('a', 4095) + "\uD800b";
        yield return new("LoneSurrogateStraddles4096", loneAtLimit, new string('a', 4095) + "\uFFFDb", new string('a', 4095));

        yield return new("Nul", "a\0b\0", "a\0b\0", "ab");
        yield return new("OnlyNul", "\0", "\0", null);

        var nulsBeforeText = new string('\0', 5000) + "after";
        yield return new("NulsBeforeLimit", nulsBeforeText, nulsBeforeText, "after");
    }

    private static TextEdgeCase Same(string name, string message) => new(name, message, message, message);
}
