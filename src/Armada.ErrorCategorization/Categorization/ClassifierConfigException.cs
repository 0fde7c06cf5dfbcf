namespace Armada.ErrorCategorization.Categorization;

/// <summary>
/// Thrown when an error-category config is invalid. It lists every problem found, not only the
/// first, each with its path and, for YAML sources, its line and column.
/// </summary>
public sealed class ClassifierConfigException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem, in config order. Must not be empty. The exception keeps a copy.</param>
    /// <param name="source">The file or other source the config came from, if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public ClassifierConfigException(IReadOnlyList<ConfigError> errors, string? source = null)
        : base(FormatMessage(errors, source))
    {
        Errors = [.. errors];
        ConfigSource = source;
    }

    /// <summary>Creates the exception from the problems found and the exception that caused them.</summary>
    /// <param name="errors">Every problem, in config order. Must not be empty. The exception keeps a copy.</param>
    /// <param name="source">The file or other source the config came from, if known.</param>
    /// <param name="innerException">The exception that caused the problem, such as a failed file read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public ClassifierConfigException(IReadOnlyList<ConfigError> errors, string? source, Exception? innerException)
        : base(FormatMessage(errors, source), innerException)
    {
        Errors = [.. errors];
        ConfigSource = source;
    }

    /// <summary>Every problem found, in config order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    /// <summary>The file or other source the config came from, or <see langword="null"/>.</summary>
    public string? ConfigSource { get; }

    private static string FormatMessage(IReadOnlyList<ConfigError> errors, string? source)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("a config exception needs at least one error; do not throw it for a valid config", nameof(errors));
        }

        var where = source is null ? "" : $" in {source}";
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        var lines = errors.Select(error => "  " + error);
        return $"Invalid error-category config{where} ({count}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
