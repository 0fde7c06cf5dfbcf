using Armada.ErrorCategorization.Text;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;

namespace Armada.ErrorCategorization.Failures;

// The helpers that report every terminated container, exit code 0 included.
public static partial class PodFailures
{
    /// <summary>
    /// Builds a <see cref="ContainerError"/> for every container whose current state is terminated,
    /// including containers that exited with 0.
    /// </summary>
    /// <remarks>
    /// Regular containers come first, then init containers. Running and waiting containers are
    /// skipped. Each entry carries the terminated exit code, message and reason, and an object meta
    /// with the executor id, the pod's namespace and the container name (no Kubernetes id). Its
    /// Kubernetes reason is <see cref="KubernetesReason.Oom"/> for the terminated reason
    /// <c>OOMKilled</c> and <see cref="KubernetesReason.AppError"/> otherwise. Each lone UTF-16
    /// surrogate in the namespace, container name, message and reason becomes U+FFFD.
    /// </remarks>
    /// <param name="pod">The failed pod.</param>
    /// <param name="clusterId">The executor id to put in each entry's object meta.</param>
    /// <returns>A new list, empty when no container has terminated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> or <paramref name="clusterId"/> is null.</exception>
    public static IReadOnlyList<ContainerError> ExtractFailedPodContainerStatuses(V1Pod pod, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(clusterId);

        var errors = new List<ContainerError>();
        var statuses = ContainerStatusList.Of(pod.Status);
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            var terminated = status?.State?.Terminated;
            if (terminated is null)
            {
                continue;
            }

            errors.Add(new ContainerError
            {
                ObjectMeta = new ObjectMeta
                {
                    ExecutorId = clusterId,
                    Namespace = WellFormedText.Of(pod.Metadata?.NamespaceProperty),
                    Name = WellFormedText.Of(status!.Name),
                },
                ExitCode = terminated.ExitCode,
                Message = WellFormedText.Of(terminated.Message),
                Reason = WellFormedText.Of(terminated.Reason),
                KubernetesReason = terminated.Reason == OomKilledReason ? KubernetesReason.Oom : KubernetesReason.AppError,
            });
        }

        return errors;
    }

    /// <summary>Maps the name of every container whose current state is terminated to its exit code.</summary>
    /// <remarks>
    /// Exit code 0 is included. When an init container has the same name as a regular one, the init
    /// container's code replaces the regular one. A null container name becomes the empty string.
    /// </remarks>
    /// <param name="pod">The pod.</param>
    /// <returns>A new dictionary, empty when no container has terminated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> is null.</exception>
    public static IReadOnlyDictionary<string, int> ExtractPodExitCodes(V1Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);

        var exitCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var statuses = ContainerStatusList.Of(pod.Status);
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            var terminated = status?.State?.Terminated;
            if (terminated is not null)
            {
                exitCodes[status!.Name ?? string.Empty] = terminated.ExitCode;
            }
        }

        return exitCodes;
    }
}
