namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// A node of a YAML document in the loader's own tree: a scalar, a sequence or a mapping, with its
/// start position. An alias is resolved to the anchored node itself, so a node can have several parents.
/// </summary>
internal abstract class ConfigNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;
}

/// <summary>A scalar with its text as YAML resolved it (quotes removed, escapes applied).</summary>
internal sealed class ScalarNode(SourcePosition start, string value, bool isNull, bool isPlain) : ConfigNode(start)
{
    public string Value { get; } = value;

    /// <summary>
    /// Whether the scalar is YAML null: a plain <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or empty
    /// value, or any value tagged <c>!!null</c>. A quoted scalar is never null.
    /// </summary>
    public bool IsNull { get; } = isNull;

    /// <summary>Whether the scalar is plain (unquoted, not a block scalar) and untagged.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>Whether this is the YAML merge key: a plain, untagged <c>&lt;&lt;</c> used as a mapping key.</summary>
    public bool IsMergeKey => IsPlain && Value == "<<";
}

/// <summary>A sequence (list) node.</summary>
internal sealed class SequenceNode(SourcePosition start) : ConfigNode(start)
{
    public List<ConfigNode> Items { get; } = [];
}

/// <summary>A mapping node, its entries in document order. Keys may repeat; the loader reports repeats.</summary>
internal sealed class MappingNode(SourcePosition start) : ConfigNode(start)
{
    public List<KeyValuePair<ConfigNode, ConfigNode>> Entries { get; } = [];
}
