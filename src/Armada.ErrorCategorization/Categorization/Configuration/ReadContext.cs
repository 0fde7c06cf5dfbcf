namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// What reading one config collects: the errors, the position of every path read, the paths whose
/// content could not be read, and how many nodes were visited.
/// </summary>
internal sealed class ReadContext
{
    private int visitedNodes;

    public List<ConfigError> Errors { get; } = [];

    public SourcePositions Positions { get; } = new();

    /// <summary>
    /// Paths whose value was unreadable (wrong type, unknown key, invalid exit code). The classifier's
    /// own checks on these paths, their parents and their children only repeat what the loader
    /// already reported, so the loader drops them.
    /// </summary>
    public List<string> UnreadablePaths { get; } = [];

    /// <summary>Counts a node visit, and stops reading when the config exceeds <see cref="ClassifierConfigLoader.MaxNodes"/>.</summary>
    /// <exception cref="ReadAbortedException">The limit is exceeded; an error describing it has been added.</exception>
    public void Visit(ConfigNode node)
    {
        visitedNodes++;
        if (visitedNodes > ClassifierConfigLoader.MaxNodes)
        {
            AddError(
                "(document)",
                $"the error-category section has more than {ClassifierConfigLoader.MaxNodes} nodes, counting each use of an alias or merge key; " +
                "this is far beyond a real config, so check for runaway aliases",
                node.Start);
            throw new ReadAbortedException();
        }
    }

    public void AddError(string path, string message, SourcePosition position, string? value = null) =>
        Errors.Add(new ConfigError(path, message, value) { Line = position.Line, Column = position.Column });

    /// <summary>Adds an error about the value at <paramref name="path"/> and marks the path unreadable.</summary>
    public void AddUnreadable(string path, string message, SourcePosition position, string? value = null)
    {
        AddError(path, message, position, value);
        UnreadablePaths.Add(path);
    }
}
