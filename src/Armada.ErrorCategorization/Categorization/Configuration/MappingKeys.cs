namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>A known key found in a mapping: the key as written and its value.</summary>
/// <param name="Key">The key node, spelt as in the text.</param>
/// <param name="Value">The value node.</param>
/// <param name="IsMerged">Whether the key came from a merge key (<c>&lt;&lt;</c>) rather than being written in the mapping.</param>
internal readonly record struct KeyedValue(ScalarNode Key, ConfigNode Value, bool IsMerged);

/// <summary>
/// Looks up known keys in a mapping: case-insensitively, with YAML merge keys applied, reporting
/// repeated keys and, inside the error-category section, unknown keys.
/// </summary>
internal static class MappingKeys
{
    /// <summary>Finds the known keys of <paramref name="mapping"/>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="path">The mapping's config path, such as <c>errorCategories[0]</c>; empty for the document root.</param>
    /// <param name="knownKeys">The keys in their canonical spelling, which the result uses.</param>
    /// <param name="rejectUnknown">Whether an unknown key is an error (inside the section) or ignored (outside it).</param>
    /// <param name="context">Where errors go.</param>
    /// <param name="unknownKeyHint">Optional extra advice for an unknown key, such as where the key belongs instead.</param>
    /// <returns>The known keys present, by canonical name. A key written in the mapping overrides a merged one.</returns>
    public static Dictionary<string, KeyedValue> Resolve(
        MappingNode mapping,
        string path,
        IReadOnlyList<string> knownKeys,
        bool rejectUnknown,
        ReadContext context,
        Func<string, string?>? unknownKeyHint = null) =>
        Resolve(mapping, path, knownKeys, rejectUnknown, context, unknownKeyHint, mergeDepth: 0);

    /// <summary>Joins a parent path and a key: <c>a.b</c>, or just the key at the root.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static Dictionary<string, KeyedValue> Resolve(
        MappingNode mapping,
        string path,
        IReadOnlyList<string> knownKeys,
        bool rejectUnknown,
        ReadContext context,
        Func<string, string?>? unknownKeyHint,
        int mergeDepth)
    {
        var found = new Dictionary<string, KeyedValue>(StringComparer.Ordinal);
        var mergeValues = new List<ConfigNode>();

        foreach (var (keyNode, value) in mapping.Entries)
        {
            context.Visit(keyNode);
            if (keyNode is not ScalarNode key)
            {
                if (rejectUnknown)
                {
                    context.AddUnreadable(
                        PathOrDocument(path),
                        $"invalid key: expected a string, got {Describe.Node(keyNode)}",
                        keyNode.Start);
                }

                continue;
            }

            if (key.IsMergeKey)
            {
                mergeValues.Add(value);
                continue;
            }

            var canonical = Canonical(key.Value, knownKeys);
            if (canonical is null)
            {
                if (rejectUnknown)
                {
                    // The error names the mapping; the classifier's complaints about the mapping
                    // (such as a rule without a matcher) are dropped because the typo explains them.
                    context.AddError(PathOrDocument(path), UnknownKeyMessage(key.Value, knownKeys, unknownKeyHint), key.Start, key.Value);
                    context.UnreadablePaths.Add(Join(path, key.Value));
                }

                continue;
            }

            if (found.TryGetValue(canonical, out var first))
            {
                context.AddError(Join(path, canonical), DuplicateKeyMessage(key, first.Key), key.Start, key.Value);
                continue;
            }

            found.Add(canonical, new KeyedValue(key, value, IsMerged: false));
        }

        foreach (var mergeValue in mergeValues)
        {
            Merge(found, mergeValue, path, knownKeys, rejectUnknown, context, unknownKeyHint, mergeDepth);
        }

        return found;
    }

    /// <summary>
    /// Applies one merge-key value: a mapping, or a list of mappings of which earlier ones win. Keys
    /// already present are kept, as the YAML merge-key type specifies.
    /// </summary>
    private static void Merge(
        Dictionary<string, KeyedValue> found,
        ConfigNode mergeValue,
        string path,
        IReadOnlyList<string> knownKeys,
        bool rejectUnknown,
        ReadContext context,
        Func<string, string?>? unknownKeyHint,
        int mergeDepth)
    {
        var sources = mergeValue is SequenceNode list ? list.Items : [mergeValue];
        foreach (var source in sources)
        {
            context.Visit(source);
            if (source is not MappingNode sourceMapping)
            {
                context.AddUnreadable(
                    PathOrDocument(path),
                    $"invalid merge key: << expects a mapping or a list of mappings, got {Describe.Node(source)}",
                    source.Start,
                    Describe.ScalarValue(source));
                continue;
            }

            if (mergeDepth >= ClassifierConfigLoader.MaxNestingDepth)
            {
                context.AddError(
                    PathOrDocument(path),
                    $"merge keys (<<) are chained more than {ClassifierConfigLoader.MaxNestingDepth} levels deep; write the keys out instead",
                    source.Start);
                throw new ReadAbortedException();
            }

            var merged = Resolve(sourceMapping, path, knownKeys, rejectUnknown, context, unknownKeyHint, mergeDepth + 1);
            foreach (var (name, value) in merged)
            {
                found.TryAdd(name, value with { IsMerged = true });
            }
        }
    }

    private static string PathOrDocument(string path) => path.Length == 0 ? "(document)" : path;

    private static string? Canonical(string key, IReadOnlyList<string> knownKeys)
    {
        foreach (var known in knownKeys)
        {
            if (string.Equals(key, known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    private static string UnknownKeyMessage(string key, IReadOnlyList<string> knownKeys, Func<string, string?>? unknownKeyHint)
    {
        var suggestion = KeySuggestion.Find(key, knownKeys);
        var didYouMean = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
        var hint = unknownKeyHint?.Invoke(key);
        var advice = hint is null ? "" : $"; {hint}";
        return $"unknown key {Describe.Quote(key)}{didYouMean}{advice}; known keys: {string.Join(", ", knownKeys)}";
    }

    private static string DuplicateKeyMessage(ScalarNode repeated, ScalarNode first)
    {
        var where = repeated.Value == first.Value
            ? $"already set at {first.Start}"
            : $"already set as {Describe.Quote(first.Value)} at {first.Start}, and keys are case-insensitive";
        return $"duplicate key {Describe.Quote(repeated.Value)}: {where}; remove one of them";
    }
}
