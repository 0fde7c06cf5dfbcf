using k8s.Models;

namespace Armada.ErrorCategorization.Failures;

/// <summary>
/// A pod's container statuses as Armada reads them: <c>status.containerStatuses</c> followed by
/// <c>status.initContainerStatuses</c>. Ephemeral containers are not part of it. Indexing allocates
/// nothing, so the classifier can scan it on every call.
/// </summary>
internal readonly struct ContainerStatusList
{
    private readonly IList<V1ContainerStatus>? regular;
    private readonly IList<V1ContainerStatus>? init;

    private ContainerStatusList(IList<V1ContainerStatus>? regular, IList<V1ContainerStatus>? init)
    {
        this.regular = regular;
        this.init = init;
    }

    /// <summary>Number of statuses, regular and init.</summary>
    public int Count => (regular?.Count ?? 0) + (init?.Count ?? 0);

    /// <summary>The status at <paramref name="index"/>: regular statuses first, then init statuses. May be null.</summary>
    public V1ContainerStatus? this[int index]
    {
        get
        {
            var regularCount = regular?.Count ?? 0;
            return index < regularCount ? regular![index] : init![index - regularCount];
        }
    }

    /// <summary>Reads the lists of <paramref name="status"/>; a null status gives an empty list.</summary>
    public static ContainerStatusList Of(V1PodStatus? status) =>
        new(status?.ContainerStatuses, status?.InitContainerStatuses);

    /// <summary>
    /// Gets the current terminated state of a container that failed: terminated now (not in
    /// <c>lastState</c>) with a non-zero exit code.
    /// </summary>
    public static bool TryGetFailure(V1ContainerStatus? status, out V1ContainerStateTerminated terminated)
    {
        var current = status?.State?.Terminated;
        if (current is null || current.ExitCode == 0)
        {
            terminated = null!;
            return false;
        }

        terminated = current;
        return true;
    }
}
