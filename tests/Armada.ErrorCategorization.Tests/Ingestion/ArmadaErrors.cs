using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>Builds armadaevents errors for tests, including reasons this library's schema leaves out.</summary>
internal static class ArmadaErrors
{
    public const int KubernetesError = 2;
    public const int LeaseExpired = 6;
    public const int MaxRunsExceeded = 7;
    public const int JobRunPreemptedError = 11;
    public const int GangJobUnschedulable = 12;
    public const int JobRejected = 13;
    public const int ReconciliationError = 14;

    /// <summary>
    /// Parses an Error whose bytes carry the reason member <paramref name="fieldNumber"/> as Armada's Go
    /// services write it: a nested message with <c>string message = 1</c> when <paramref name="message"/> is given.
    /// </summary>
    public static Error WithLeftOutReason(int fieldNumber, string? message = null, bool terminal = true, FailureInfo? failureInfo = null)
    {
        var body = new List<byte>();
        if (message is not null)
        {
            body.AddRange(Field(1, ByteString.CopyFromUtf8(message).ToByteArray()));
        }

        return WithRawReason(fieldNumber, body.ToArray(), terminal, failureInfo);
    }

    /// <summary>Parses an Error whose reason member <paramref name="fieldNumber"/> holds <paramref name="body"/> unparsed.</summary>
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
