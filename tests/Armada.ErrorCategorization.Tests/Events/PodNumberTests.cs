using Armada.ErrorCategorization.Events;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Events;

[TestFixture]
public class PodNumberTests
{
    // Armada's Go parser gives the same result for every case here except the out-of-range ones,
    // where it wraps around (2147483648 gives -2147483648, 20 digits give -1) and this library gives 0.
    [TestCase("0", 0, TestName = "ParsePodNumber_Zero_Zero")]
    [TestCase("3", 3, TestName = "ParsePodNumber_Digit_Value")]
    [TestCase("007", 7, TestName = "ParsePodNumber_LeadingZeros_Value")]
    [TestCase("+5", 5, TestName = "ParsePodNumber_PlusSign_Positive")]
    [TestCase("-2", -2, TestName = "ParsePodNumber_MinusSign_Negative")]
    [TestCase("-0", 0, TestName = "ParsePodNumber_MinusZero_Zero")]
    [TestCase("2147483647", int.MaxValue, TestName = "ParsePodNumber_Int32Max_Max")]
    [TestCase("-2147483648", int.MinValue, TestName = "ParsePodNumber_Int32Min_Min")]
    [TestCase("2147483648", 0, TestName = "ParsePodNumber_Int32MaxPlusOne_Zero")]
    [TestCase("-2147483649", 0, TestName = "ParsePodNumber_Int32MinMinusOne_Zero")]
    [TestCase("4294967296", 0, TestName = "ParsePodNumber_TwoToThe32_Zero")]
    [TestCase("99999999999999999999", 0, TestName = "ParsePodNumber_TwentyDigits_Zero")]
    [TestCase(null, 0, TestName = "ParsePodNumber_Null_Zero")]
    [TestCase("", 0, TestName = "ParsePodNumber_Empty_Zero")]
    [TestCase("+", 0, TestName = "ParsePodNumber_SignOnly_Zero")]
    [TestCase("+-1", 0, TestName = "ParsePodNumber_TwoSigns_Zero")]
    [TestCase(" 3", 0, TestName = "ParsePodNumber_LeadingSpace_Zero")]
    [TestCase("3 ", 0, TestName = "ParsePodNumber_TrailingSpace_Zero")]
    [TestCase("3\0", 0, TestName = "ParsePodNumber_TrailingNul_Zero")]
    [TestCase("3.0", 0, TestName = "ParsePodNumber_Decimal_Zero")]
    [TestCase("1_000", 0, TestName = "ParsePodNumber_Underscore_Zero")]
    [TestCase("1,000", 0, TestName = "ParsePodNumber_ThousandsSeparator_Zero")]
    [TestCase("0x10", 0, TestName = "ParsePodNumber_Hex_Zero")]
    [TestCase("abc", 0, TestName = "ParsePodNumber_Letters_Zero")]
    [TestCase("\u0663", 0, TestName = "ParsePodNumber_ArabicIndicDigit_Zero")]
    public void ParsePodNumber_Label_ReturnsExpected(string? label, int expected) =>
        PodMetadata.ParsePodNumber(label).ShouldBe(expected);

    [Test]
    public void PodNumber_LabelMissing_ZeroOnEvent()
    {
        var pod = ManagedPod.Builder("Running").Build();
        pod.Metadata.Labels.Remove(PodMetadataKeys.PodNumber);

        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, null);

        sequence.Events[0].JobRunRunning.ResourceInfos[0].PodInfo.PodNumber.ShouldBe(0);
    }

    [Test]
    public void PodNumber_InvalidLabel_ZeroOnEvent()
    {
        var pod = ManagedPod.Builder("Running").Label(PodMetadataKeys.PodNumber, "2147483648").Build();

        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, null);

        sequence.Events[0].JobRunRunning.ResourceInfos[0].PodInfo.PodNumber.ShouldBe(0);
    }
}
