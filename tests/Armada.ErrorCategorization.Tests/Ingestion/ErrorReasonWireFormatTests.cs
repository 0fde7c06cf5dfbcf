using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>
/// Decodes <c>Error</c> reasons from hand-built bytes, with the field numbers written as literals,
/// so that a wrong number in events.proto fails here and not only against Armada.
/// </summary>
[TestFixture]
public class ErrorReasonWireFormatTests
{
    private static readonly TestCaseData[] ReasonCases =
    [
        new TestCaseData(2, Array.Empty<byte>(), Error.ReasonOneofCase.KubernetesError, "").SetName("Parse_Field2_KubernetesError"),
        new TestCaseData(3, Array.Empty<byte>(), Error.ReasonOneofCase.ContainerError, "").SetName("Parse_Field3_ContainerError"),
        new TestCaseData(4, Array.Empty<byte>(), Error.ReasonOneofCase.ExecutorError, "").SetName("Parse_Field4_ExecutorError"),
        new TestCaseData(6, Array.Empty<byte>(), Error.ReasonOneofCase.LeaseExpired, "").SetName("Parse_Field6_LeaseExpired"),
        new TestCaseData(7, Message(1, "too many runs"), Error.ReasonOneofCase.MaxRunsExceeded, "too many runs").SetName("Parse_Field7_MaxRunsExceededWithMessage"),
        new TestCaseData(8, Message(2, "pod failed"), Error.ReasonOneofCase.PodError, "pod failed").SetName("Parse_Field8_PodErrorWithMessage"),
        new TestCaseData(9, Message(2, "lease returned"), Error.ReasonOneofCase.PodLeaseReturned, "lease returned").SetName("Parse_Field9_PodLeaseReturnedWithMessage"),
        new TestCaseData(11, Array.Empty<byte>(), Error.ReasonOneofCase.JobRunPreemptedError, "").SetName("Parse_Field11_JobRunPreemptedError"),
        new TestCaseData(12, Message(1, "gang incomplete"), Error.ReasonOneofCase.GangJobUnschedulable, "gang incomplete").SetName("Parse_Field12_GangJobUnschedulableWithMessage"),
        new TestCaseData(13, Message(1, "bad spec"), Error.ReasonOneofCase.JobRejected, "bad spec").SetName("Parse_Field13_JobRejectedWithMessage"),
        new TestCaseData(14, Message(1, "pod vanished"), Error.ReasonOneofCase.ReconciliationError, "pod vanished").SetName("Parse_Field14_ReconciliationErrorWithMessage"),
        new TestCaseData(7, Array.Empty<byte>(), Error.ReasonOneofCase.MaxRunsExceeded, "").SetName("Parse_MaxRunsExceededWithoutMessage_EmptyMessage"),
        new TestCaseData(5, Message(2, "removed"), Error.ReasonOneofCase.None, "").SetName("Parse_ReservedField5_NoReason"),
        new TestCaseData(10, Message(2, "removed"), Error.ReasonOneofCase.None, "").SetName("Parse_ReservedField10_NoReason"),
        new TestCaseData(16, Message(1, "future"), Error.ReasonOneofCase.None, "").SetName("Parse_FieldUnknownToArmada_NoReason"),
    ];

    [TestCaseSource(nameof(ReasonCases))]
    public void Parse_ReasonField(int fieldNumber, byte[] body, Error.ReasonOneofCase expectedReason, string expectedMessage)
    {
        var error = ArmadaErrors.WithRawReason(fieldNumber, body);

        Assert.Multiple(() =>
        {
            error.Terminal.ShouldBeTrue();
            error.ReasonCase.ShouldBe(expectedReason);
            MessageOf(error).ShouldBe(expectedMessage);
        });
    }

    [Test]
    public void Parse_UnknownReasonField_WrittenBackUnchanged()
    {
        var bytes = Bytes(new Error { Terminal = true }, 16, Message(1, "future"));

        Error.Parser.ParseFrom(bytes).ToByteArray().ShouldBe(bytes);
    }

    [Test]
    public void Write_JobRejected_ArmadaBytes()
    {
        var error = ArmadaErrors.WithReason(Error.ReasonOneofCase.JobRejected, "bad spec");

        // terminal = true (tag 0x08), then field 13 as a message (tag 0x6A) containing field 1 (tag 0x0A).
        byte[] expected = [0x08, 0x01, 0x6A, 0x0A, 0x0A, 0x08, .. "bad spec"u8.ToArray()];
        error.ToByteArray().ShouldBe(expected);
    }

