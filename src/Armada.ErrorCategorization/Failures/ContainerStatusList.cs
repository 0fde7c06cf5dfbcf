using k8s.Models;

namespace Armada.ErrorCategorization.Failures;

/// <summary>
/// A pod's container statuses as Armada reads them: <c>status.containerStatuses</c> followed by
/// <c>status.initContainerStatuses</c>. Ephemeral containers are not part of it. Indexing allocates
/// nothing, and neither does <see cref="CollectFailures"/> while the failed containers fit its buffer.
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
    /// Copies the failed containers of <paramref name="status"/>, regular then init, into
    /// <paramref name="buffer"/>. Each status is read once.
    /// </summary>
    /// <returns>
    /// The failed containers: a slice of <paramref name="buffer"/>, or a new heap array when there are
    /// more than it holds.
    /// </returns>
    public static ReadOnlySpan<FailedContainer> CollectFailures(V1PodStatus status, Span<FailedContainer> buffer)
    {
        var count = Collect(status.ContainerStatuses, ref buffer, 0);
        count = Collect(status.InitContainerStatuses, ref buffer, count);
        return buffer[..count];
    }

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

    private static int Collect(IList<V1ContainerStatus>? statuses, ref Span<FailedContainer> buffer, int count)
    {
        if (statuses is null)
        {
            return count;
        }

        var statusCount = statuses.Count;
        for (var i = 0; i < statusCount; i++)
        {
            var container = statuses[i];
            if (!TryGetFailure(container, out var terminated))
            {
                continue;
            }

            if (count == buffer.Length)
            {
                var larger = new FailedContainer[Math.Max(4, buffer.Length * 2)];
                buffer.CopyTo(larger);
                buffer = larger;
            }

            buffer[count++] = new FailedContainer(container!.Name, terminated.ExitCode, terminated.Reason, terminated.Message);
        }

        return count;
    }
}
