using k8s.Models;

namespace Armada.ErrorCategorization.Benchmarks.Support;

/// <summary>
/// Builds the pods the benchmarks classify: a failed Armada job pod with an init container that
/// succeeded, a <c>main</c> container that failed, and a <c>sidecar</c> stopped with SIGTERM.
/// </summary>
internal static class BenchmarkPods
{
    /// <summary>Exit code of the sidecar, which every benchmark config leaves unmatched.</summary>
    public const int SidecarExitCode = 143;

    /// <summary>Builds a failed pod whose <c>main</c> container ended with the given exit code, reason and message.</summary>
    public static V1Pod Failed(int mainExitCode, string mainReason = "Error", string? mainMessage = null) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new V1ObjectMeta
        {
            Name = "armada-01jq7w3x9k2m4n6p8r0t2v4x6z-0",
            NamespaceProperty = "gpu-team",
            Uid = "5f0c8f4e-2b7a-4d1e-9c3b-6a8d2e4f1b09",
            Labels = new Dictionary<string, string>
            {
                ["armada_job_id"] = "01jq7w3x9k2m4n6p8r0t2v4x6z",
                ["armada_job_run_id"] = "7d3e9b1a-4c6f-4e2d-8a0b-1f5c7e9d3b2a",
                ["armada_queue_id"] = "gpu-team",
                ["armada_pod_number"] = "0",
            },
            Annotations = new Dictionary<string, string>
            {
                ["armada_jobset_id"] = "nightly-training",
                ["armadaproject.io/pool"] = "gpu",
            },
        },
        Spec = new V1PodSpec
        {
            NodeName = "node-a17",
            InitContainers = [new V1Container { Name = "setup", Image = "busybox:1.36" }],
            Containers =
            [
                new V1Container { Name = "main", Image = "trainer:2.4" },
                new V1Container { Name = "sidecar", Image = "log-shipper:1.2" },
            ],
        },
        Status = new V1PodStatus
        {
            Phase = "Failed",
            HostIP = "10.0.3.17",
            ContainerStatuses =
            [
                Terminated("main", mainExitCode, mainReason, mainMessage),
                Terminated("sidecar", SidecarExitCode, "Error", "shutting down: received SIGTERM\n"),
            ],
            InitContainerStatuses = [Terminated("setup", 0, "Completed", null)],
        },
    };

    private static V1ContainerStatus Terminated(string name, int exitCode, string reason, string? message) => new()
    {
        Name = name,
        Image = "busybox:1.36",
        ImageID = "",
        Ready = false,
        RestartCount = 0,
        State = new V1ContainerState
        {
            Terminated = new V1ContainerStateTerminated { ExitCode = exitCode, Reason = reason, Message = message },
        },
    };
}
