using System.Globalization;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;

namespace Armada.ErrorCategorization.Cli.Reporting;

/// <summary>Picks the one message that best says why a pod failed, for the table's MESSAGE column.</summary>
internal static class PodSummary
{
    private static readonly Dictionary<int, string> SignalNames = new()
    {
        [1] = "SIGHUP",
        [2] = "SIGINT",
        [3] = "SIGQUIT",
        [4] = "SIGILL",
        [6] = "SIGABRT",
        [7] = "SIGBUS",
        [8] = "SIGFPE",
        [9] = "SIGKILL",
        [11] = "SIGSEGV",
        [13] = "SIGPIPE",
        [15] = "SIGTERM",
    };

    /// <summary>
    /// Returns the first of these that is set: the failed container's termination message; the
    /// pod's <c>status.message</c>; the failed container's terminated reason unless it is the
    /// generic <c>Error</c> (so <c>OOMKilled</c>); the signal behind an exit code above 128; the
    /// pod's <c>status.reason</c>; the reason of the first waiting container (such as
    /// <c>main: CrashLoopBackOff</c>). Returns <see langword="null"/> when none is.
    /// </summary>
    public static string? Describe(V1Pod pod, FailureInfo failureInfo)
    {
        if (!string.IsNullOrWhiteSpace(failureInfo.TerminationMessage))
        {
            return failureInfo.TerminationMessage;
        }

        var status = pod.Status;
        if (!string.IsNullOrWhiteSpace(status?.Message))
        {
            return status.Message;
        }

        var containers = (status?.ContainerStatuses ?? []).Concat(status?.InitContainerStatuses ?? []).ToList();
        var failed = containers.FirstOrDefault(container => container?.State?.Terminated is { ExitCode: not 0 })?.State.Terminated;
        if (failed is not null && !string.IsNullOrEmpty(failed.Reason) && failed.Reason != "Error")
        {
            return failed.Reason;
        }

        if (failed is { ExitCode: > 128 } && SignalNames.TryGetValue(failed.ExitCode - 128, out var signal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"exit code {failed.ExitCode}: killed by {signal}");
        }

        if (!string.IsNullOrWhiteSpace(status?.Reason))
        {
            return status.Reason;
        }

        var waiting = containers.FirstOrDefault(container => !string.IsNullOrEmpty(container?.State?.Waiting?.Reason));
        return waiting is null ? null : $"{waiting.Name}: {waiting.State.Waiting.Reason}";
    }
}