    [Test]
    public void Parse_TwoReasonMembers_LastOnWireWins()
    {
        var bytes = new Error { Terminal = true }.ToByteArray()
            .Concat(ArmadaErrors.Field(13, Message(1, "rejected")))
            .Concat(ArmadaErrors.Field(7, Message(1, "max runs")))
            .ToArray();

        var error = Error.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            error.ReasonCase.ShouldBe(Error.ReasonOneofCase.MaxRunsExceeded);
            error.MaxRunsExceeded.Message.ShouldBe("max runs");
        });
    }

    [Test]
    public void Parse_KubernetesErrorField2_KeptAsUnknown()
    {
        // Older Armada versions write the resource id as field 2, a Uuid message of two fixed64 halves.
        byte[] resourceId = [0x09, 1, 0, 0, 0, 0, 0, 0, 0, 0x11, 2, 0, 0, 0, 0, 0, 0, 0];
        var body = Message(1, "ingress").Concat(ArmadaErrors.Field(2, resourceId)).ToArray();
        var bytes = Bytes(new Error { Terminal = true }, 2, body);

        var error = Error.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            error.ReasonCase.ShouldBe(Error.ReasonOneofCase.KubernetesError);
            error.KubernetesError.ResourceType.ShouldBe("ingress");
            error.ToByteArray().ShouldBe(bytes);
        });
    }

    [Test]
    public void Parse_PreemptedErrorField1_KeptAsUnknown()
    {
        var bytes = Bytes(new Error { Terminal = true }, 11, Message(1, "preempted by job-2"));

        var error = Error.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            error.ReasonCase.ShouldBe(Error.ReasonOneofCase.JobRunPreemptedError);
            error.ToByteArray().ShouldBe(bytes);
        });
    }

    [Test]
    public void Parse_MalformedReasonBody_Throws()
    {
        // A varint tag that never ends: not a valid message.
        var bytes = Bytes(new Error { Terminal = true }, 13, [0xFF, 0xFF, 0xFF]);

        Should.Throw<InvalidProtocolBufferException>(() => Error.Parser.ParseFrom(bytes));
    }

    [Test]
    public void Parse_ReasonWithFailureInfo_BothRead()
    {
        var error = ArmadaErrors.WithRawReason(14, Message(1, "gone"), failureInfo: ArmadaErrors.FailureInfo(1, "m", "c", "x"));

        Assert.Multiple(() =>
        {
            error.ReconciliationError.Message.ShouldBe("gone");
            error.FailureInfo.Categories.ShouldBe(["x"]);
        });
    }

    [TestCase(Error.ReasonOneofCase.KubernetesError, TestName = "WithReason_KubernetesErrorWithMessage_Throws")]
    [TestCase(Error.ReasonOneofCase.JobRunPreemptedError, TestName = "WithReason_PreemptedWithMessage_Throws")]
    public void WithReason_MemberWithoutMessageField_Throws(Error.ReasonOneofCase reason)
    {
        var exception = Should.Throw<ArgumentException>(() => ArmadaErrors.WithReason(reason, "text"));

        exception.ParamName.ShouldBe("message");
    }

    /// <summary>A message body containing one string field.</summary>
    private static byte[] Message(int fieldNumber, string text) =>
        ArmadaErrors.Field(fieldNumber, System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] Bytes(Error known, int fieldNumber, byte[] body) =>
        known.ToByteArray().Concat(ArmadaErrors.Field(fieldNumber, body)).ToArray();

    private static string MessageOf(Error error) => error.ReasonCase switch
    {
        Error.ReasonOneofCase.MaxRunsExceeded => error.MaxRunsExceeded.Message,
        Error.ReasonOneofCase.PodError => error.PodError.Message,
        Error.ReasonOneofCase.PodLeaseReturned => error.PodLeaseReturned.Message,
        Error.ReasonOneofCase.GangJobUnschedulable => error.GangJobUnschedulable.Message,
        Error.ReasonOneofCase.JobRejected => error.JobRejected.Message,
        Error.ReasonOneofCase.ReconciliationError => error.ReconciliationError.Message,
        _ => "",
    };
}
