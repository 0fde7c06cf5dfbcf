using Armada.ErrorCategorization.Text;
using k8s.Models;

namespace Armada.ErrorCategorization.Events;

/// <summary>
/// Reads Armada's labels and annotations (<see cref="PodMetadataKeys"/>) from a pod. A null metadata,
/// label map or annotation map counts as empty. Each lone UTF-16 surrogate in a value becomes U+FFFD,
/// as protobuf would write it.
/// </summary>
internal static class PodMetadata
{
    /// <summary>Gets the job id and run id labels, which must be present; an empty value is accepted.</summary>
    /// <exception cref="EventCreationException">The job id label, or else the run id label, is missing.</exception>
    public static (string JobId, string RunId) GetIds(V1Pod pod)
    {
        var labels = pod.Metadata?.Labels;
        if (labels is null || !labels.TryGetValue(PodMetadataKeys.JobId, out var jobId))
        {
            throw new EventCreationException(
                $"job id label {PodMetadataKeys.JobId} not found on pod {Describe(pod)}. " +
                "Pods created by an Armada executor carry it, so pass only pods that Armada manages.");
        }

        if (!labels.TryGetValue(PodMetadataKeys.RunId, out var runId))
        {
            throw new EventCreationException(
                $"run id label {PodMetadataKeys.RunId} not found on pod {Describe(pod)}. " +
                "Pods created by an Armada executor carry it, so pass only pods that Armada manages.");
        }

        return (WellFormedText.Of(jobId), WellFormedText.Of(runId));
    }

    /// <summary>Gets a label's value, or the empty string when it is missing.</summary>
    public static string GetLabel(V1Pod pod, string key) =>
        pod.Metadata?.Labels is { } labels && labels.TryGetValue(key, out var value) ? WellFormedText.Of(value) : string.Empty;

    /// <summary>Gets an annotation's value, or the empty string when it is missing.</summary>
    public static string GetAnnotation(V1Pod pod, string key) =>
        pod.Metadata?.Annotations is { } annotations && annotations.TryGetValue(key, out var value) ? WellFormedText.Of(value) : string.Empty;

    /// <summary>Gets the pod number from its label; see <see cref="ParsePodNumber"/>.</summary>
    public static int GetPodNumber(V1Pod pod) => ParsePodNumber(GetLabel(pod, PodMetadataKeys.PodNumber));

    /// <summary>
    /// Parses a pod number label: a decimal 32-bit integer with an optional leading <c>+</c> or
    /// <c>-</c>. A null or empty value, any other character (spaces included) and a value out of the
    /// 32-bit range give 0.
    /// </summary>
    /// <remarks>
    /// Armada's Go executor parses a 64-bit integer and truncates it to 32 bits, so out-of-range
    /// values wrap around there (2147483648 becomes -2147483648). Here they give 0, like any other
    /// invalid value.
    /// </remarks>
    public static int ParsePodNumber(string? value)
    {
        // Parsed by hand because int.TryParse also accepts trailing NUL characters.
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var digits = value.AsSpan();
        var negative = digits[0] == '-';
        if (digits[0] is '+' or '-')
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty)
        {
            return 0;
        }

        const long limit = -(long)int.MinValue;
        long magnitude = 0;
        foreach (var digit in digits)
        {
            if (digit is < '0' or > '9')
            {
                return 0;
            }

            magnitude = (magnitude * 10) + (digit - '0');
            if (magnitude > limit)
            {
                return 0;
            }
        }

        var number = negative ? -magnitude : magnitude;
        return number is >= int.MinValue and <= int.MaxValue ? (int)number : 0;
    }

    /// <summary>Names a pod for error messages as <c>namespace/name</c>.</summary>
    public static string Describe(V1Pod pod)
    {
        var name = string.IsNullOrEmpty(pod.Metadata?.Name) ? "(unnamed)" : pod.Metadata.Name;
        var @namespace = pod.Metadata?.NamespaceProperty;
        return string.IsNullOrEmpty(@namespace) ? name : $"{@namespace}/{name}";
    }
}
