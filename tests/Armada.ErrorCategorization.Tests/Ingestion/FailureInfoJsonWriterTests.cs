using System.Text;
using System.Text.Json;
using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class FailureInfoJsonWriterTests
{
    private static FailureInfo Info(int? exitCode = null, string message = "", string container = "", params string[] categories)
    {
        var info = new FailureInfo { TerminationMessage = message, ContainerName = container };
        if (exitCode is { } code)
        {
            info.ExitCode = code;
        }

        info.Categories.AddRange(categories);
        return info;
    }

    private static string StoredMessage(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("terminationMessage").GetString()!;
    }

    private static readonly TestCaseData[] ExactOutputCases =
    [
        new TestCaseData(Info(137), """{"exitCode":137}""").SetName("Write_ExitCodeOnly_OneKey"),
        new TestCaseData(Info(-1), """{"exitCode":-1}""").SetName("Write_NegativeExitCode_Written"),
        new TestCaseData(Info(0, "Killed"), """{"terminationMessage":"Killed"}""").SetName("Write_ExplicitZeroExitCode_Omitted"),
        new TestCaseData(Info(message: "boom"), """{"terminationMessage":"boom"}""").SetName("Write_MessageOnly_OneKey"),
        new TestCaseData(Info(container: "main"), """{"containerName":"main"}""").SetName("Write_ContainerOnly_OneKey"),
        new TestCaseData(Info(null, "", "", "oom", "user_error"), """{"categories":["oom","user_error"]}""").SetName("Write_CategoriesOnly_ArrayInOrder"),
        new TestCaseData(Info(137, "Killed", "main", "oom"),
                """{"categories":["oom"],"containerName":"main","exitCode":137,"terminationMessage":"Killed"}""")
            .SetName("Write_AllFields_SortedKeyOrder"),
        new TestCaseData(Info(1, "a\0b", "ma\0in", "o\0om"),
                """{"categories":["oom"],"containerName":"main","exitCode":1,"terminationMessage":"ab"}""")
            .SetName("Write_NulInEveryString_Removed"),
        new TestCaseData(Info(null, "", "", ""), """{"categories":[""]}""").SetName("Write_EmptyCategoryName_Kept"),
        new TestCaseData(Info(message: "say \"hi\"\n"), """{"terminationMessage":"say \"hi\"\n"}""").SetName("Write_QuoteAndNewline_Escaped"),
        new TestCaseData(Info(message: "<a href='x'>&</a>"), """{"terminationMessage":"<a href='x'>&</a>"}""").SetName("Write_HtmlCharacters_NotEscaped"),
        new TestCaseData(Info(message: "\u0001\t"), """{"terminationMessage":"\u0001\t"}""").SetName("Write_ControlCharacters_Escaped"),
    ];

    [TestCaseSource(nameof(ExactOutputCases))]
    public void Write_ExactOutput(FailureInfo info, string expected)
    {
        FailureInfoJsonWriter.Write(info).ShouldBe(expected);
    }

    private static readonly TestCaseData[] NullCases =
    [
        new TestCaseData(null).SetName("Write_NullInfo_Null"),
        new TestCaseData(new FailureInfo()).SetName("Write_NothingSet_Null"),
        new TestCaseData(new FailureInfo { ExitCode = 0 }).SetName("Write_OnlyExplicitZeroExitCode_Null"),
        new TestCaseData(Info(message: "\0\0")).SetName("Write_MessageOnlyNul_Null"),
        new TestCaseData(Info(container: "\0")).SetName("Write_ContainerOnlyNul_Null"),
    ];

    [TestCaseSource(nameof(NullCases))]
    public void Write_NothingToStore(FailureInfo? info)
    {
        FailureInfoJsonWriter.Write(info).ShouldBeNull();
    }

    [Test]
    public void Write_NonAsciiText_StoredUnchanged()
    {
        var message = "Fehler: Gerät überhitzt 设备过热 \uD83D\uDD25 <tag> & 'quote'";

        var json = FailureInfoJsonWriter.Write(Info(message: message))!;

        StoredMessage(json).ShouldBe(message);
    }

    [Test]
    public void Write_NonAsciiBmpText_NotEscaped()
    {
        var json = FailureInfoJsonWriter.Write(Info(message: "Gerät 设备"));

        json.ShouldBe("""{"terminationMessage":"Gerät 设备"}""");
    }

    [Test]
    public void Write_Emoji_EscapedAsSurrogatePair()
    {
        var json = FailureInfoJsonWriter.Write(Info(message: "\uD83D\uDD25"));

        json.ShouldBe("""{"terminationMessage":"\uD83D\uDD25"}""");
    }

    [TestCase(4096, 4096, TestName = "Write_MessageOfExactlyMaxBytes_Unchanged")]
    [TestCase(4097, 4096, TestName = "Write_MessageOneByteOver_CutToMax")]
    [TestCase(100 * 1024, 4096, TestName = "Write_100KiBMessage_CutToMax")]
    public void Write_AsciiMessageLength(int length, int expectedBytes)
    {
        var message = new string('x', length);

        var stored = StoredMessage(FailureInfoJsonWriter.Write(Info(message: message))!);

        Encoding.UTF8.GetByteCount(stored).ShouldBe(expectedBytes);
        message.ShouldStartWith(stored);
    }

    private static readonly TestCaseData[] BoundaryCases =
    [
        // 4095 ASCII bytes, then characters whose bytes would cross 4096.
        new TestCaseData(new string('a', 4095) + "\u00E9", new string('a', 4095)).SetName("Write_TwoByteCharacterAcrossBoundary_Dropped"),
        new TestCaseData(new string('a', 4094) + "\u00E9z", new string('a', 4094) + "\u00E9").SetName("Write_TwoByteCharacterEndingAtBoundary_Kept"),
        new TestCaseData(new string('a', 4094) + "\u20AC", new string('a', 4094)).SetName("Write_ThreeByteCharacterAcrossBoundary_Dropped"),
        new TestCaseData(new string('a', 4093) + "\u20AC\u20AC", new string('a', 4093) + "\u20AC").SetName("Write_ThreeByteCharacterEndingAtBoundary_Kept"),
        new TestCaseData(new string('a', 4093) + "\uD83D\uDE00", new string('a', 4093)).SetName("Write_EmojiAcrossBoundary_Dropped"),
        new TestCaseData(new string('a', 4092) + "\uD83D\uDE00!", new string('a', 4092) + "\uD83D\uDE00").SetName("Write_EmojiEndingAtBoundary_Kept"),
        new TestCaseData(new string('a', 4094) + "\uD83D", new string('a', 4094)).SetName("Write_LoneSurrogateAcrossBoundary_Dropped"),
        new TestCaseData(new string('a', 4093) + "\uD83D", new string('a', 4093) + "\uFFFD").SetName("Write_LoneSurrogateAtBoundary_Replaced"),
        new TestCaseData("\0" + new string('a', 4096), new string('a', 4096)).SetName("Write_NulRemovedBeforeCut_FullLength"),
    ];

    [TestCaseSource(nameof(BoundaryCases))]
    public void Write_MessageAtBoundary(string message, string expected)
    {
        var stored = StoredMessage(FailureInfoJsonWriter.Write(Info(message: message))!);

        stored.ShouldBe(expected);
    }

    [Test]
    public void Write_LoneSurrogateInCategory_ReplacedWithReplacementCharacter()
    {
        var json = FailureInfoJsonWriter.Write(Info(null, "", "", "bad\uD800name"))!;

        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("categories")[0].GetString().ShouldBe("bad\uFFFDname");
    }

    [Test]
    public void Write_CategoryAndContainerNames_NotTruncated()
    {
        var longName = new string('c', 5000);

        var info = FailureInfoJsonReader.Read(FailureInfoJsonWriter.Write(Info(null, "", longName, longName)))!;

        Assert.Multiple(() =>
        {
            info.ContainerName.ShouldBe(longName);
            info.Categories.ShouldBe([longName]);
        });
    }
}
