namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// The YAML position of every config path the loader read, such as
/// <c>application.errorCategories[0].rules[1].onExitCodes</c>, to attach positions to the
/// classifier's validation errors.
/// </summary>
internal sealed class SourcePositions
{
    private readonly Dictionary<string, SourcePosition> positions = new(StringComparer.Ordinal);

    /// <summary>Records where the value at <paramref name="path"/> starts. The first record of a path wins.</summary>
    public void Record(string path, ConfigNode node) => positions.TryAdd(path, node.Start);

    /// <summary>
    /// Finds the position of <paramref name="path"/>, or of its nearest recorded parent when the path
    /// has no node of its own (a missing key such as <c>values</c>).
    /// </summary>
    public SourcePosition? Locate(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            if (positions.TryGetValue(current, out var position))
            {
                return position;
            }

            var cut = current.LastIndexOfAny(['.', '[']);
            if (cut <= 0)
            {
                break;
            }

            current = current[..cut];
        }

        return null;
    }
}
