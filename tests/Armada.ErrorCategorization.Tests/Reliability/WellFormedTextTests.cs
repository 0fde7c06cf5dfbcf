using System.Text;
using Armada.ErrorCategorization.Text;
using ArmadaProject.Io.ArmadaEvents;
using CsCheck;
using Google.Protobuf;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

[TestFixture]
public class WellFormedTextTests
{
    // TestCaseData, not [TestCase]: attribute arguments are stored as UTF-8, which loses lone surrogates.
    private static readonly TestCaseData[] ReplaceCases =
    [
        new TestCaseData("", "").SetName("WellFormedText_Empty_Unchanged"),
        new TestCaseData("plain", "plain").SetName("WellFormedText_Ascii_Unchanged"),
        new TestCaseData("a\0b", "a\0b").SetName("WellFormedText_Nul_Kept"),
        new TestCaseData("a\uD800b", "a\uFFFDb").SetName("WellFormedText_LoneHighSurrogate_Replaced"),
        new TestCaseData("\uDC00", "\uFFFD").SetName("WellFormedText_LoneLowSurrogate_Replaced"),
        new TestCaseData("end\uD83D", "end\uFFFD").SetName("WellFormedText_HighSurrogateAtEnd_Replaced"),
        new TestCaseData("\uDE00\uD83D", "\uFFFD\uFFFD").SetName("WellFormedText_ReversedPair_BothReplaced"),
        new TestCaseData("\uD83D\uD83D\uDE00", "\uFFFD\U0001F600").SetName("WellFormedText_HighBeforePair_HighReplaced"),
        new TestCaseData("\U0001F600\uDC00", "\U0001F600\uFFFD").SetName("WellFormedText_LowAfterPair_LowReplaced"),
    ];

    [TestCaseSource(nameof(ReplaceCases))]
    public void WellFormedText_Text_ReplacesOnlyLoneSurrogates(string value, string expected)
    {
        WellFormedText.Of(value).ShouldBe(expected);
    }

    [Test]
    public void WellFormedText_Null_Empty()
    {
        WellFormedText.Of(null).ShouldBe("");
    }

    [TestCase("plain")]
    [TestCase("emoji \U0001F600")]
    public void WellFormedText_AlreadyWellFormed_SameInstance(string value)
    {
        WellFormedText.Of(value).ShouldBeSameAs(value);
    }

    [Test]
    public void WellFormedText_AnyText_EqualsWhatProtobufDecodes()
    {
        var text = Gen.String[Gen.Frequency((3, Gen.Char['\uD7F0', '\uE010']), (1, Gen.Char)), 0, 12];
        text.Sample(value =>
        {
            var decoded = FailureInfo.Parser.ParseFrom(new FailureInfo { TerminationMessage = value }.ToByteArray());

            WellFormedText.Of(value).ShouldBe(decoded.TerminationMessage);
        }, iter: 5000, print: value => string.Join(" ", value.Select(c => ((int)c).ToString("X4"))));
    }

    [Test]
    public void WellFormedText_AnyText_EncodesAsStrictUtf8()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var text = Gen.String[Gen.Frequency((3, Gen.Char['\uD7F0', '\uE010']), (1, Gen.Char)), 0, 12];
        text.Sample(value =>
        {
            var wellFormed = WellFormedText.Of(value);

            strict.GetString(strict.GetBytes(wellFormed)).ShouldBe(wellFormed);
        }, iter: 5000, print: value => string.Join(" ", value.Select(c => ((int)c).ToString("X4"))));
    }
}
