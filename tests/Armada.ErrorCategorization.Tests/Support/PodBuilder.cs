using k8s.Models;

namespace Armada.ErrorCategorization.Tests.Support;

/// <summary>Builds <see cref="V1Pod"/> objects for tests, shaped as the Kubernetes API returns them.</summary>
internal sealed class PodBuilder
{
    private readonly V1Pod pod = new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new V1ObjectMeta
        {
            Name = "test-pod",
            NamespaceProperty = "default",
            Uid = "8a9f0c3e-5d1b-4c2a-9e7f-1b2c3d4e5f60",
            Labels = new Dictionary<string, string>(),
            Annotations = new Dictionary<string, string>(),
        },
        Spec = new V1PodSpec { Containers = [] },
        Status = new V1PodStatus { Phase = "Failed", ContainerStatuses = [], InitContainerStatuses = [] },
    };

    public PodBuilder Named(string name, string @namespace = "default")
    {
        pod.Metadata.Name = name;
        pod.Metadata.NamespaceProperty = @namespace;
        return this;
    }

    public PodBuilder Phase(string? phase)
    {
        pod.Status.Phase = phase;
        return this;
    }

    public PodBuilder PodReason(string? reason, string? message = null)
    {
        pod.Status.Reason = reason;
        pod.Status.Message = message;
        return this;
    }

    public PodBuilder Label(string key, string value)
    {
        pod.Metadata.Labels[key] = value;
        return this;
    }

    public PodBuilder Annotation(string key, string value)
    {
        pod.Metadata.Annotations[key] = value;
        return this;
    }

    public PodBuilder Node(string nodeName, string? hostIp = null)
    {
        pod.Spec.NodeName = nodeName;
        pod.Status.HostIP = hostIp;
        return this;
    }

    /// <summary>Adds a regular container whose current state is terminated.</summary>
    public PodBuilder Terminated(string name, int exitCode, string? reason = null, string? message = null) =>
        AddStatus(pod.Status.ContainerStatuses, name, TerminatedState(exitCode, reason, message));

    /// <summary>Adds an init container whose current state is terminated.</summary>
    public PodBuilder InitTerminated(string name, int exitCode, string? reason = null, string? message = null) =>
        AddStatus(pod.Status.InitContainerStatuses, name, TerminatedState(exitCode, reason, message));

    /// <summary>Adds a regular container that is running now and was terminated before (only in lastState).</summary>
    public PodBuilder RunningAfterFailure(string name, int lastExitCode, string? lastReason = null, string? lastMessage = null)
    {
        AddStatus(pod.Status.ContainerStatuses, name, new V1ContainerState { Running = new V1ContainerStateRunning() });
        pod.Status.ContainerStatuses[^1].LastState = TerminatedState(lastExitCode, lastReason, lastMessage);
        pod.Status.ContainerStatuses[^1].RestartCount = 1;
        return this;
    }

    /// <summary>Adds a regular container that is waiting, such as in CrashLoopBackOff or ImagePullBackOff.</summary>
    public PodBuilder Waiting(string name, string reason, string? message = null) =>
        AddStatus(pod.Status.ContainerStatuses, name, new V1ContainerState
        {
            Waiting = new V1ContainerStateWaiting { Reason = reason, Message = message },
        });

    public V1Pod Build() => pod;

    private static V1ContainerState TerminatedState(int exitCode, string? reason, string? message) => new()
    {
        Terminated = new V1ContainerStateTerminated { ExitCode = exitCode, Reason = reason, Message = message },
    };

    private PodBuilder AddStatus(IList<V1ContainerStatus> statuses, string name, V1ContainerState state)
    {
        statuses.Add(new V1ContainerStatus { Name = name, Image = "busybox:1.36", ImageID = "", Ready = false, State = state });
        pod.Spec.Containers.Add(new V1Container { Name = name, Image = "busybox:1.36" });
        return this;
    }
}
