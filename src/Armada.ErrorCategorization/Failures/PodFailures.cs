using System.Globalization;
using System.Text;
using Armada.ErrorCategorization.Text;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;

namespace Armada.ErrorCategorization.Failures;

/// <summary>
/// Reads the failure of a pod from its status, as Armada's executor does when it reports a failed run.
/// </summary>
/// <remarks>
/// Every helper reads the container statuses in Armada's order: <c>status.containerStatuses</c>, then
/// <c>status.initContainerStatuses</c>. Only the current <c>state.terminated</c> of a container is
/// read, never <c>lastState</c>. A null status, a null status list or a null entry in it counts as
/// no containers.
/// </remarks>
public static partial class PodFailures
{
    private const string OomKilledReason = "OOMKilled";

    /// <summary>
    /// Builds the <see cref="FailureInfo"/> of a pod: the first failed container and the categories the
    /// pod matched.
    /// </summary>
    /// <remarks>
    /// The failed container is the first one, regular containers before init containers, whose current
    /// state is terminated with a non-zero exit code. It need not be the container that a category rule
    /// matched. Its terminated reason is not copied. When no container failed, or the pod is null,
    /// <see cref="FailureInfo.HasFailedContainer"/> is <see langword="false"/> and the exit code,
    /// termination message and container name keep their defaults (0 and empty strings), which is
    /// what Armada sends in that case. Each lone UTF-16 surrogate in the copied message, name and
    /// categories becomes U+FFFD, as protobuf would write it, so the FailureInfo equals its decoded copy.
    /// </remarks>
    /// <param name="pod">The pod, or <see langword="null"/>, which gives a FailureInfo without container data.</param>
    /// <param name="categories">The category names to copy, in order, such as the output of <c>Classifier.Classify</c>. Null gives none.</param>
    /// <returns>A new FailureInfo, never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">An entry of <paramref name="categories"/> is null.</exception>
    public static FailureInfo ExtractFailureInfo(V1Pod? pod, IEnumerable<string>? categories)
    {
        var info = new FailureInfo();
        AddCategories(info, categories);

        var statuses = ContainerStatusList.Of(pod?.Status);
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            if (ContainerStatusList.TryGetFailure(status, out var terminated))
            {
                // TryGetFailure accepts only non-zero exit codes, so setting the field here never
                // writes an explicit 0 that Armada's encoder would have left out.
                info.ExitCode = terminated.ExitCode;
                info.TerminationMessage = WellFormedText.Of(terminated.Message);
                info.ContainerName = WellFormedText.Of(status!.Name);
                break;
            }
        }

        return info;
    }

    /// <summary>Builds the failure message that Armada reports for a failed pod.</summary>
    /// <remarks>
    /// A non-empty <c>status.message</c> is returned alone. Otherwise each failed container (current
    /// state terminated, exit code not 0), in list order, gives the line
    /// <c>Container &lt;name&gt; failed with exit code &lt;code&gt; because &lt;reason&gt;: &lt;message&gt;</c>
    /// followed by <c>\n</c>, and the lines are concatenated. An empty reason or message leaves its
    /// place empty. Each lone UTF-16 surrogate becomes U+FFFD.
    /// </remarks>
    /// <param name="pod">The failed pod.</param>
    /// <returns>The message; empty when the pod has no status message and no failed container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> is null.</exception>
    public static string ExtractPodFailedReason(V1Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);

        if (!string.IsNullOrEmpty(pod.Status?.Message))
        {
            return WellFormedText.Of(pod.Status.Message);
        }

        var reason = new StringBuilder();
        var statuses = ContainerStatusList.Of(pod.Status);
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            if (ContainerStatusList.TryGetFailure(status, out var terminated))
            {
                reason.Append(CultureInfo.InvariantCulture,
                    $"Container {status!.Name} failed with exit code {terminated.ExitCode} because {terminated.Reason}: {terminated.Message}\n");
            }
        }

        return WellFormedText.Of(reason.ToString());
    }

    /// <summary>Determines why Kubernetes ended a failed pod.</summary>
    /// <remarks>
    /// The pod's <c>status.reason</c> decides first: <c>Evicted</c> gives <see cref="KubernetesReason.Evicted"/>
    /// and <c>DeadlineExceeded</c> gives <see cref="KubernetesReason.DeadlineExceeded"/>. Otherwise any
    /// regular or init container whose current terminated reason is <c>OOMKilled</c> gives
    /// <see cref="KubernetesReason.Oom"/>, whatever its exit code (unlike the classifier's
    /// <c>OOMKilled</c> condition, which needs a non-zero exit code). Everything else is
    /// <see cref="KubernetesReason.AppError"/>.
    /// </remarks>
    /// <param name="pod">The failed pod.</param>
    /// <returns>The cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> is null.</exception>
    public static KubernetesReason ExtractPodFailureCause(V1Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);

        switch (pod.Status?.Reason)
        {
            case "Evicted":
                return KubernetesReason.Evicted;
            case "DeadlineExceeded":
                return KubernetesReason.DeadlineExceeded;
        }

        var statuses = ContainerStatusList.Of(pod.Status);
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i]?.State?.Terminated?.Reason == OomKilledReason)
            {
                return KubernetesReason.Oom;
            }
        }

        return KubernetesReason.AppError;
    }

    private static void AddCategories(FailureInfo info, IEnumerable<string>? categories)
    {
        if (categories is null)
        {
            return;
        }

        var index = 0;
        foreach (var category in categories)
        {
            if (category is null)
            {
                throw new ArgumentException(
                    $"categories[{index}] is null. Pass category names as the classifier returns them, without null entries.",
                    nameof(categories));
            }

            info.Categories.Add(WellFormedText.Of(category));
            index++;
        }
    }
}
