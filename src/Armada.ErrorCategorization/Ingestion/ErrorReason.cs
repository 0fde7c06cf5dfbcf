using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;

namespace Armada.ErrorCategorization.Ingestion;

/// <summary>The reason of an armadaevents <c>Error</c>, including the members this library's schema leaves out.</summary>
/// <param name="Kind">Which oneof member is set.</param>
/// <param name="Message">
/// The reason's <c>message</c> text for PodError, PodLeaseReturned, MaxRunsExceeded,
/// GangJobUnschedulable, JobRejected and ReconciliationError; empty for the others.
/// </param>
internal readonly record struct ErrorReason(ErrorReasonKind Kind, string Message)
{
    private const int MessageFieldNumber = 1;

    /// <summary>Finds the reason of <paramref name="error"/>.</summary>
    /// <remarks>
    /// This library's events.proto declares only PodError and PodLeaseReturned. A message from
    /// Armada that carries another reason parses with that member kept as an unknown field, and
    /// <see cref="Error.ReasonCase"/> reads None. Protobuf writes unknown fields back unchanged,
    /// so the error is serialized again and its top-level fields scanned for the other members'
    /// field numbers. As in any oneof, the last member on the wire wins.
    /// </remarks>
    public static ErrorReason Of(Error error)
    {
        switch (error.ReasonCase)
        {
            case Error.ReasonOneofCase.PodError:
                return new ErrorReason(ErrorReasonKind.PodError, error.PodError.Message);
            case Error.ReasonOneofCase.PodLeaseReturned:
                return new ErrorReason(ErrorReasonKind.PodLeaseReturned, error.PodLeaseReturned.Message);
        }

        var reason = new ErrorReason(ErrorReasonKind.None, "");
        var input = new CodedInputStream(error.ToByteArray());
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var kind = (ErrorReasonKind)WireFormat.GetTagFieldNumber(tag);
            if (IsLeftOutMember(kind) && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                var body = input.ReadBytes();
                reason = new ErrorReason(kind, HasMessage(kind) ? ReadMessageField(body) : "");
            }
            else
            {
                input.SkipLastField();
            }
        }

        return reason;
    }

    private static bool IsLeftOutMember(ErrorReasonKind kind) =>
        kind is not (ErrorReasonKind.None or ErrorReasonKind.PodError or ErrorReasonKind.PodLeaseReturned) &&
        Enum.IsDefined(kind);

    // NOTE: Armada declares `string message = 1` in MaxRunsExceeded and GangJobUnschedulable.
    // JobRejected and ReconciliationError are assumed to have the same layout, which has not been
    // checked against Armada's schema. If it differs, their message is wrong or empty; no exception.
    private static bool HasMessage(ErrorReasonKind kind) =>
        kind is ErrorReasonKind.MaxRunsExceeded or ErrorReasonKind.GangJobUnschedulable
            or ErrorReasonKind.JobRejected or ErrorReasonKind.ReconciliationError;

    private static string ReadMessageField(ByteString body)
    {
        var message = "";
        var input = body.CreateCodedInput();
        try
        {
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                if (WireFormat.GetTagFieldNumber(tag) == MessageFieldNumber &&
                    WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                {
                    message = input.ReadString();
                }
                else
                {
                    input.SkipLastField();
                }
            }
        }
        catch (InvalidProtocolBufferException)
        {
            // The bytes of an unknown field were never parsed, so they may not be a valid message.
            return "";
        }

        return message;
    }
}
