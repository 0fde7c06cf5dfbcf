using k8s.Models;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>One pod read from the input, or the problem that kept a file or a list item from being read.</summary>
internal sealed record PodInput
{
    private PodInput(string source, V1Pod? pod, string? error)
    {
        Source = source;
        Pod = pod;
        Error = error;
    }

    /// <summary>Where the pod came from: the path as given, or <c>stdin</c>, with <c>items[N]</c> for a list item.</summary>
    public string Source { get; }

    /// <summary>The pod, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public V1Pod? Pod { get; }

    /// <summary>What went wrong and how to fix it, naming the source; <see langword="null"/> for a pod.</summary>
    public string? Error { get; }

    /// <summary>Creates the input for a pod that was read.</summary>
    public static PodInput Read(string source, V1Pod pod) => new(source, pod, null);

    /// <summary>Creates the input for a file or item that could not be read as a pod.</summary>
    public static PodInput Failed(string source, string error) => new(source, null, error);
}
