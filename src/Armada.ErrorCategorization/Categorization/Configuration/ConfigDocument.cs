namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>The result of reading a config document: the categories, where they are, and the errors found.</summary>
internal sealed class ConfigDocument
{
    /// <summary>The categories in config order; null stands for a null list item.</summary>
    public required IReadOnlyList<CategoryConfig?> Categories { get; init; }

    /// <summary>The path of the category list: <c>application.errorCategories</c> or <c>errorCategories</c>.</summary>
    public required string RootPath { get; init; }

    /// <summary>The shape and syntax errors, in document order.</summary>
    public required IReadOnlyList<ConfigError> Errors { get; init; }

    /// <summary>Whether reading stopped early (invalid YAML or a limit), so the categories are incomplete.</summary>
    public required bool IsIncomplete { get; init; }

    /// <summary>Where each path read starts in the text.</summary>
    public SourcePositions Positions { get; init; } = new();

    /// <summary>The paths whose values could not be read; see <see cref="ReadContext.UnreadablePaths"/>.</summary>
    public IReadOnlyList<string> UnreadablePaths { get; init; } = [];

    /// <summary>
    /// Determines whether a validation error at <paramref name="path"/> only repeats a shape error:
    /// the path is an unreadable path, its direct parent, or inside one. A grandparent is not
    /// explained: an invalid exit code value does not explain a rule that sets two matchers.
    /// </summary>
    public bool IsExplainedByShapeError(string path)
    {
        foreach (var unreadable in UnreadablePaths)
        {
            if (path == unreadable || IsDirectParent(path, unreadable) || IsInside(path, unreadable))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDirectParent(string parent, string path) =>
        IsInside(path, parent) && path.AsSpan(parent.Length + 1).IndexOfAny('.', '[') < 0;

    private static bool IsInside(string path, string parent) =>
        path.Length > parent.Length && path.StartsWith(parent, StringComparison.Ordinal) && path[parent.Length] is '.' or '[';
}
