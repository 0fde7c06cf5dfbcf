namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// A run's failure info as read back from the <c>failure_info</c> column, shaped like Lookout's REST
/// model <c>RunFailureInfo</c>. Each property is <see langword="null"/> when its key is absent or
/// its value has the wrong JSON type.
/// </summary>
public sealed record RunFailureInfo
{
    /// <summary>The error categories the failure matched, in the order stored; non-string elements are dropped.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>The name of the container the exit code and termination message came from.</summary>
    public string? ContainerName { get; init; }

    /// <summary>The container's exit code.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The container's termination message, at most 4096 UTF-8 bytes when this library wrote it.</summary>
    public string? TerminationMessage { get; init; }
}
