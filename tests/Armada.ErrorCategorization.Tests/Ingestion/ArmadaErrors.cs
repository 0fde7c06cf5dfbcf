using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>Builds armadaevents errors for tests.</summary>
internal static class ArmadaErrors
{
    /// <summary>
    /// An Error whose reason is the member <paramref name="reason"/>. <paramref name="message"/> fills
    /// the member's <c>message</c> field; a member without one rejects a message.
    /// </summary>
    public static Error WithReason(Error.ReasonOneofCase reason, string? message = null, bool terminal = true, FailureInfo? failureInfo = null)
    {
        var error = new Error { Terminal = terminal, FailureInfo = failureInfo };
        switch (reason)
        {
            case Error.ReasonOneofCase.MaxRunsExceeded:
                error.MaxRunsExceeded = new MaxRunsExceeded { Message = message ?? "" };
                return error;
            case Error.ReasonOneofCase.GangJobUnschedulable:
                error.GangJobUnschedulable = new GangJobUnschedulable { Message = message ?? "" };
                return error;
            case Error.ReasonOneofCase.JobRejected:
                error.JobRejected = new JobRejected { Message = message ?? "" };
                return error;
            case Error.ReasonOneofCase.ReconciliationError:
                error.ReconciliationError = new ReconciliationError { Message = message ?? "" };
                return error;
        }

        if (message is not null)
        {
            throw new ArgumentException($"The reason {reason} has no message field; pass no message.", nameof(message));
        }

        switch (reason)
        {
            case Error.ReasonOneofCase.KubernetesError:
                error.KubernetesError = new KubernetesError();
                break;
            case Error.ReasonOneofCase.ContainerError:
                error.ContainerError = new ContainerError();
                break;
            case Error.ReasonOneofCase.ExecutorError:
                error.ExecutorError = new ExecutorError();
                break;
            case Error.ReasonOneofCase.LeaseExpired:
                error.LeaseExpired = new LeaseExpired();
                break;
            case Error.ReasonOneofCase.JobRunPreemptedError:
                error.JobRunPreemptedError = new JobRunPreemptedError();
                break;
            default:
                throw new ArgumentOutOfRangeException(
                    nameof(reason), reason, "Use PodError() or PodLeaseReturned() for those reasons, and new Error() for none.");
        }

        return error;
    }

    /// <summary>
    /// Parses an Error from raw bytes: <paramref name="terminal"/> and <paramref name="failureInfo"/>,
    /// then field <paramref name="fieldNumber"/> containing <paramref name="body"/> as a length-delimited value.
    /// </summary>
    public static Error WithRawReason(int fieldNumber, byte[] body, bool terminal = true, FailureInfo? failureInfo = null)
    {
        var known = new Error { Terminal = terminal, FailureInfo = failureInfo };
        var bytes = known.ToByteArray().Concat(Field(fieldNumber, body)).ToArray();
        return Error.Parser.ParseFrom(bytes);
    }

    /// <summary>A length-delimited field: tag, length and body.</summary>
    public static byte[] Field(int fieldNumber, byte[] body)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        output.WriteTag(fieldNumber, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(body));
        output.Flush();
        return stream.ToArray();
    }

    public static FailureInfo FailureInfo(int exitCode, string message, string container, params string[] categories)
    {
        var info = new FailureInfo { ExitCode = exitCode, TerminationMessage = message, ContainerName = container };
        info.Categories.AddRange(categories);
        return info;
    }

    public static ContainerError ContainerError(string name, int exitCode, KubernetesReason reason = KubernetesReason.AppError) => new()
    {
        ObjectMeta = new ObjectMeta { Name = name },
        ExitCode = exitCode,
        Message = $"{name} message",
        Reason = $"{name} reason",
        KubernetesReason = reason,
    };

    public static Error PodError(bool terminal = true, FailureInfo? failureInfo = null, params ContainerError[] containerErrors)
    {
        var podError = new PodError
        {
            ObjectMeta = new ObjectMeta
            {
                ExecutorId = "cluster-a",
                Namespace = "team-ns",
                Name = "armada-job-1-0",
                KubernetesId = "8a9f0c3e-5d1b-4c2a-9e7f-1b2c3d4e5f60",
            },
            Message = "pod failed: container main exited with 137",
            NodeName = "node-7",
            PodNumber = 3,
            KubernetesReason = KubernetesReason.Oom,
            DebugMessage = "debug details",
        };
        podError.ContainerErrors.AddRange(containerErrors);
        return new Error { Terminal = terminal, PodError = podError, FailureInfo = failureInfo };
    }

    public static Error PodLeaseReturned(bool terminal = false, FailureInfo? failureInfo = null) => new()
    {
        Terminal = terminal,
        FailureInfo = failureInfo,
        PodLeaseReturned = new PodLeaseReturned
        {
            ObjectMeta = new ObjectMeta { ExecutorId = "cluster-a", Name = "armada-job-1-0" },
            Message = "lease returned: node drained",
            PodNumber = 3,
            RunAttempted = true,
            DebugMessage = "returned debug",
        },
    };
}
